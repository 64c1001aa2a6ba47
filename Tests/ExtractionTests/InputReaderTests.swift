import Extraction
import Foundation
import NewsModel
import Testing

/// Reading files: plain, gzip (single and multi-member), WARC (plain and gzip) with mixed
/// records, and every kind of bad input.
@Suite struct InputReaderTests {
    /// The run hashes a small file from the bytes it read whole and hands those bytes on:
    /// every kind of input (page, gzip, WARC, binary, empty, over the limit) must come out as
    /// if the reader had read the file itself.
    @Test(arguments: [32 << 20, 2_000])
    func bytesTheCallerReadGiveWhatTheFileGives(maxDocumentBytes: Int) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.folder.path).sorted()
        #expect(names.count >= 20)
        let reader = InputReader(maxDocumentBytes: maxDocumentBytes)
        for name in names {
            let file = Fixtures.inputFile(Fixtures.path(name))
            var fromFile: [InputDocument] = []
            var fromBytes: [InputDocument] = []
            let fileReport = reader.read(file) { fromFile.append($0) }
            let bytesReport = reader.read(file, contents: try Fixtures.bytes(name)) { fromBytes.append($0) }
            #expect(fromBytes.map(\.path) == fromFile.map(\.path), "\(name)")
            #expect(fromBytes.map(\.url) == fromFile.map(\.url), "\(name)")
            #expect(fromBytes.map(\.bytes) == fromFile.map(\.bytes), "\(name)")
            #expect(fromBytes.map(\.httpCharset) == fromFile.map(\.httpCharset), "\(name)")
            #expect(bytesReport.documents == fileReport.documents, "\(name)")
            #expect(bytesReport.skippedRecords == fileReport.skippedRecords, "\(name)")
            #expect(bytesReport.issues == fileReport.issues, "\(name)")
        }
    }

    @Test func plainFileIsOneDocument() throws {
        let (documents, report) = Fixtures.read(Fixtures.path("generic-og.html"))
        #expect(documents.count == 1)
        #expect(report.documents == 1)
        #expect(report.issues.isEmpty)
        #expect(documents[0].bytes == (try Fixtures.bytes("generic-og.html")))
        #expect(documents[0].path == Fixtures.path("generic-og.html"))
        #expect(documents[0].url == nil)
    }

    @Test(arguments: ["generic-og.html.gz", "multi-member.html.gz"])
    func gzipFilesInflate(_ name: String) throws {
        let (documents, report) = Fixtures.read(Fixtures.path(name))
        #expect(report.issues.isEmpty)
        #expect(documents.count == 1)
        #expect(documents.first?.bytes == (try Fixtures.bytes("generic-og.html")))
        let document = try #require(documents.first)
        let article = try #require(try ArticleExtractor(profiles: []).extract(document).articles.first)
        #expect(article.title == "국민연금, 해외 대체투자 비중 15%로 확대")
        #expect(article.inputPath == Fixtures.path(name))
    }

    @Test(arguments: ["mixed.warc", "mixed.warc.gz"])
    func warcMixedRecords(_ name: String) throws {
        let path = Fixtures.path(name)
        let (documents, report) = Fixtures.read(path)
        #expect(report.issues.isEmpty)
        // 10 records: warcinfo, request, 200 html, 404, png, chunked cp949, gzip, metadata, sniffed, json.
        #expect(report.documents == 4)
        #expect(report.skippedRecords == 6)
        #expect(documents.map(\.path) == ["\(path)#2", "\(path)#5", "\(path)#6", "\(path)#8"])
        #expect(documents.map(\.url) == [
            "https://crawl-news.example/a/1", "https://crawl-news.example/a/2",
            "https://crawl-news.example/a/3", "https://crawl-news.example/a/4",
        ])
        #expect(documents.map(\.httpCharset) == ["utf-8", "EUC-KR", nil, nil])

        let extractor = try ArticleExtractor(profiles: [])
        let articles = documents.flatMap { extractor.extract($0).articles }
        try #require(articles.count == 4)
        #expect(articles.map(\.title) == ["크롤링된 첫 기사", "청크 전송된 완성형 기사", "압축 전송된 기사", "헤더 없는 기사"])
        #expect(articles[0].body == "첫 번째 응답 레코드의 본문 문단이다. 충분히 긴 문장을 담아 둔다.\n두 번째 문단이다.")
        #expect(articles[1].body == "청크로 나뉘어 전송된 본문도 이어 붙여 읽는다. 똠과 햏이 들어 있다.\n인코딩은 HTTP 헤더가 알려 준다.")
        #expect(articles[2].body == "gzip으로 압축된 본문을 풀어서 읽는다. 압축 해제 뒤 문단이 그대로 나온다.")
        #expect(articles.map(\.url) == documents.compactMap(\.url))
        #expect(articles.map(\.source) == ["크롤뉴스", "크롤뉴스", "크롤뉴스", "크롤뉴스"])
        #expect(articles.map(\.inputPath) == documents.map(\.path))
    }

    @Test func truncatedWARCKeepsEarlierRecords() {
        let path = Fixtures.path("truncated.warc.gz")
        let (documents, report) = Fixtures.read(path)
        #expect(documents.count == 4)
        #expect(report.issues.count == 1)
        #expect(report.issues.first?.message.hasPrefix("truncated gzip stream after ") == true)
        #expect(report.issues.first?.inputPath == path)
    }

    @Test func truncatedGzip() {
        let (documents, report) = Fixtures.read(Fixtures.path("truncated.html.gz"))
        #expect(documents.isEmpty)
        #expect(report.issues.count == 1)
        let message = report.issues.first?.message ?? ""
        #expect(message.hasPrefix("truncated gzip stream after "))
        #expect(message.hasSuffix(" bytes"))
        #expect(report.issues.first?.stage == "read")
        #expect(report.issues.first?.severity == .error)
    }

    static let badInputs: [(String, String)] = [
        ("empty.html", "file is empty"),
        ("binary.html", "binary file (contains NUL bytes), not an HTML page"),
        ("notes.html", "no HTML markup in the first 64 KiB; not an HTML page"),
    ]

    @Test(arguments: badInputs)
    func badInputsBecomeIssues(_ name: String, _ message: String) {
        let (documents, report) = Fixtures.read(Fixtures.path(name))
        #expect(documents.isEmpty)
        #expect(report.issues.map(\.message) == [message])
    }

    @Test func missingFileIsAnIssue() {
        let (documents, report) = Fixtures.read("/nonexistent/knews/page.html")
        #expect(documents.isEmpty)
        #expect(report.issues.map(\.message) == ["cannot open \"/nonexistent/knews/page.html\": No such file or directory"])
    }

    @Test func overSizeLimit() {
        let (plain, plainReport) = Fixtures.read(Fixtures.path("generic-jsonld-graph.html"), maxDocumentBytes: 1024)
        #expect(plain.isEmpty)
        #expect(plainReport.issues.map(\.message) == ["file is larger than the 1 KiB document size limit; skipped"])
        let (gz, gzReport) = Fixtures.read(Fixtures.path("multi-member.html.gz"), maxDocumentBytes: 512)
        #expect(gz.isEmpty)
        #expect(gzReport.issues.map(\.message) == ["decompressed file is larger than the 512 bytes document size limit; skipped"])
    }

    @Test func warcRecordOverSizeLimitIsReportedAndSkipped() {
        let path = Fixtures.path("mixed.warc")
        let (documents, report) = Fixtures.read(path, maxDocumentBytes: 100)
        // Every response record fits the 64 KiB header allowance, but no payload fits 100 bytes.
        #expect(documents.isEmpty)
        #expect(report.issues.count == 4)
        #expect(report.issues.allSatisfy { $0.message.contains("document size limit") })
    }
}
