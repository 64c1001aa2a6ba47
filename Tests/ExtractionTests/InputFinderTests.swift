import Extraction
import Foundation
import NewsModel
import Testing

/// Expanding `inputs`: files, recursive folders, globs with `**`, and specs matching nothing.
@Suite struct InputFinderTests {
    @Test func foldersWalkRecursivelySortedAndFiltered() throws {
        let dir = try TemporaryFolder()
        try dir.write("b/two.HTML", "<p>x</p>")
        try dir.write("a/one.htm", "<p>x</p>")
        try dir.write("a/deep/three.html.gz", "x")
        try dir.write("a/deep/crawl.warc.gz", "x")
        try dir.write("a/deep/crawl.warc", "x")
        try dir.write("a/readme.txt", "x")
        try dir.write("a/.hidden/skip.html", "x")
        let (files, issues) = InputFinder.files(matching: [dir.path])
        #expect(issues.isEmpty)
        #expect(files.map(\.path) == [
            "\(dir.path)/a/deep/crawl.warc", "\(dir.path)/a/deep/crawl.warc.gz",
            "\(dir.path)/a/deep/three.html.gz", "\(dir.path)/a/one.htm", "\(dir.path)/b/two.HTML",
        ])
        #expect(files.first?.size == 1)
        #expect((files.first?.modifiedNanos ?? 0) > 0)
    }

    @Test func explicitFileIsTakenWhateverItsExtension() throws {
        let dir = try TemporaryFolder()
        let path = try dir.write("page.txt", "<p>x</p>")
        let (files, issues) = InputFinder.files(matching: [path, path])
        #expect(issues.isEmpty)
        #expect(files.map(\.path) == [path])
        #expect(files.first?.size == 8)
    }

    @Test func globsWithDoubleStar() throws {
        let dir = try TemporaryFolder()
        try dir.write("2025/06/27/a.html", "x")
        try dir.write("2025/06/b.html", "x")
        try dir.write("2025/c.html", "x")
        try dir.write("2025/c.txt", "x")
        try dir.write("d.html", "x")
        let (all, _) = InputFinder.files(matching: ["\(dir.path)/**/*.html"])
        #expect(all.map(\.path) == [
            "\(dir.path)/2025/06/27/a.html", "\(dir.path)/2025/06/b.html", "\(dir.path)/2025/c.html", "\(dir.path)/d.html",
        ])
        let (one, _) = InputFinder.files(matching: ["\(dir.path)/2025/0?/[a-b].html"])
        #expect(one.map(\.path) == ["\(dir.path)/2025/06/b.html"])
        let (star, _) = InputFinder.files(matching: ["\(dir.path)/2025/*"])
        #expect(star.map(\.path) == ["\(dir.path)/2025/06/27/a.html", "\(dir.path)/2025/06/b.html", "\(dir.path)/2025/c.html", "\(dir.path)/2025/c.txt"])
    }

    @Test func specsMatchingNothingAreIssues() throws {
        let dir = try TemporaryFolder()
        try dir.write("empty/readme.txt", "x")
        let (files, issues) = InputFinder.files(matching: ["\(dir.path)/missing.html", "\(dir.path)/*.warc", "\(dir.path)/empty"])
        #expect(files.isEmpty)
        #expect(issues.map(\.message) == [
            "input \"\(dir.path)/missing.html\" cannot be read: No such file or directory",
            "input \"\(dir.path)/*.warc\" matches no files",
            "input \"\(dir.path)/empty\" holds no .html, .htm, .gz or .warc files",
        ])
        #expect(issues.allSatisfy { $0.stage == "read" })
    }

    @Test func sameFileThroughTwoSpellingsIsReadOnce() throws {
        let dir = try TemporaryFolder()
        let path = try dir.write("x/a.html", "<p>x</p>")
        let (files, issues) = InputFinder.files(matching: [dir.path + "/x", dir.path + "/./x//a.html", path])
        #expect(issues.isEmpty)
        #expect(files.map(\.path) == [path])
    }
}
