import Foundation
import Testing
@testable import Pipeline

/// A site redesign between two runs: the profile's `body` and `published` XPaths stop
/// matching. The run must say so (source, field, XPath), store it in `source_health`, fail
/// with exit 3 under `--strict`, and `validate --page` must show the dead expressions.
@Suite(.serialized) struct FieldHealthTests {
    static let config = """
        inputs: [pages]
        output: {sqlite: out/knews.sqlite}
        sites:
          - name: gaon-news
            match: "*gaon*.html"
            title: "//h1[@class='headline']"
            body: "//div[@class='article-text']/p"
            published: "//span[@class='date']"
            author: "//span[@class='reporter']"
        """

    /// A page of the invented outlet, in its old markup or after the redesign.
    static func page(_ number: Int, redesigned: Bool) -> String {
        let text = "가온시는 \(number)번째 사업에 예산을 쓴다. 시민들은 환영했다."
        if redesigned {
            return """
                <html><head><meta charset="utf-8"><title>가온뉴스 \(number)</title></head><body>
                <h1 class="headline">가온시 사업 \(number)호</h1>
                <section class="story-body"><p>\(text)</p><p>둘째 문단이다.</p></section>
                <div class="meta"><time>2025.07.0\(number % 9 + 1) 08:15</time></div>
                <span class="reporter">박기자</span>
                </body></html>
                """
        }
        return """
            <html><head><meta charset="utf-8"><title>가온뉴스 \(number)</title></head><body>
            <h1 class="headline">가온시 사업 \(number)호</h1>
            <span class="date">2025.06.2\(number % 9 + 1) 07:30</span>
            <span class="reporter">박기자</span>
            <div class="article-text"><p>\(text)</p><p>둘째 문단이다.</p></div>
            </body></html>
            """
    }

    @Test func aRedesignIsWarnedAboutStoredAndFailsAStrictRun() throws {
        let folder = try TemporaryFolder()
        let config = try folder.write("pipeline.yml", Self.config)
        for number in 1...5 {
            try folder.write("pages/gaon-\(number).html", Self.page(number, redesigned: false))
        }
        let first = try KnewsProcess.run(["run", "--config", config, "--jobs", "1"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("gaon-news: 5 articles, title 100%, body 100%, published 100%, author 100%"), "\(first.stderr)")
        let reader = SQLiteReader(path: folder.path + "/out/knews.sqlite")

        // The site changed its markup: new pages arrive, the profile no longer fits them.
        for number in 6...10 {
            try folder.write("pages/gaon-\(number).html", Self.page(number, redesigned: true))
        }
        let second = try KnewsProcess.run(["run", "--config", config, "--jobs", "1", "--strict"])
        #expect(second.status == 3, "\(second.stderr)")
        for field in ["body", "published"] {
            #expect(second.stderr.contains("source \"gaon-news\": \(field) filled in 0% of 5 articles"), "\(second.stderr)")
        }
        #expect(second.stderr.contains("//div[@class='article-text']/p"))
        #expect(second.stderr.contains("//span[@class='date']"))
        #expect(!second.stderr.contains("title filled in"), "the title XPath still works")
        // Stored before exiting: the run, its health rows and its warnings.
        #expect(try reader.rows("SELECT run_id, articles, body_filled, published_filled, title_filled FROM source_health ORDER BY run_id") == [
            [.integer(1), .integer(5), .integer(5), .integer(5), .integer(5)],
            [.integer(2), .integer(5), .integer(0), .integer(0), .integer(5)],
        ])
        #expect(try reader.text("SELECT status FROM runs WHERE run_id = 2") == "failed")
        #expect(try reader.integer("SELECT count(*) FROM input_errors WHERE run_id = 2 AND stage = 'health' AND severity = 'warning'") == 2)
        #expect(try reader.integer("SELECT input_warnings FROM runs WHERE run_id = 2") >= 2)
        #expect(try reader.integer("SELECT count(*) FROM articles WHERE body = ''") == 5)
        // The summary says where the warnings are and how to list them.
        #expect(second.stderr.contains("warnings by stage: ") && second.stderr.contains("health 2"))
        #expect(second.stderr.contains("FROM input_errors WHERE run_id = 2"))

        // Without --strict the same drop warns and exits 0.
        try folder.write("pages/gaon-11.html", Self.page(11, redesigned: true))
        let lenient = try KnewsProcess.run(["run", "--config", config, "--jobs", "1"])
        #expect(lenient.status == 0, "\(lenient.stderr)")
        #expect(lenient.stderr.contains("body filled in 0% of 1 article"), "the failed run is not the baseline")

