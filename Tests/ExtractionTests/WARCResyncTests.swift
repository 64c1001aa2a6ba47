import Foundation
import NewsModel
import Testing
@testable import Extraction

/// One lying `Content-Length` costs one record, not the rest of the crawl (issue 20, item 5).
@Suite struct WARCResyncTests {
    static func page(_ index: Int) -> String {
        "<html><head><title>기사 \(index)</title></head><body><p>누리시 소식 \(index)번째 기사 본문입니다.</p></body></html>"
    }

    /// A response record; `lie` is added to its true Content-Length.
    static func record(_ index: Int, lie: Int = 0) -> String {
        let http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page(index)
        let length = http.utf8.count + lie
        return "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example.kr/\(index)\r\n"
            + "Content-Type: application/http; msgtype=response\r\nContent-Length: \(length)\r\n\r\n" + http + "\r\n\r\n"
    }

    static func read(_ text: String) throws -> ([InputDocument], InputReadReport) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("knews-warc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("crawl.warc").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let found = InputFinder.files(matching: [path]).files
        var documents: [InputDocument] = []
        let report = InputReader(maxDocumentBytes: 1 << 20).read(try #require(found.first)) { documents.append($0) }
        return (documents, report)
    }

    @Test(arguments: [150, 40, -30, -60])
    func aLyingLengthLosesOnlyItsRecord(lie: Int) throws {
        let crawl = (0..<5).map { Self.record($0, lie: $0 == 1 ? lie : 0) }.joined()
        let (documents, report) = try Self.read(crawl)
        let urls = documents.compactMap(\.url)
        #expect(urls == ["https://news.example.kr/0", "https://news.example.kr/2", "https://news.example.kr/3", "https://news.example.kr/4"])
        #expect(report.issues.count == 1, "\(report.issues.map(\.message))")
        let message = report.issues.first?.message ?? ""
        #expect(message.hasPrefix("WARC record 1: Content-Length says "), "\(message)")
        #expect(report.issues.first?.inputPath.hasSuffix("crawl.warc#1") == true)
    }

    @Test func aMissingLengthSaysSoAndTheRestIsKept() throws {
        let broken = Self.record(1).replacingOccurrences(of: "Content-Length: ", with: "Content-Lenght: ")
        let crawl = Self.record(0) + broken + Self.record(2)
        let (documents, report) = try Self.read(crawl)
        #expect(documents.compactMap(\.url) == ["https://news.example.kr/0", "https://news.example.kr/2"])
        #expect(report.issues.first?.message.contains("has no Content-Length") == true, "\(report.issues)")
    }

    @Test func aCleanCrawlHasNoIssue() throws {
        let (documents, report) = try Self.read((0..<3).map { Self.record($0) }.joined())
        #expect(documents.count == 3)
        #expect(report.issues.isEmpty)
    }
}
