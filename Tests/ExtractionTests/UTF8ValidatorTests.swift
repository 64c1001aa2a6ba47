@testable import Extraction
import Testing

/// The UTF-8 repair libxml2's input goes through: valid text is passed on untouched (nil), and
/// each invalid sequence becomes exactly one U+FFFD, whatever fast path the scan took.
@Suite struct UTF8ValidatorTests {
    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    @Test(arguments: [
        "plain ASCII long enough for the eight-byte path",
        "한국어 본문과 ASCII가 섞인 문장 2조5천억원",
        "경계: 가힣 (EA B0 80 / ED 9E A3), 一 (E4 B8 80), € (E2 82 AC)",
        "네 바이트 문자 😀 와 U+10FFFF 직전 \u{10FFFD}",
        "서리게이트 바로 앞 \u{D7FF}, 뒤 \u{E000}",
        "",
    ])
    func validTextIsLeftAlone(_ text: String) {
        #expect(UTF8Validator.repaired(Array(text.utf8)) == nil)
    }

    @Test(arguments: [
        // (input, expected output, replacements)
        ([0x41, 0x80, 0x42], [0x41] + replacement + [0x42], 1),
        ([0xE0, 0x80, 0x80], replacement, 1),               // overlong three-byte form
        ([0xED, 0xA0, 0x80], replacement, 1),               // UTF-16 surrogate
        ([0xF4, 0x90, 0x80, 0x80], replacement, 1),         // past U+10FFFF
        ([0xC0, 0xAF], replacement, 1),                      // overlong two-byte form
        ([0xEA, 0xB0], replacement, 1),                      // 가 cut short at the end
        ([0xEA, 0xB0, 0x41], replacement + [0x41], 1),       // 가 cut short before ASCII
        ([0xEA, 0x41, 0x80], replacement + [0x41] + replacement, 2),
        ([0xEA, 0xB0, 0x80, 0xFF, 0xEA, 0xB0, 0x80], [0xEA, 0xB0, 0x80] + replacement + [0xEA, 0xB0, 0x80], 1),
        ([0xEF, 0xBF, 0xBD, 0xEE, 0x80], [0xEF, 0xBF, 0xBD] + replacement, 1),
    ] as [([UInt8], [UInt8], Int)])
    func invalidSequencesAreReplacedOnce(_ input: [UInt8], _ expected: [UInt8], _ replaced: Int) throws {
        let repaired = try #require(UTF8Validator.repaired(input))
        #expect(repaired.bytes == expected)
        #expect(repaired.replaced == replaced)
    }

    /// The invalid byte after a long valid Korean run is found wherever the fast paths stop.
    @Test func invalidByteAfterLongHangulRun() throws {
        for prefixLength in 0..<12 {
            let prefix = Array(String(repeating: "가", count: prefixLength).utf8)
            let input = prefix + [0xEB] + Array("나다".utf8)
            let repaired = try #require(UTF8Validator.repaired(input))
            #expect(repaired.bytes == prefix + Self.replacement + Array("나다".utf8))
            #expect(repaired.replaced == 1)
        }
    }
}
