@testable import Extraction
import Testing

/// The table decoder must give exactly what glibc's iconv gives, replacements included,
/// except after A2E8: glibc consumes that pair and then refuses it, and `IconvConverter`,
/// which steps one byte past the position iconv reports, loses the byte after it.
@Suite struct CP949DecoderTests {
    private static func containsA2E8(_ bytes: [UInt8]) -> Bool {
        zip(bytes, bytes.dropFirst()).contains { $0 == 0xA2 && $1 == 0xE8 }
    }

    private static func viaIconv(_ bytes: [UInt8]) -> ([UInt8], Int) {
        let converted = IconvConverter(from: "CP949")!.convert(bytes)
        return (converted.bytes, converted.replaced)
    }

    private static func viaTable(_ bytes: [UInt8]) -> ([UInt8], Int)? {
        CP949Decoder.convert(bytes).map { ($0.bytes, $0.replaced) }
    }

    @Test func theTableIsBuiltFromThisMachinesIconv() throws {
        let table = try #require(CP949Decoder.table)
        // 가 (U+AC00) is B0A1 in EUC-KR; 똠 (U+B620), outside EUC-KR, is 8C63 in CP949.
        #expect(table[(0xB0 - 0x81) * 190 + 0xA1 - 0x41] == 0xAC00)
        #expect(table[(0x8C - 0x81) * 190 + 0x63 - 0x41] == 0xB620)
        #expect(table.filter { $0 != 0 }.count > 17_000)
    }

    @Test func everyOneAndTwoByteInputMatchesIconv() {
        var mismatches: [[UInt8]] = []
        for first in 0...255 {
            let single = [UInt8(first)]
            if Self.viaTable(single).map({ $0.0 == Self.viaIconv(single).0 && $0.1 == Self.viaIconv(single).1 }) != true {
                mismatches.append(single)
            }
            for second in 0...255 where !(first == 0xA2 && second == 0xE8) {
                let pair = [UInt8(first), UInt8(second)]
                let expected = Self.viaIconv(pair)
                guard let got = Self.viaTable(pair), got.0 == expected.0, got.1 == expected.1 else {
                    mismatches.append(pair)
                    continue
                }
            }
        }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(5))")
    }

    /// Pages of markup, Korean pairs, stray high bytes and a lead byte at the very end, at
    /// lengths that cross the eight-byte ASCII steps.
    @Test func randomPagesMatchIconv() {
        var generator = SystemRandomNumberGenerator()
        let korean: [[UInt8]] = [[0xB0, 0xA1], [0xC7, 0xD1], [0xB1, 0xB9], [0x8C, 0x63], [0xA1, 0xA4], [0xCA, 0xA1]]
        for round in 0..<3_000 {
            var bytes: [UInt8] = []
            let parts = Int.random(in: 0...40, using: &generator)
            for _ in 0..<parts {
                switch Int.random(in: 0..<5, using: &generator) {
                case 0: bytes += Array("<p class=\"x\">".utf8).prefix(Int.random(in: 1...13, using: &generator))
                case 1, 2: bytes += korean.randomElement(using: &generator)!
                case 3: bytes.append(UInt8.random(in: 0x80...0xFF, using: &generator))
                default: bytes.append(UInt8.random(in: 0...0xFF, using: &generator))
                }
            }
            if round % 7 == 0 { bytes.append(0xB0) }  // a lead byte with no trail
            if Self.containsA2E8(bytes) { continue }
            let expected = Self.viaIconv(bytes)
            let got = Self.viaTable(bytes)
            #expect(got?.0 == expected.0 && got?.1 == expected.1, "\(bytes)")
            if got?.0 != expected.0 { break }
        }
    }

    /// The pair glibc refuses after consuming it: its lead byte is refused and decoding goes
    /// on at the next byte, as for every other refused pair; nothing after it is lost.
    @Test func theOnePairGlibcConsumesAndRefusesLosesNothing() throws {
        let got = try #require(Self.viaTable([0xA2, 0xE8, 0x61, 0xB0, 0xA1]))
        let rest = try #require(Self.viaTable([0xE8, 0x61, 0xB0, 0xA1]))
        #expect(got.0 == [0xEF, 0xBF, 0xBD] + rest.0)
        #expect(String(decoding: got.0, as: UTF8.self).hasSuffix("가"))
    }
}
