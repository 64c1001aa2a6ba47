import Testing
@testable import Export

/// The CSV writer's field encoding, against a plain reference, on both of its paths (short
/// fields scanned byte by byte, long ones with memchr) and across buffer growth.
@Suite struct CSVBufferTests {
    private static func reference(_ field: String, neutralize: Bool) -> String {
        let prefix = neutralize && ["=", "+", "-", "@", "\t", "\r"].contains(field.unicodeScalars.first.map(String.init) ?? "")
        let text = (prefix ? "'" : "") + field
        let quote = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        return quote ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    @Test func fieldsMatchTheReferenceAtEveryLength() {
        let pieces = ["a", "한", ",", "\"", "\r", "\n", " ", "=", "-", "가나다"]
        var generator = SystemRandomNumberGenerator()
        var buffer = CSVBuffer(capacity: 8)  // small, so that appends grow it
        var expected = ""
        for length in 0..<90 {
            for trial in 0..<12 {
                var field = ""
                for _ in 0..<length { field += pieces.randomElement(using: &generator)! }
                if trial == 0 { field = String(repeating: "x", count: length) + "\"" }  // quote last
                if trial == 1 { field = "\"" + String(repeating: "나", count: length) }  // quote first
                let neutralize = trial % 2 == 0
                var copy = field
                copy.withUTF8 { CSVExporter.appendText($0, to: &buffer, neutralize: neutralize) }
                buffer.append(UInt8(ascii: "|"))
                expected += Self.reference(field, neutralize: neutralize) + "|"
            }
        }
        let written = String(decoding: buffer.bytes, as: UTF8.self)
        #expect(written == expected)
    }

    @Test func decimalsMatchSwiftsDescription() {
        var values: [Int64] = [0, 1, 9, 10, 11, 99, 100, -1, -9, -10, 1_234_567_890_123_456_789, .max, .min, .min + 1]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 { values.append(Int64.random(in: .min ... .max, using: &generator) >> Int64.random(in: 0...62, using: &generator)) }
        var buffer = CSVBuffer(capacity: 4)
        for value in values {
            buffer.appendDecimal(value)
            buffer.append(UInt8(ascii: ","))
        }
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == values.map { String($0) + "," }.joined())
    }
}
