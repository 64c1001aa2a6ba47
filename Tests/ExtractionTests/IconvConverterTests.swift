@testable import Extraction
import NewsModel
import Testing

/// What iconv refuses becomes one U+FFFD per code unit, and decoding goes on in step: a page
/// with one bad character keeps the rest of its text.
@Suite struct IconvConverterTests {
    private static func utf16LE(_ text: String) -> [UInt8] {
        text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    private static func utf16BE(_ text: String) -> [UInt8] {
        text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    private static func convert(_ bytes: [UInt8], from encoding: String) throws -> (String, Int) {
        let converter = try #require(IconvConverter(from: encoding))
        let (utf8, replaced) = converter.convert(bytes)
        return (String(decoding: utf8, as: UTF8.self), replaced)
    }

    @Test func aLoneHighSurrogateInUTF16LEIsOneReplacement() throws {
        // D800 followed by a character that is no low surrogate.
        let bytes = Self.utf16LE("가나") + [0x00, 0xD8] + Self.utf16LE("다라 2조원")
        let (text, replaced) = try Self.convert(bytes, from: "UTF-16LE")
        #expect(text == "가나\u{FFFD}다라 2조원")
        #expect(replaced == 1)
    }

    @Test func aLoneLowSurrogateInUTF16BEIsOneReplacement() throws {
        let bytes = Self.utf16BE("A") + [0xDC, 0x00] + Self.utf16BE("B 과기정통부")
        let (text, replaced) = try Self.convert(bytes, from: "UTF-16BE")
        #expect(text == "A\u{FFFD}B 과기정통부")
        #expect(replaced == 1)
    }

    @Test func aPairedSurrogateStillDecodes() throws {
        let (text, replaced) = try Self.convert(Self.utf16LE("뉴스 😀 끝"), from: "UTF-16LE")
        #expect(text == "뉴스 😀 끝")
        #expect(replaced == 0)
    }

    @Test func anOddLastByteOfUTF16IsOneReplacement() throws {
        let (text, replaced) = try Self.convert(Self.utf16LE("끝") + [0x41], from: "UTF-16LE")
        #expect(text == "끝\u{FFFD}")
        #expect(replaced == 1)
    }

    /// windows-1252 (what latin1 labels read as) leaves five bytes undefined.
    @Test func anUndefinedWindows1252ByteIsOneReplacement() throws {
        let (text, replaced) = try Self.convert([0x61, 0x81, 0x62, 0x80, 0xE9], from: "WINDOWS-1252")
        #expect(text == "a\u{FFFD}b€é")
        #expect(replaced == 1)
    }

    @Test func unitWidthsFollowTheEncodingName() {
        #expect(IconvConverter.unitWidth(of: "UTF-16LE") == 2)
        #expect(IconvConverter.unitWidth(of: "utf-16be") == 2)
        #expect(IconvConverter.unitWidth(of: "UTF-32") == 4)
        #expect(IconvConverter.unitWidth(of: "CP949") == 1)
        #expect(IconvConverter.unitWidth(of: "WINDOWS-1252") == 1)
    }

    /// The whole way: a UTF-16 page whose body holds a broken surrogate comes out with the
    /// rest of its body intact and a warning that says what was replaced.
    @Test func aUTF16PageWithABrokenCharacterKeepsItsText() throws {
        let head = "<html><head><title>깨진 글자 문서</title></head><body><div class=\"article_body\"><p>앞 문장이다."
        let tail = "뒤 문장도 그대로 읽혀야 한다.</p><p>\(EncodingTests.filler)</p></div></body></html>"
        let bytes = [0xFF, 0xFE] + Self.utf16LE(head) + [0x00, 0xD8] + Self.utf16LE(tail)
        let document = InputDocument(path: "utf16-broken.html", url: "https://x.example/a", bytes: bytes, httpCharset: nil)
        let result = try ArticleExtractor(profiles: []).extract(document)
        let article = try #require(result.articles.first)
        #expect(article.title == "깨진 글자 문서")
        #expect(article.body.hasPrefix("앞 문장이다.\u{FFFD}뒤 문장도 그대로 읽혀야 한다.\n"))
        #expect(result.issues.map(\.message) == [
            "page is UTF-16LE (bom) but has 1 undecodable sequence; replaced with U+FFFD",
        ])
    }
}
