import Foundation
import NewsModel
import Testing
@testable import Export

/// Parses a CSV file with Python's csv module and prints it as JSON, after checking that
/// every line end outside quotes is CRLF.
private let parseCSV = """
    import csv, json, sys
    raw = open(sys.argv[1], 'rb').read()
    quoted = False
    for i, b in enumerate(raw):
        if b == 0x22:
            quoted = not quoted
        elif b == 0x0A and not quoted and (i == 0 or raw[i - 1] != 0x0D):
            sys.exit('bare LF outside quotes at byte %d' % i)
    with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
        rows = list(csv.reader(f))
    print(json.dumps({'bom': raw.startswith(b'\\xef\\xbb\\xbf'), 'rows': rows}))
    """

private struct ParsedCSV {
    var bom: Bool
    var rows: [[String]]
}

private func parse(_ path: String) throws -> ParsedCSV {
    let data = try python(parseCSV, [path])
    let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    return ParsedCSV(bom: object?["bom"] as? Bool ?? false, rows: object?["rows"] as? [[String]] ?? [])
}

/// What a spreadsheet should read for a SQLite value.
private func expectedCell(_ value: SQLiteValue, neutralize: Bool) -> String {
    switch value {
    case .null: return ""
    case .integer(let integer): return String(integer)
    case .real(let real): return CSVExporter.realText(real)
    case .text(let text):
        guard neutralize, let first = text.unicodeScalars.first else { return text }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first) ? "'" + text : text
    }
}

/// Articles whose cells attack a spreadsheet or a naive CSV writer.
private func hostileArticles() -> [AnalyzedArticle] {
    var first = ArticleBuilder(
        url: "https://news.example.kr/search?q=a,b&page=\"2\"",
        title: "=SUM(A1)",
        body: "그는 \"좋다, 아주 좋다\"라고 말했다.\r\n둘째 줄에는 삼성전자가 1,234,567,890,123,456,789원을 언급한다.\n셋째 줄 😀 이모지와 한글.",
        inputPath: "\tsamples/tab.html")
    first.author = "+82 10-1234-5678"
    first.source = "-1"
    first.addMoney("1,234,567,890,123,456,789원", 1_234_567_890_123_456_789)
    first.addEntity("삼성전자", type: .company, english: "Samsung Electronics")

    var second = ArticleBuilder(url: "https://news.example.kr/2", title: "\r캐리지 리턴 제목", body: "-1\n@x 로 시작하는 줄. 정부는 100경원을 언급했다.")
    second.author = "@x"
    second.publishedAt = nil
    second.publishedDate = nil
    second.addMoney("100경원", 1_000_000_000_000_000_000)
    second.entities = [Entity(name: "@멘션", type: .company, origin: .pattern, confidence: 0.55)]
    second.entityMentions = [EntityMention(entityName: "@멘션", field: .body, start: 3, end: 5, surface: "@x")]
    return [first.analyzed, second.analyzed, sampleArticle().analyzed]
}

@Suite struct CSVExporterTests {
    private func makeDatabase(_ folder: TemporaryFolder) throws -> String {
        let path = folder.file("knews.sqlite")
        try runOnce(path, hostileArticles())
        let store = try ArticleStore(path: path)
        let runID = try store.beginRun(startedAt: "2025-06-29T03:00:00+09:00", knewsVersion: "0.1.0", configSHA256: "b")
        try store.recordIssue(InputIssue(inputPath: "samples/bad,\"name\".html", stage: "extract", severity: .warning, message: "=cmd|' /C calc'!A0"), runID: runID)
        try store.finishRun(runID, summary: runSummary())
        // A negative number must stay a number.
        let database = try Database(path: path)
        try database.execute("UPDATE runs SET files_skipped = -1 WHERE run_id = 2")
        return path
    }

