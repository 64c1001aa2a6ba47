import Export
import Foundation
import Testing
@testable import Pipeline

/// `knews analyze` against `knews run`: over the sample corpus its lines (the article lines with
/// the run-level pass's `run_mentions` lines merged in) must hold exactly the rows the run
/// stored, ids aside, and its command line must keep the pipe contract.
@Suite struct AnalyzeTests {
    let run = SampleRun.shared

    /// A JSON or SQLite value in one comparable spelling: integers and whole reals alike.
    static func canonical(_ value: Any?) -> String {
        switch value {
        case nil, is NSNull: return "null"
        case let text as String: return "s:" + text
        case let number as NSNumber:
            return Double(number.int64Value) == number.doubleValue ? "n:\(number.int64Value)" : "n:\(number.doubleValue)"
        default: return "?\(value!)"
        }
    }

    static func canonical(_ value: SQLiteValue) -> String {
        switch value {
        case .null: return "null"
        case .text(let text): return "s:" + text
        case .integer(let number): return "n:\(number)"
        case .real(let number):
            return number == number.rounded() && abs(number) < 9e18 ? "n:\(Int64(number))" : "n:\(number)"
        }
    }

    /// Every row of `table` as column → canonical value, with the run database's ids turned
    /// into what `analyze` writes instead (`entity_id` → `entity`) or left out.
    func stored(_ table: String, entityNames: [Int64: String] = [:]) throws -> [[String: String]] {
        let columns = try run.reader.rows("PRAGMA table_info(\(table))").map { $0[1].textValue ?? "" }
        return try run.reader.rows("SELECT * FROM \(table) ORDER BY 1").map { row in
            var object: [String: String] = [:]
            for (column, value) in zip(columns, row) {
                if column == "entity_id" {
                    object["entity"] = value.integerValue.flatMap { entityNames[$0] }.map { "s:" + $0 } ?? "null"
                } else {
                    object[column] = Self.canonical(value)
                }
            }
            return object
        }
    }

    static func object(_ json: [String: Any], leaving: Set<String> = []) -> [String: String] {
        var object: [String: String] = [:]
        for (key, value) in json where !leaving.contains(key) && !(value is [Any]) {
            object[key] = canonical(value)
        }
        return object
    }

