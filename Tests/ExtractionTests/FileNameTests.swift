import Foundation
import Testing
@testable import Extraction

/// A file whose name is not UTF-8 (a CP949 name from an old Windows share, say) is recorded,
/// never skipped silently (issue 20, item 8).
@Suite struct FileNameTests {
    @Test func aNonUTF8NameIsAnInputIssueWithItsBytesEscaped() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("knews-names-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // "기사.html" in CP949: B1 E2 BB E7.
        var name: [UInt8] = Array(folder.utf8) + [0x2F, 0xB1, 0xE2, 0xBB, 0xE7] + Array(".html".utf8) + [0]
        let descriptor = name.withUnsafeMutableBufferPointer { raw in
            raw.baseAddress!.withMemoryRebound(to: CChar.self, capacity: raw.count) { open($0, O_WRONLY | O_CREAT, 0o644) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        FileManager.default.createFile(atPath: folder + "/ok.html", contents: Data("<p>x</p>".utf8))

        let (files, issues) = InputFinder.files(matching: [folder])
        #expect(files.map { ($0.path as NSString).lastPathComponent } == ["ok.html"])
        #expect(issues.count == 1)
        let issue = try #require(issues.first)
        #expect(issue.message.contains("\\xB1\\xE2\\xBB\\xE7.html"), "\(issue.message)")
        #expect(issue.message.contains("not valid UTF-8"))
        #expect(issue.stage == "read")
    }

    @Test func escapingKeepsValidTextAndBackslashes() {
        #expect(InputFinder.escaped(Array("기사 a\\b.html".utf8)) == "기사 a\\\\b.html")
        #expect(InputFinder.escaped([0x61, 0xFF, 0x62]) == "a\\xFFb")
    }
}