    @Test(arguments: [(true, true), (false, true), (true, false), (false, false)])
    func everyFileRoundTripsThroughPythonsCSVModule(byteOrderMark: Bool, neutralize: Bool) throws {
        let folder = try TemporaryFolder()
        let database = try makeDatabase(folder)
        let directory = folder.file("out/csv")
        try CSVExporter(options: CSVOptions(byteOrderMark: byteOrderMark, neutralizeFormulas: neutralize))
            .export(databaseAt: database, to: directory)

        let written = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(written == ["articles.csv", "date_mentions.csv", "entities.csv", "entity_mentions.csv",
                            "input_errors.csv", "money_mentions.csv", "runs.csv"])
        for table in CSVExporter.tables {
            let parsed = try parse(directory + "/" + table.file)
            #expect(parsed.bom == byteOrderMark, "\(table.file)")
            let stored = try rows(database, table.sql)
            #expect(parsed.rows.count == stored.count + 1, "\(table.file)")
            let expected = stored.map { $0.map { expectedCell($0, neutralize: neutralize) } }
            #expect(Array(parsed.rows.dropFirst()) == expected, "\(table.file)")
        }
    }

    /// One thread or several (a run passes its `--jobs`), the files are the same bytes.
    @Test(arguments: [1, 3, 8])
    func anyThreadCountWritesTheSameFiles(threads: Int) throws {
        let folder = try TemporaryFolder()
        let database = try makeDatabase(folder)
        try CSVExporter().export(databaseAt: database, to: folder.file("two"))
        try CSVExporter().export(databaseAt: database, to: folder.file("other"), threads: threads)
        for file in CSVExporter.fileNames {
            let two = try Data(contentsOf: URL(fileURLWithPath: folder.file("two/" + file)))
            let other = try Data(contentsOf: URL(fileURLWithPath: folder.file("other/" + file)))
            #expect(!two.isEmpty && two == other, "\(file)")
        }
    }

    @Test func headersCarryTheJoinedColumns() throws {
        let folder = try TemporaryFolder()
        let database = try makeDatabase(folder)
        let directory = folder.file("csv")
        try CSVExporter().export(databaseAt: database, to: directory)
        let headers = try Dictionary(uniqueKeysWithValues: CSVExporter.fileNames.map { ($0, try parse(directory + "/" + $0).rows.first ?? []) })
        #expect(headers["articles.csv"] == ["article_id", "url", "source", "title", "body", "published_at", "published_date", "author", "content_hash", "input_path", "run_id", "extraction_method", "published_local", "published_utc"])
        #expect(headers["money_mentions.csv"] == ["mention_id", "article_id", "published_at", "published_date", "title", "field", "start", "end", "surface", "currency", "amount_low", "amount_high", "amount_low_text", "amount_high_text", "amount_eok", "qualifier", "vague", "sentence", "kind", "entity_id", "owner"])
        #expect(headers["date_mentions.csv"] == ["mention_id", "article_id", "published_at", "published_date", "title", "field", "start", "end", "surface", "value", "date_start", "date_end", "precision", "relative", "qualifier", "sentence", "kind"])
        #expect(headers["entity_mentions.csv"] == ["mention_id", "article_id", "published_at", "published_date", "title", "entity_id", "name", "type", "field", "start", "end", "surface", "sentence"])
        #expect(headers["entities.csv"] == ["entity_id", "name", "type", "name_en", "origin", "confidence", "country", "evidence"])
        #expect(headers["runs.csv"]?.prefix(4) == ["run_id", "started_at", "finished_at", "status"])
        #expect(headers["input_errors.csv"] == ["error_id", "run_id", "input_path", "stage", "severity", "message"])
    }