    func analyzeLines() throws -> [[String: Any]] {
        let config = try PipelineConfig.load(path: KnewsProcess.packageRoot.appendingPathComponent("pipeline.yml").path)
        var lines: [String] = []
        try StreamAnalyzer(config: config).analyze(inputs: config.inputs) { lines.append($0) }
        return try lines.map { line in
            #expect(!line.contains("\n"))
            return try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    /// The article lines with the `run_mentions` lines of the run-level pass merged in: their
    /// mentions after the article's own (`knews run` adds them last), their entities joined.
    static func merged(_ lines: [[String: Any]]) throws -> [[String: Any]] {
        var articles = lines.filter { $0["type"] as? String == "article" }
        for extra in lines where extra["type"] as? String == "run_mentions" {
            let url = try #require(extra["url"] as? String)
            let at = try #require(articles.lastIndex { $0["url"] as? String == url }, "\(url)")
            for key in ["entity_mentions", "entities"] {
                let own = try #require(articles[at][key] as? [Any])
                let more = try #require(extra[key] as? [Any])
                #expect(!more.isEmpty)
                articles[at][key] = own + more
            }
        }
        return articles
    }

    @Test func linesHoldExactlyTheRowsKnewsRunStores() throws {
        _ = try run.first.get()
        let lines = try analyzeLines()
        // The run-level pass's lines, if any (see `runMentionsCarryADiscoveryAcrossPages`),
        // come last, after every article.
        let lastArticle = try #require(lines.lastIndex { $0["type"] as? String == "article" })
        #expect(lines[..<lastArticle].allSatisfy { $0["type"] as? String != "run_mentions" })
        let articles = try Self.merged(lines)
        #expect(articles.count == 44)

        let entityRows = try stored("entities")
        var names: [Int64: String] = [:]
        for row in try run.reader.rows("SELECT entity_id, name FROM entities") {
            names[row[0].integerValue ?? -1] = row[1].textValue
        }
        let articleIDs = Dictionary(uniqueKeysWithValues: try run.reader.rows("SELECT article_id, url FROM articles").map {
            ($0[0].integerValue ?? -1, $0[1].textValue ?? "")
        })

        // Articles: every column, ids aside.
        let storedArticles = try stored("articles").map { row in row.filter { !["article_id", "run_id"].contains($0.key) } }
        let analyzed = articles.map { Self.object($0, leaving: ["type"]) }
        #expect(Set(analyzed) == Set(storedArticles))
        #expect(analyzed.count == storedArticles.count)
        #expect(storedArticles.first?.keys.contains("content_hash") == true)

        // Mentions: per article URL, in order, every column.
        for table in ArticleStore.mentionTables {
            var expected: [String: [[String: String]]] = [:]
            let columns = try run.reader.rows("PRAGMA table_info(\(table))").map { $0[1].textValue ?? "" }
            let articleColumn = try #require(columns.firstIndex(of: "article_id"))
            let rows = try run.reader.rows("SELECT * FROM \(table) ORDER BY mention_id")
            let objects = try stored(table, entityNames: names)
            for (row, object) in zip(rows, objects) {
                let url = articleIDs[row[articleColumn].integerValue ?? -1] ?? "?"
                expected[url, default: []].append(object.filter { !["mention_id", "article_id"].contains($0.key) })
            }
            var found: [String: [[String: String]]] = [:]
            for article in articles {
                let url = try #require(article["url"] as? String)
                let mentions = try #require(article[table] as? [[String: Any]])
                if !mentions.isEmpty { found[url] = mentions.map { Self.object($0) } }
            }
            #expect(found == expected, "\(table)")
            #expect(!expected.isEmpty, "\(table) has rows in the sample")
        }

        // Entities: each stored row is what the articles naming it gave.
        var given: [String: Set<[String: String]>] = [:]
        for article in articles {
            for entity in try #require(article["entities"] as? [[String: Any]]) {
                given[entity["name"] as? String ?? "", default: []].insert(Self.object(entity))
            }
        }
        #expect(Set(given.keys) == Set(entityRows.compactMap { $0["name"].map { String($0.dropFirst(2)) } }))
        for row in entityRows {
            let name = String((row["name"] ?? "").dropFirst(2))
            #expect(given[name]?.contains(row.filter { $0.key != "entity" }) == true, "\(name)")
        }

        // Input issues: the same rows.
        let issues = lines.filter { $0["type"] as? String == "input_error" }.map { Self.object($0, leaving: ["type"]) }
        let storedIssues = try stored("input_errors").map { row in row.filter { !["error_id", "run_id"].contains($0.key) } }
        #expect(issues.sorted { "\($0)" < "\($1)" } == storedIssues.sorted { "\($0)" < "\($1)" })
        #expect(!issues.isEmpty)
    }

    /// Two pages of an invented outlet: the first admits an invented company by its `(주)`
    /// marker, the second names it bare. `analyze` streams both articles, then one
    /// `run_mentions` line adds the bare name to the second, as `knews run`'s pass does.
    @Test func runMentionsCarryADiscoveryAcrossPages() throws {
        let folder = try TemporaryFolder()
        func page(_ url: String, _ title: String, _ body: String) -> String {
            """
            <html><head><meta charset="utf-8"><title>\(title)</title>
            <link rel="canonical" href="\(url)"><meta property="article:published_time" content="2025-09-15T09:00:00+09:00">
            </head><body><article><h1>\(title)</h1>\(body)</article></body></html>
            """
        }
        _ = try folder.write("pages/a.html", page("https://invented-news.example/a/1", "다솔별, 물류 AI 공개",
            "<p>물류 기업 (주)다솔별은 15일 창고 자동화 AI를 공개했다. 회사는 연내 100곳에 공급하겠다고 밝혔다.</p><p>올해 매출 목표는 50억 원이다.</p>"))
        _ = try folder.write("pages/b.html", page("https://invented-news.example/a/2", "창고 자동화 경쟁 치열",
            "<p>창고 자동화 시장에서 다솔별과 대형 물류사의 경쟁이 치열해지고 있다. 시장 규모는 3천억 원에 이른다.</p><p>업계는 하반기 가격 경쟁을 예상한다.</p>"))
        var config = try PipelineConfig.load(path: KnewsProcess.packageRoot.appendingPathComponent("pipeline.yml").path)
        config.sites = []
        var lines: [[String: Any]] = []
        try StreamAnalyzer(config: config).analyze(inputs: [folder.path + "/pages"]) { line in
            if let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] { lines.append(object) }
        }
        #expect(lines.map { $0["type"] as? String } == ["article", "article", "run_mentions"])
        let extra = try #require(lines.last)
        #expect(extra["url"] as? String == "https://invented-news.example/a/2")
        let mentions = try #require(extra["entity_mentions"] as? [[String: Any]])
        #expect(mentions.map { $0["entity"] as? String } == ["다솔별"])
        #expect(mentions.map { $0["surface"] as? String } == ["다솔별"])
    }

