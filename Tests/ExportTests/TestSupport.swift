import Foundation
import NewsModel
import Testing
@testable import Export

/// A fresh folder per test, removed when the test ends.
final class TemporaryFolder {
    let path: String

    init() throws {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("knews-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        path = url.path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(_ name: String) -> String { path + "/" + name }
}

let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

/// Builds articles whose mention offsets are computed from the text, so every mention
/// satisfies `field[start:end] == surface` like the real stages' output.
struct ArticleBuilder {
    var url: String
    var title: String
    var body: String
    var inputPath: String
    var source: String? = "examplenews"
    var author: String? = "김기자"
    var publishedAt: String? = "2025-06-27T17:12:00+09:00"
    var publishedDate: String? = "2025-06-27"
    var money: [MoneyMention] = []
    var dates: [DateMention] = []
    var entities: [Entity] = []
    var entityMentions: [EntityMention] = []

    init(url: String, title: String, body: String, inputPath: String = "samples/a.html") {
        self.url = url
        self.title = title
        self.body = body
        self.inputPath = inputPath
    }

    func text(_ field: TextField) -> String { field == .title ? title : body }

    /// Scalar offsets of the `occurrence`-th (0-based) appearance of `surface` in the field.
    func offsets(of surface: String, in field: TextField, occurrence: Int = 0) -> (Int, Int) {
        let haystack = Array(text(field).unicodeScalars)
        let needle = Array(surface.unicodeScalars)
        var seen = 0
        var index = 0
        while index + needle.count <= haystack.count {
            if Array(haystack[index..<index + needle.count]) == needle {
                if seen == occurrence { return (index, index + needle.count) }
                seen += 1
            }
            index += 1
        }
        Issue.record("\(surface) not in \(field)")
        return (0, 0)
    }

    mutating func addMoney(
        _ surface: String, _ low: Int64, _ high: Int64? = nil, currency: String = "KRW",
        field: TextField = .body, occurrence: Int = 0, qualifier: MoneyQualifier? = nil, vague: Bool = false
    ) {
        let (start, end) = offsets(of: surface, in: field, occurrence: occurrence)
        money.append(MoneyMention(
            field: field, start: start, end: end, surface: surface, currency: currency,
            amountLow: low, amountHigh: high ?? low, qualifier: qualifier, vague: vague))
    }

    mutating func addDate(
        _ surface: String, _ value: String, _ precision: DatePrecision, field: TextField = .body,
        relative: Bool = false, qualifier: DateQualifier? = nil
    ) {
        let (start, end) = offsets(of: surface, in: field)
        dates.append(DateMention(
            field: field, start: start, end: end, surface: surface, value: value,
            precision: precision, relative: relative, qualifier: qualifier))
    }

    mutating func addEntity(
        _ name: String, surface: String? = nil, type: EntityType = .agency, english: String? = nil,
        origin: EntityOrigin = .gazetteer, confidence: Double = 1, field: TextField = .body,
        occurrence: Int = 0
    ) {
        let surface = surface ?? name
        let (start, end) = offsets(of: surface, in: field, occurrence: occurrence)
        if !entities.contains(where: { $0.name == name }) {
            entities.append(Entity(name: name, type: type, nameEnglish: english, origin: origin, confidence: confidence))
        }
        entityMentions.append(EntityMention(entityName: name, field: field, start: start, end: end, surface: surface))
    }

    /// The content hash the pipeline would compute changes exactly when a stored column
    /// would; a digest of the same inputs is enough for the store, which only compares it.
    var contentHash: String {
        var hasher = FNV()
        for part in [title, body, publishedAt ?? "", author ?? ""] { hasher.add(part); hasher.add("\u{0}") }
        return hasher.hex
    }

    var analyzed: AnalyzedArticle {
        AnalyzedArticle(
            article: Article(
                url: url, source: source, title: title, body: body, author: author, inputPath: inputPath),
            publishedAt: publishedAt, publishedDate: publishedDate, contentHash: contentHash,
            money: money, dates: dates, entities: entities, entityMentions: entityMentions)
    }
}

/// 64-bit FNV-1a, printed twice to look like the 64-hex-digit SHA-256 the pipeline stores.
struct FNV {
    var state: UInt64 = 0xcbf2_9ce4_8422_2325
    mutating func add(_ text: String) {
        for byte in text.utf8 {
            state ^= UInt64(byte)
            state &*= 0x100_0000_01b3
        }
    }
    var hex: String {
        let digits = String(state, radix: 16)
        let padded = String(repeating: "0", count: 16 - digits.count) + digits
        return String(repeating: padded, count: 4)
    }
}

/// The realistic article most tests use: amounts, dates and organizations in two sentences
/// of the body and one in the title.
func sampleArticle(url: String = "https://news.example.kr/article/1", inputPath: String = "samples/a.html") -> ArticleBuilder {
    var builder = ArticleBuilder(
        url: url,
        title: "과기정통부, AI 반도체에 1조원 투입",
        body: "과학기술정보통신부는 27일 AI 반도체 사업에 내년까지 1조원을 투입한다고 밝혔다. "
            + "네이버는 별도로 500억원을 투자한다.\n정보통신산업진흥원(NIPA)이 사업을 맡는다.",
        inputPath: inputPath)
    builder.addMoney("1조원", 1_000_000_000_000, field: .title)
    builder.addMoney("1조원", 1_000_000_000_000)
    builder.addMoney("500억원", 50_000_000_000)
    builder.addDate("27일", "2025-06-27", .day, relative: true)
    builder.addDate("내년까지", "2026", .year, relative: true, qualifier: .until)
    builder.addEntity("과학기술정보통신부", surface: "과기정통부", english: "Ministry of Science and ICT", field: .title)
    builder.addEntity("과학기술정보통신부", english: "Ministry of Science and ICT")
    builder.addEntity("네이버", type: .company, english: "NAVER")
    builder.addEntity("정보통신산업진흥원", english: "NIPA")
    return builder
}

func runSummary(status: String = "success", inserted: Int = 0, updated: Int = 0, unchanged: Int = 0) -> RunSummary {
    RunSummary(
        finishedAt: "2025-06-28T03:00:10+09:00", status: status, filesSeen: inserted + updated + unchanged,
        filesSkipped: 0, articlesInserted: inserted, articlesUpdated: updated,
        articlesUnchanged: unchanged, inputErrors: 0)
}

/// Opens the store, saves `articles` in one run and finishes it; returns the outcomes.
@discardableResult
func runOnce(_ path: String, _ articles: [AnalyzedArticle], startedAt: String = "2025-06-28T03:00:00+09:00") throws -> [SaveOutcome] {
    let store = try ArticleStore(path: path)
    let runID = try store.beginRun(startedAt: startedAt, knewsVersion: "0.1.0", configSHA256: String(repeating: "a", count: 64))
    var outcomes: [SaveOutcome] = []
    for article in articles {
        outcomes.append(try store.save(article, runID: runID))
    }
    try store.finishRun(runID, summary: runSummary(
        inserted: outcomes.filter { $0 == .inserted }.count,
        updated: outcomes.filter { $0 == .updated }.count,
        unchanged: outcomes.filter { $0 == .unchanged }.count))
    return outcomes
}

func rows(_ path: String, _ sql: String, _ arguments: [SQLiteValue] = []) throws -> [[SQLiteValue]] {
    try ArticleStore.query(databaseAt: path, sql, arguments)
}

/// Drops what schema v9 added, so that a file this knews wrote looks like one from before v9
/// when a test then sets an older `user_version` (the upgrade creates them again).
func dropVersion9(_ database: Database) throws {
    try database.execute("DROP VIEW IF EXISTS entity_cooccurrence_by_month")
    try database.execute("DROP TABLE rollup_entity_cooccurrence_by_month")
    try database.execute("DROP INDEX rollup_money_readme")
}

func count(_ path: String, _ table: String) throws -> Int64 {
    try rows(path, "SELECT count(*) FROM \(table)").first?.first?.integerValue ?? -1
}

/// Every row of every data table (not `runs`, whose timestamps differ between runs), in
/// primary-key order: two dumps are equal exactly when the data is.
func dataDump(_ path: String) throws -> [String: [[SQLiteValue]]] {
    var dump: [String: [[SQLiteValue]]] = [:]
    for table in ["articles", "money_mentions", "date_mentions", "entities", "entity_mentions", "input_errors", "inputs"] {
        dump[table] = try rows(path, "SELECT * FROM \(table) ORDER BY 1")
    }
    return dump
}

/// `PRAGMA integrity_check` says ok and `PRAGMA foreign_key_check` finds nothing.
func expectIntact(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    #expect(try rows(path, "PRAGMA integrity_check") == [[.text("ok")]], sourceLocation: sourceLocation)
    #expect(try rows(path, "PRAGMA foreign_key_check") == [], sourceLocation: sourceLocation)
}

/// Runs `python3 -c script args…` and returns its standard output.
func python(_ script: String, _ arguments: [String]) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script] + arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    if process.terminationStatus != 0 {
        Issue.record("python3 failed: \(errorText)")
    }
    return data
}