    /// `split_by: month`: each month's files hold exactly that month's rows, and together the
    /// whole file's rows, in the same order and with the same header.
    @Test func monthlyFilesPartitionTheWholeFiles() throws {
        let folder = try TemporaryFolder()
        let database = folder.file("knews.sqlite")
        var undated = ArticleBuilder(url: "https://e.example.kr/9", title: "날짜 없는 기사", body: "기획재정부가 10억원을 쓴다.")
        undated.publishedAt = nil
        undated.publishedDate = nil
        undated.addMoney("10억원", 1_000_000_000)
        try runOnce(database, ViewTests.corpus() + [undated.analyzed])
        let directory = folder.file("csv")
        try CSVExporter(options: CSVOptions(splitByMonth: true)).export(databaseAt: database, to: directory)
        let months = try FileManager.default.contentsOfDirectory(atPath: directory + "/by_month").sorted()
        #expect(months == ["2025-06", "2025-07", "undated"])
        for file in ["articles.csv", "money_mentions.csv", "date_mentions.csv", "entity_mentions.csv"] {
            let whole = try parse(directory + "/" + file).rows
            var joined: [[String]] = []
            for month in months {
                let part = try parse(directory + "/by_month/\(month)/" + file).rows
                #expect(part.first == whole.first, "\(month)/\(file) header")
                let dateColumn = try #require(whole.first?.firstIndex(of: "published_date"))
                for row in part.dropFirst() {
                    #expect(month == "undated" ? row[dateColumn].isEmpty : row[dateColumn].hasPrefix(month), "\(month)/\(file)")
                }
                joined += part.dropFirst()
            }
            let key = { (row: [String]) in Int(row[0]) ?? 0 }
            #expect(joined.sorted { key($0) < key($1) } == Array(whole.dropFirst()), "\(file)")
        }
        #expect(try parse(directory + "/by_month/2025-06/articles.csv").rows.count == 3)
    }

    @Test func cellsAsASpreadsheetReadsThem() throws {
        let folder = try TemporaryFolder()
        let database = try makeDatabase(folder)
        let directory = folder.file("csv")
        try CSVExporter().export(databaseAt: database, to: directory)
        let articles = try parse(directory + "/articles.csv").rows
        #expect(articles[1][3] == "'=SUM(A1)")
        #expect(articles[1][2] == "'-1")
        #expect(articles[1][7] == "'+82 10-1234-5678")
        #expect(articles[1][9] == "'\tsamples/tab.html")
        #expect(articles[1][4].contains("\"좋다, 아주 좋다\"") && articles[1][4].contains("\r\n둘째") && articles[1][4].contains("😀"))
        #expect(articles[2][3] == "'\r캐리지 리턴 제목")
        #expect(articles[2][4].hasPrefix("'-1\n@x 로"), "only a cell's first character matters")
        #expect(articles[2][7] == "'@x")

        let money = try parse(directory + "/money_mentions.csv").rows
        // amount_low, amount_high, amount_low_text, amount_high_text, amount_eok
        #expect(Array(money[1][10...14]) == ["1234567890123456789", "1234567890123456789", "1234567890123456789", "1234567890123456789", "12345678901.234568"], "bare digits, the currency is its own column")
        #expect(Array(money[2][10...13]) == ["1000000000000000000", "1000000000000000000", "", ""], "1e18 has one significant digit")
        #expect(money[3][12] == "" && money[3][10] == "1000000000000")
        #expect(money[1][2] == "2025-06-27T17:12:00+09:00" && money[1][3] == "2025-06-27" && money[1][4] == "'=SUM(A1)")

        let runs = try parse(directory + "/runs.csv").rows
        #expect(runs[2][5] == "-1", "a negative number was neutralized")
        let errors = try parse(directory + "/input_errors.csv").rows
        #expect(errors[1] == ["1", "2", "samples/bad,\"name\".html", "extract", "warning", "'=cmd|' /C calc'!A0"])
        let entityMentions = try parse(directory + "/entity_mentions.csv").rows
        #expect(entityMentions[1][6...7] == ["삼성전자", "company"])
    }