        // validate --page runs the profile against a saved page and names the dead XPaths.
        let probe = try KnewsProcess.run(["validate", "--config", config, "--page", folder.path + "/pages/gaon-6.html"])
        #expect(probe.status == 1, "\(probe.stdout)\(probe.stderr)")
        #expect(probe.stdout.contains("profile \"gaon-news\""))
        #expect(probe.stdout.contains("title: //h1[@class='headline'] -> 1 match: \"가온시 사업 6호\""), "\(probe.stdout)")
        #expect(probe.stdout.contains("body: //div[@class='article-text']/p -> 0 matches  DEAD"), "\(probe.stdout)")
        #expect(probe.stdout.contains("published: //span[@class='date'] -> 0 matches  DEAD"), "\(probe.stdout)")
        let healthy = try KnewsProcess.run(["validate", "--config", config, "--page", folder.path + "/pages/gaon-1.html"])
        #expect(healthy.status == 0, "\(healthy.stdout)")
        #expect(healthy.stdout.contains("body: //div[@class='article-text']/p -> 2 matches"))
        #expect(!healthy.stdout.contains("DEAD"))
    }

    @Test func oneNamePerOutletWithTheHostAsFallback() {
        let names = SourceNames(configured: ["gaon-news": "가온뉴스", "gaon.example": "가온뉴스"])
        #expect(names.name(extracted: "gaon-news", url: "file:/x#0") == "가온뉴스")
        #expect(names.name(extracted: "GAON", url: "https://m.gaon.example/a/1") == "가온뉴스")
        // Built-in table: by host (desktop, mobile, a subdomain), and a longer host wins.
        #expect(names.name(extracted: "조선닷컴", url: "https://www.chosun.com/economy/2025/1") == "조선일보")
        #expect(names.name(extracted: nil, url: "https://m.chosun.com/x") == "조선일보")
        #expect(names.name(extracted: nil, url: "https://biz.chosun.com/x") == "조선비즈")
        #expect(names.name(extracted: "hankyung.com", url: "file:/saved/page.html#0") == "한국경제")
        // Unknown outlets: the extracted name, else the host, never nothing.
        #expect(names.name(extracted: "나라일보", url: "https://nara.example/1") == "나라일보")
        #expect(names.name(extracted: nil, url: "https://www.nara.example/1") == "nara.example")
        #expect(names.name(extracted: nil, url: "file:/saved/page.html#0") == SourceNames.unknown)
    }

    /// An ASCII host is looked up by bytes, others by `Character`s: both try the host, then each
    /// parent domain that still has a dot, and stop at the first listed.
    @Test func aHostOrItsNearestListedParent() {
        let table = ["chosun.com": "조선일보", "biz.chosun.com": "조선비즈", "한빛.example": "한빛일보", "com": "never"]
        #expect(SourceNames.lookup("chosun.com", in: table) == "조선일보")
        #expect(SourceNames.lookup("a.b.chosun.com", in: table) == "조선일보")
        #expect(SourceNames.lookup("x.biz.chosun.com", in: table) == "조선비즈")
        #expect(SourceNames.lookup("biz.chosun.com", in: table) == "조선비즈")
        // The last label alone is never tried: `com` would name every `.com` host.
        #expect(SourceNames.lookup("nara.com", in: table) == nil)
        #expect(SourceNames.lookup("com", in: table) == "never")
        #expect(SourceNames.lookup("", in: table) == nil)
        #expect(SourceNames.lookup("..chosun.com", in: table) == "조선일보")
        #expect(SourceNames.lookup("m.한빛.example", in: table) == "한빛일보")
        #expect(SourceNames.lookup("한빛.example", in: table) == "한빛일보")
    }

    /// ASCII URLs take a byte path, others the `Character` one: both split the authority alike
    /// (the last piece between `@`s, its first piece between `:`s, empty pieces skipped).
    @Test func theHostOfAURLByBytesAndByCharacters() {
        #expect(SourceNames.host(of: "https://user:pw@WWW.Gaon.example:8080/a?b#c") == "gaon.example")
        #expect(SourceNames.host(of: "http://a@b@Nara.example@/x") == "nara.example")
        #expect(SourceNames.host(of: "https://:80/x") == "80")
        #expect(SourceNames.host(of: "https://@@/x") == "@@")
        #expect(SourceNames.host(of: "https:///x") == nil)
        #expect(SourceNames.host(of: "https://") == nil)
        #expect(SourceNames.host(of: "file:/saved/page.html#0") == nil)
        #expect(SourceNames.host(of: "gaon.example/x") == nil)
        #expect(SourceNames.host(of: "https://user@한빛.example:80/기사") == "한빛.example")
        #expect(SourceNames.host(of: "https://user@Hanbit.example:80/기사") == "hanbit.example")
    }

    /// data/outlets.tsv is the source; the Swift table is generated from it.
    @Test func theOutletTableIsUpToDateAndCoversTheMainOutlets() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", KnewsProcess.packageRoot.appendingPathComponent("scripts/generate_outlets.py").path, "--stdout"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let generated = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let checkedIn = try String(contentsOf: KnewsProcess.packageRoot.appendingPathComponent("Sources/Pipeline/OutletTable.swift"), encoding: .utf8)
        #expect(generated == checkedIn, "run python3 scripts/generate_outlets.py")
        #expect(Set(OutletTable.entries.map(\.name)).count >= 60)
    }
}
