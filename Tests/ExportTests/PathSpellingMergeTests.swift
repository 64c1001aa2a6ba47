import Foundation
import NewsModel
import Testing
@testable import Export

/// Migration v5 merges the rows an older knews stored twice under two spellings of one file.
@Suite struct PathSpellingMergeTests {
    @Test func duplicatesFromTwoSpellingsAreMergedOnUpgrade() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.file("corpus"), withIntermediateDirectories: true)
        try Data("<html></html>".utf8).write(to: URL(fileURLWithPath: folder.file("corpus/a.html")))
        try Data("<html></html>".utf8).write(to: URL(fileURLWithPath: folder.file("corpus/b.html")))
        try FileManager.default.createSymbolicLink(atPath: folder.file("link"), withDestinationPath: folder.file("corpus"))
        let real = try #require(PathSpellingMerge.realPath(folder.file("corpus")))
        let spelled = folder.file("link")
        let gone = folder.file("deleted/c.html")

        // What a v4 knews stored: a.html through the link and for real, b.html through the
        // link only, and a page whose file is gone since.
        let database = folder.file("k.sqlite")
        let old = sampleArticle(url: "file:\(spelled)/a.html#0", inputPath: spelled + "/a.html").analyzed
        try runOnce(database, [old])
        let store = try ArticleStore(path: database)
        let runID = try store.beginRun(startedAt: "2025-06-29T03:00:00+09:00", knewsVersion: "0.1.0", configSHA256: "b")
        var newer = sampleArticle(url: "file:\(real)/a.html#0", inputPath: real + "/a.html")
        newer.title += " (수정)"
        _ = try store.save(newer.analyzed, runID: runID)
        _ = try store.save(sampleArticle(url: "file:\(spelled)/b.html#0", inputPath: spelled + "/b.html").analyzed, runID: runID)
        _ = try store.save(sampleArticle(url: "file:\(gone)#0", inputPath: gone).analyzed, runID: runID)
        for path in [spelled + "/a.html", real + "/a.html", spelled + "/b.html", gone] {
            try store.recordFingerprint(InputFingerprint(path: path, size: 13, modifiedNanos: 1, sha256: "x"))
        }
        try store.finishRun(runID, summary: runSummary(inserted: 3))
        #expect(try count(database, "articles") == 4)
        let mentionsBefore = try count(database, "money_mentions")
        let database3 = try Database(path: database)
        try dropVersion9(database3)
        try database3.execute("PRAGMA user_version = 4")

        // Opening with this knews migrates to v5.
        _ = try ArticleStore(path: database)
        let urls = try rows(database, "SELECT url, title FROM articles ORDER BY url").map { $0[0].description }
        #expect(urls == ["file:\(real)/a.html#0", "file:\(real)/b.html#0", "file:\(gone)#0"].sorted())
        let kept = try rows(database, "SELECT title FROM articles WHERE url = ?", [.text("file:\(real)/a.html#0")])
        #expect(kept.first?.first?.description.hasSuffix("(수정)") == true, "the newer article is kept")
        #expect(try count(database, "money_mentions") == mentionsBefore / 4 * 3, "the duplicate's mentions went with it")
        let inputs = try rows(database, "SELECT path FROM inputs ORDER BY path").map { $0[0].description }
        #expect(inputs == [real + "/a.html", real + "/b.html", gone].sorted())
        let paths = try rows(database, "SELECT input_path FROM articles WHERE url LIKE ?", [.text("file:\(real)%")])
        #expect(paths.allSatisfy { $0[0].description.hasPrefix(real) })
        try expectIntact(database)
    }
}