    /// The exported expression tests the range before the text functions; it must fill the
    /// same cells as the plain significant-digit count it shortcuts, at every boundary.
    @Test func amountTextMatchesTheSignificantDigitRule() throws {
        let folder = try TemporaryFolder()
        let database = try Database(path: folder.file("amounts.sqlite"))
        try database.execute("CREATE TABLE m (amount_low INTEGER NOT NULL, currency TEXT NOT NULL)")
        var amounts: [Int64] = [0, 1, -1, Int64.max, Int64.min, Int64.min + 1]
        for power in 13...18 {
            let p = (0..<power).reduce(Int64(1)) { product, _ in product * 10 }
            amounts += [p - 1, p, p + 1, -(p - 1), -p, -(p + 1), p + 10, 3 * p + 7]
        }
        amounts += [999_999_999_999_999, 1_000_000_000_000_000, 1_000_000_000_000_001,
                    1_234_567_890_123_450, 1_234_567_890_123_456, -1_234_567_890_123_456, 120_000_000_000_000_000]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let digits = Int.random(in: 1...18, using: &generator)
            var value = Int64.random(in: 1...9, using: &generator)
            for _ in 1..<digits { value = value * 10 + (Bool.random(using: &generator) ? 0 : Int64.random(in: 0...9, using: &generator)) }
            amounts.append(Bool.random(using: &generator) ? value : -value)
        }
        let insert = try database.prepare("INSERT INTO m VALUES (?, 'KRW')")
        for amount in amounts {
            insert.bind(1, amount)
            try insert.run()
        }
        let plain = """
            CASE WHEN length(rtrim(ltrim(CAST(m.amount_low AS TEXT), '-'), '0')) > 15
                 THEN CAST(m.amount_low AS TEXT) END
            """
        let query = try database.prepare(
            "SELECT m.amount_low, \(CSVExporter.amountText("amount_low")), \(plain) FROM m ORDER BY rowid")
        var filled = 0
        while try query.step() {
            let amount = query.int64(0)
            let exported = query.isNull(1) ? nil : query.text(1)
            let expected = query.isNull(2) ? nil : query.text(2)
            #expect(exported == expected, "amount \(amount)")
            var significant = String(amount.magnitude)
            while significant.count > 1 && significant.hasSuffix("0") { significant.removeLast() }
            #expect((exported != nil) == (amount != 0 && significant.count > 15), "amount \(amount)")
            if exported != nil { filled += 1 }
        }
        #expect(filled > 100, "the sample must exercise filled cells, not only empty ones")
    }

    @Test func byteOrderMarkAndLineEnds() throws {
        let folder = try TemporaryFolder()
        let database = try makeDatabase(folder)
        try CSVExporter().export(databaseAt: database, to: folder.file("with"))
        try CSVExporter(options: CSVOptions(byteOrderMark: false)).export(databaseAt: database, to: folder.file("without"))
        let with = try Data(contentsOf: URL(fileURLWithPath: folder.file("with/entities.csv")))
        let without = try Data(contentsOf: URL(fileURLWithPath: folder.file("without/entities.csv")))
        #expect(Array(with.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(with.dropFirst(3) == without)
        #expect(String(decoding: without, as: UTF8.self).hasPrefix("entity_id,name,type,name_en,origin,confidence,country,evidence\r\n1,삼성전자,company,Samsung Electronics,gazetteer,1,,\r\n"))
    }

    @Test func rerunsReplaceFilesAtomicallyWithIdenticalBytes() throws {
        let folder = try TemporaryFolder()
        let database = try makeDatabase(folder)
        let directory = folder.file("csv")
        try CSVExporter().export(databaseAt: database, to: directory)
        let first = try CSVExporter.fileNames.map { try Data(contentsOf: URL(fileURLWithPath: directory + "/" + $0)) }
        // A stale temporary file from a killed export is overwritten, not left beside.
        try Data("half".utf8).write(to: URL(fileURLWithPath: directory + "/.articles.csv.tmp"))
        try CSVExporter().export(databaseAt: database, to: directory)
        let second = try CSVExporter.fileNames.map { try Data(contentsOf: URL(fileURLWithPath: directory + "/" + $0)) }
        #expect(first == second)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".tmp") } == [])
    }

    @Test func anUnwritableFolderIsReportedWithItsPath() throws {
        let folder = try TemporaryFolder()
        let database = try makeDatabase(folder)
        // Root ignores permission bits, so block the folder with a file in its way.
        let blocker = folder.file("blocker")
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: blocker))
        let directory = blocker + "/csv"
        do {
            try CSVExporter().export(databaseAt: database, to: directory)
            Issue.record("wrote into a file")
        } catch {
            guard case .cannotWrite(let path, let reason) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(path == directory)
            #expect(reason.contains("not a folder"))
            #expect(error.description.contains(directory) && error.description.contains("writable"))
        }
        do {
            try DatasetteMetadata.write(forDatabaseAt: blocker + "/knews.sqlite")
            Issue.record("wrote metadata into a file")
        } catch {
            #expect(error.description.contains(blocker))
        }
    }

    @Test func aMissingDatabaseIsADatabaseError() throws {
        let folder = try TemporaryFolder()
        let error = #expect(throws: ExportError.self) {
            try CSVExporter().export(databaseAt: folder.file("missing.sqlite"), to: folder.file("csv"))
        }
        guard case .database(let message) = error else {
            Issue.record("expected a database error, got \(String(describing: error))")
            return
        }
        #expect(message.contains("missing.sqlite"))
    }

    @Test func exportsFromTheLastCommitWhileARunIsOpen() throws {
        let folder = try TemporaryFolder()
        let database = try makeDatabase(folder)
        let store = try ArticleStore(path: database)
        let runID = try store.beginRun(startedAt: "2025-06-30T03:00:00+09:00", knewsVersion: "0.1.0", configSHA256: "")
        _ = try store.save(sampleArticle(url: "https://news.example.kr/uncommitted").analyzed, runID: runID)
        try CSVExporter().export(databaseAt: database, to: folder.file("csv"))
        #expect(try parse(folder.file("csv/articles.csv")).rows.count == 4)
        try store.finishRun(runID, summary: runSummary(inserted: 1))
        try CSVExporter().export(databaseAt: database, to: folder.file("csv"))
        #expect(try parse(folder.file("csv/articles.csv")).rows.count == 5)
        try expectIntact(database)
    }
}