    @Test func keysComeInTheTablesColumnOrder() throws {
        let result = try KnewsProcess.run(["analyze", "--config", "pipeline.yml", "samples/gyeongin-ilbo"],
                                          in: KnewsProcess.packageRoot.path)
        #expect(result.status == 0)
        let first = try #require(result.stdout.split(separator: "\n").first)
        #expect(first.hasPrefix("{\"type\":\"article\",\"url\":"))
        let keys = ["\"url\"", "\"source\"", "\"title\"", "\"body\"", "\"published_at\"", "\"content_hash\"",
                    "\"money_mentions\"", "\"date_mentions\"", "\"entity_mentions\"", "\"entities\""]
        let positions = keys.map { first.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    /// Escaping works on UTF-8 runs: every odd spot (quotes next to Hangul, a combining mark
    /// after a quote, CR LF, other controls, U+2028/U+2029 and the E2 bytes of “ … ” around
    /// them) must come back from a JSON parser as the same string.
    @Test(arguments: [
        "", "plain", "\"인용\" 그는 말했다", "a\\b", "줄\r\n바꿈\t탭", "\u{01}\u{1F}\u{7F}",
        "\"\u{301}뒤", "“따옴표” … 2028\u{2028}2029\u{2029}끝", "\u{E2}\u{2027}\u{202A}", "\u{1F600}\"",
    ])
    func stringsSurviveTheJSONRoundTrip(_ text: String) throws {
        var line = JSONLine()
        line.add("text", text)
        let encoded = line.finished()
        let object = try JSONSerialization.jsonObject(with: Data(encoded.utf8)) as? [String: Any]
        #expect(object?["text"] as? String == text)
        #expect(!encoded.contains("\u{2028}") && !encoded.contains("\u{2029}"))
        #expect(!encoded.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func standardInputReadsAWARCStreamUnderTheGivenName() throws {
        let warc = try Data(contentsOf: KnewsProcess.packageRoot.appendingPathComponent("samples/crawl/sample.warc.gz"))
        let process = KnewsProcess.start(["analyze", "--config", "pipeline.yml", "-", "--input-path", "s3a://bucket/crawl.warc.gz"],
                                         in: KnewsProcess.packageRoot.path)
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        input.fileHandleForWriting.write(warc)
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let lines = text.split(separator: "\n")
        let articles = lines.filter { $0.hasPrefix("{\"type\":\"article\"") }
        #expect(articles.count == 3)
        #expect(articles.allSatisfy { $0.contains("\"input_path\":\"s3a://bucket/crawl.warc.gz#") })
        #expect(!text.contains("knews-analyze-"))
    }

    @Test func aSinglePageFromStandardInputTakesItsURL() throws {
        let page = try String(contentsOf: KnewsProcess.packageRoot.appendingPathComponent("samples/gyeongin-ilbo/news-88101-meta-charset.html"), encoding: .isoLatin1)
        let result = try KnewsProcess.run(
            ["analyze", "-", "--format", "html", "--url", "https://invented.example/a/1", "--input-path", "page.html"],
            stdin: page)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"input_path\":\"page.html\""))
    }

    @Test func badInputIsALineAndExitsZeroButUsageIsNot() throws {
        let folder = try TemporaryFolder()
        let binary = try folder.write("blob.html", Data([0, 1, 2, 3, 0, 0, 0]))
        let result = try KnewsProcess.run(["analyze", binary, folder.path + "/missing-*.html"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasPrefix("{\"type\":\"input_error\",\"input_path\":") })
        #expect(lines.contains { $0.contains("NUL bytes") })

        let usage = try KnewsProcess.run(["analyze", "-", "--url", "https://invented.example/"])
        #expect(usage.status != 0)
        #expect(usage.stdout.isEmpty)
        let warcAsHTML = try KnewsProcess.run(["analyze", "-", "--format", "warc"], stdin: "<html><p>not a crawl</p></html>")
        #expect(warcAsHTML.status == 0)
        #expect(warcAsHTML.stdout.contains("not a WARC stream"))
    }

    @Test func printSchemaNamesEveryColumnWithItsSQLiteType() throws {
        let result = try KnewsProcess.run(["analyze", "--print-schema"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let tables = try #require(object["tables"] as? [String: [[String]]])
        #expect(Set(tables.keys) == ["articles", "money_mentions", "date_mentions", "entity_mentions", "entities", "input_errors"])
        #expect(tables["articles"]?.contains(["published_date", "DATE"]) == true)
        #expect(tables["money_mentions"]?.contains(["amount_low", "INTEGER"]) == true)
    }
}
