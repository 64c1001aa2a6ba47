import Extraction
import NewsModel
import Testing

/// Every path of the encoding decision: BOM, HTTP charset, meta charset, http-equiv, byte guess,
/// CP949-only syllables under a euc-kr label, and repaired UTF-8.
@Suite struct EncodingTests {
    static let filler = "이 문단은 본문이 충분히 길도록 덧붙인 문장으로, 추출기가 기사로 인정하는지 확인하는 데 쓰인다."

    @Test func cp949OnlySyllablesUnderEucKrLabel() throws {
        let result = try Fixtures.extract("cp949-meta-euckr.html")
        let article = try #require(result.articles.first)
        #expect(article.title == "똠방각하 햏자의 쏼라쏼라 뷁 일기")
        #expect(article.body == "똠얌꿍을 끓이던 햏자가 쏼쏼 흐르는 물에 뷁 하고 놀랐다는 이야기가 전해졌다.\n마을 사람들은 이 일을 두고 한동안 웃음꽃을 피웠다고 주민 대표가 말했다.\n" + Self.filler)
        #expect(result.issues.isEmpty)
    }

    @Test func metaHttpEquivKsc5601() throws {
        let article = try #require(try Fixtures.extract("cp949-http-equiv.html").articles.first)
        #expect(article.title == "한글 인코딩 꽹과리 기사")
        #expect(article.body.hasPrefix("꽹과리 소리가 울리는 장터에서 상인들이 손님을 맞았다."))
    }

    @Test func guessesCP949WithoutLabel() throws {
        let article = try #require(try Fixtures.extract("cp949-unlabelled.html").articles.first)
        #expect(article.title == "라벨 없는 완성형 문서")
        #expect(article.body.hasPrefix("라벨이 없어도 바이트 모양으로 인코딩을 알아낸다. 똠과 햏도 들어 있다."))
    }

    @Test func guessesUTF8WithoutLabel() throws {
        let article = try #require(try Fixtures.extract("utf8-unlabelled.html").articles.first)
        #expect(article.title == "라벨 없는 유니코드 문서")
        #expect(article.body.hasPrefix("라벨이 없는 UTF-8 문서도 그대로 읽힌다. 똠과 햏도 들어 있다."))
    }

    @Test func byteOrderMarkBeatsMetaLabel() throws {
        let article = try #require(try Fixtures.extract("utf8-bom-wrong-meta.html").articles.first)
        #expect(article.title == "바이트 순서 표시가 이긴다")
        #expect(article.body.hasPrefix("BOM이 있으면 메타 태그의 euc-kr 선언보다 우선한다."))
    }

    @Test func utf16WithByteOrderMark() throws {
        let article = try #require(try Fixtures.extract("utf16le-bom.html").articles.first)
        #expect(article.title == "UTF-16 문서")
        #expect(article.body.hasPrefix("UTF-16으로 저장된 문서도 읽는다."))
    }

    @Test func httpCharsetBeatsMeta() throws {
        // CP949 bytes whose meta tag wrongly says utf-8; the HTTP header knows better.
        let html = "<html><head><meta charset=\"utf-8\"><title>헤더가 이기는 문서</title></head><body><div class=\"article_body\"><p>HTTP 헤더의 문자셋이 메타 태그보다 먼저다. 뷁.</p><p>\(Self.filler)</p></div></body></html>"
        let bytes = try #require(cp949(html))
        let document = InputDocument(path: "http.html", url: "https://x.example/a", bytes: bytes, httpCharset: "euc-kr")
        let result = try ArticleExtractor(profiles: []).extract(document)
        let article = try #require(result.articles.first)
        #expect(article.title == "헤더가 이기는 문서")
        #expect(article.body.hasPrefix("HTTP 헤더의 문자셋이 메타 태그보다 먼저다. 뷁."))
        #expect(result.issues.isEmpty)
    }

    @Test func invalidUTF8BytesAreReplacedWithWarning() throws {
        let result = try Fixtures.extract("utf8-invalid-bytes.html")
        let article = try #require(result.articles.first)
        #expect(article.title == "깨진 바이트가 섞인 기사")
        #expect(article.body.hasPrefix("앞부분은 멀쩡하다. \u{FFFD}\u{FFFD}\u{FFFD} 뒷부분도 읽혀야 한다."))
        #expect(result.issues.count == 1)
        #expect(result.issues.first?.severity == .warning)
        #expect(result.issues.first?.message.contains("3 invalid byte sequences") == true)
    }

    @Test func cp949BytesUnderUTF8LabelAreRescued() throws {
        let html = "<html><head><meta charset=\"utf-8\"><title>라벨이 틀린 완성형 문서</title></head><body><div class=\"article_body\"><p>메타 태그는 UTF-8이라고 하지만 실제 바이트는 CP949다. 똠과 햏도 들어 있다.</p><p>\(Self.filler)</p></div></body></html>"
        let bytes = try #require(cp949(html))
        let result = try ArticleExtractor(profiles: []).extract(InputDocument(path: "mislabelled.html", bytes: bytes))
        let article = try #require(result.articles.first)
        #expect(article.title == "라벨이 틀린 완성형 문서")
        #expect(article.body.hasPrefix("메타 태그는 UTF-8이라고 하지만 실제 바이트는 CP949다. 똠과 햏도 들어 있다."))
        #expect(result.issues.count == 1)
        #expect(result.issues.first?.message.hasSuffix("read as CP949") == true)
    }

    private func cp949(_ s: String) -> [UInt8]? {
        ICONV.encode(s, to: "CP949")
    }
}