@Suite struct DatasetteMetadataTests {
    @Test func describesEveryTableViewAndColumn() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        try runOnce(path, [sampleArticle().analyzed])
        try DatasetteMetadata.write(forDatabaseAt: path)
        let data = try python("""
            import json, sys
            print(json.dumps(json.load(open(sys.argv[1], encoding='utf-8'))))
            """, [folder.file("metadata.json")])
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((root["title"] as? String)?.isEmpty == false)
        let databases = try #require(root["databases"] as? [String: Any])
        let knews = try #require(databases["knews"] as? [String: Any])
        let tables = try #require(knews["tables"] as? [String: [String: Any]])

        let relations = try rows(path, "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite%' ORDER BY name")
            .compactMap { $0.first?.textValue }
        #expect(Set(tables.keys) == Set(relations))
        for relation in relations {
            let entry = try #require(tables[relation], "\(relation) missing")
            #expect((entry["description"] as? String)?.isEmpty == false, "\(relation)")
            let described = entry["columns"] as? [String: String] ?? [:]
            let actual = try rows(path, "SELECT name FROM pragma_table_info(?)", [.text(relation)]).compactMap { $0.first?.textValue }
            #expect(Set(described.keys) == Set(actual), "\(relation): metadata and schema disagree")
            for (column, text) in described {
                #expect(!text.isEmpty, "\(relation).\(column) has no description")
            }
        }
    }

    @Test func escapesJSONStrings() {
        #expect(DatasetteMetadata.quoted("a\"b\\c\nd\u{01}한") == "\"a\\\"b\\\\c\\nd\\u0001한\"")
        #expect(DatasetteMetadata.databaseName(of: "/srv/out/knews.sqlite") == "knews")
        #expect(DatasetteMetadata.databaseName(of: "knews.v2.db") == "knews.v2")
    }
}
