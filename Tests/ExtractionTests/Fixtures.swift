import Extraction
import Foundation
import NewsModel

/// Locates and loads the test fixtures (written by hand, or by Fixtures/make_fixtures.py).
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static func document(_ name: String, url: String? = nil, httpCharset: String? = nil) throws -> InputDocument {
        InputDocument(path: path(name), url: url, bytes: try bytes(name), httpCharset: httpCharset)
    }

    /// Extracts a fixture with no profiles.
    static func extract(_ name: String, url: String? = nil, httpCharset: String? = nil) throws -> ExtractionResult {
        try ArticleExtractor(profiles: []).extract(try document(name, url: url, httpCharset: httpCharset))
    }

    static func extractHTML(_ html: String, path: String = "inline.html", url: String? = nil) throws -> ExtractionResult {
        try ArticleExtractor(profiles: []).extract(InputDocument(path: path, url: url, bytes: Array(html.utf8)))
    }

    static func inputFile(_ path: String) -> InputFile {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
        return InputFile(path: path, size: size, modifiedNanos: 0)
    }

    /// Reads a file with InputReader and returns its documents and report.
    static func read(_ path: String, maxDocumentBytes: Int = 32 << 20) -> ([InputDocument], InputReadReport) {
        var documents: [InputDocument] = []
        let report = InputReader(maxDocumentBytes: maxDocumentBytes).read(inputFile(path)) { documents.append($0) }
        return (documents, report)
    }
}

/// A scratch folder removed when the test ends.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "knews-extraction-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ relative: String, _ contents: String) throws -> String {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: URL(fileURLWithPath: full))
        return full
    }
}

extension PublishTime {
    static func local(_ y: Int, _ mo: Int, _ d: Int, _ h: Int = 0, _ mi: Int = 0, _ s: Int = 0) -> PublishTime {
        PublishTime(civil: CivilDateTime(year: y, month: mo, day: d, hour: h, minute: mi, second: s))
    }
}
