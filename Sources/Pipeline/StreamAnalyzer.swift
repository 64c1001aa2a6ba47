import Export
import Extraction
import Foundation
import Logging
import NewsModel
import Normalization
import Tagging

/// `knews analyze`: the rows `knews run` would write, as JSON lines on standard output, one
/// page at a time, for callers that store them elsewhere (the Spark job in `spark/`).
///
/// The same code as `knews run`, not a copy of it: pages go through `DocumentWorker`, and each
/// article's rows are the `ArticleRows` values that `ArticleStore.save` binds (the column
/// lists of the INSERT statements come from that type), decided and resolved by the same
/// functions: whether a later copy of a URL replaces the printed one
/// (`ArticleRows.keepsStored`), which entity each mention names (`ArticleRows.resolved`, with
/// `EntityRegistry` applying the store's upgrade rule), the times SQLite derives from
/// `published_at` (`PublishedTimeColumns`, the schema's SQL), and the page's issues
/// (`RunWriter.issues`). No row goes through SQLite, which made `analyze` cost 1.35 times
/// `run`. Keys follow each table's column order as SQLite declares it (read once, at the
/// start); a table column the rows do not fill stops the call with an error, so a migration
/// cannot silently leave a column out. Ids local to one database are left out
/// (`article_id`, `run_id`, `mention_id`, `error_id`, `entity_id`); an `entity_id` becomes
/// `entity`, the entity's name.
///
/// Each line is one of:
/// - `{"type":"article", <articles columns>, "money_mentions":[…], "date_mentions":[…],
///   "entity_mentions":[…], "entities":[…]}`
/// - `{"type":"input_error", <input_errors columns>}`
/// - at the end, `{"type":"run_mentions","url":…,"entity_mentions":[…],"entities":[…]}` for
///   each article the run-level pass of discovery (`RunLevelPass`, the code `knews run` runs
///   after all pages) gives more mentions: a name discovered with strong evidence in one
///   article of this call, matched in another. The pass sees the articles of this call only.
///   It keeps every printed article's title, body and mention spans until the end: memory
///   grows with the text of the articles of one call, a few KB per article.
///
/// One difference from `run` remains: SQLite's CHECK constraints are not evaluated. A row
/// that breaks one (a stage's bug, never seen in the tests' corpora) is an `export` input
/// error in `run` and an ordinary line here.
public struct StreamAnalyzer: Sendable {
    public let config: PipelineConfig

    /// How `-` (standard input) is read.
    public struct StandardInput: Sendable {
        public enum Format: String, Sendable, CaseIterable {
            /// WARC, gzip or HTML, recognised by content as `knews run` does.
            case auto
            case warc
            case html
        }
        public var format: Format
        /// The page's URL, for a single HTML page (`--format html`).
        public var url: String?
        /// Recorded as `input_path` (and matched against site profiles) instead of `-`.
        public var name: String

        public init(format: Format = .auto, url: String? = nil, name: String = "-") {
            self.format = format
            self.url = url
            self.name = name
        }
    }

    public init(config: PipelineConfig) {
        self.config = config
    }

    /// Analyzes every input (`-` is standard input) and calls `write` with each line.
    /// Input problems become `input_error` lines; only a broken config or an unwritable
    /// temporary file throws.
    public func analyze(
        inputs: [String], standardInput: StandardInput = StandardInput(), write: (String) -> Void
    ) throws(PipelineError) {
        let session = try Session(config: config)
        let files = inputs.filter { $0 != "-" }
        let found = InputFinder.files(matching: files)
        var order = found.files.map { Optional($0) }
        if let position = inputs.firstIndex(of: "-") {
            // Standard input takes its place among the files named before and after it.
            let before = InputFinder.files(matching: Array(inputs[..<position].filter { $0 != "-" })).files.count
            order.insert(nil, at: min(before, order.count))
        }
        for issue in found.issues {
            session.issueLine(issue, write)
        }
        for file in order {
            if let file {
                try session.read(file, name: file.path, url: nil, write)
            } else {
                try analyzeStandardInput(standardInput, session: session, write)
            }
        }
        session.finish(config: config, write)
    }

    /// One line describing every table the lines fill: `{"type":"schema","tables":{"articles":
    /// [["url","TEXT"],…],…}}` with SQLite's declared types, left-out ids included, so that
    /// a reader (the Spark job) types its columns as the SQLite file does.
    public func schemaLine() throws(PipelineError) -> String {
        let store = try Session.makeStore()
        var tables = "{"
        for (index, table) in (["articles"] + ArticleStore.mentionTables + ["entities", "input_errors"]).enumerated() {
            let columns: [StoredRow]
            do {
                columns = try store.rows("PRAGMA table_info(\(table))")
            } catch {
                throw .outputUnwritable(path: "memory", reason: "\(error)")
            }
            if index > 0 { tables += "," }
            JSONLine.appendString(table, to: &tables)
            tables += ":["
            tables += columns.map { column in
                var pair = "["
                JSONLine.append(column["name"] ?? .null, to: &pair)
                pair += ","
                JSONLine.append(column["type"] ?? .null, to: &pair)
                return pair + "]"
            }.joined(separator: ",")
            tables += "]"
        }
        var line = JSONLine()
        line.add("type", "schema")
        line.add("tables", raw: tables + "}")
        return line.finished()
    }

    private func analyzeStandardInput(_ input: StandardInput, session: Session, _ write: (String) -> Void) throws(PipelineError) {
        // Readers need a file (they look at the first bytes before streaming), so standard
        // input is copied to one first, in chunks: a WARC crawl never sits in memory whole.
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("knews-analyze-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        let size: Int64
        do {
            size = try Self.copyStandardInput(to: temporary)
        } catch {
            throw .outputUnwritable(path: temporary, reason: "\(error)")
        }
        let file = InputFile(path: temporary, size: size, modifiedNanos: 0)
        if input.format != .auto, let problem = Self.formatProblem(temporary, expected: input.format) {
            session.issueLine(InputIssue(inputPath: input.name, stage: "read", message: problem), write)
            return
        }
        try session.read(file, name: input.name, url: input.format == .html ? input.url : nil, write)
    }

    /// Why the bytes at `path` are not of the `expected` format (gzip is looked through).
    static func formatProblem(_ path: String, expected: StandardInput.Format) -> String? {
        var isWARC = false
        let probe = InputReader(maxDocumentBytes: 1 << 30)
        _ = probe.read(InputFile(path: path, size: 0, modifiedNanos: 0)) { document in
            isWARC = isWARC || document.path.contains("#")
        }
        let head = (try? FileHandle(forReadingFrom: URL(fileURLWithPath: path)).read(upToCount: 5)).map { Array($0) } ?? []
        let warcMagic = head == Array("WARC/".utf8)
        switch expected {
        case .auto: return nil
        case .warc: return isWARC || warcMagic ? nil : "--format warc, but standard input is not a WARC stream"
        case .html: return isWARC || warcMagic ? "--format html, but standard input is a WARC stream" : nil
        }
    }

    private static func copyStandardInput(to path: String) throws -> Int64 {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? output.close() }
        var total: Int64 = 0
        while let chunk = try FileHandle.standardInput.read(upToCount: 1 << 20), !chunk.isEmpty {
            try output.write(contentsOf: chunk)
            total += Int64(chunk.count)
        }
        return total
    }

    /// The key order of every line, from the tables' columns as SQLite declares them: for each
    /// table, each JSON key with the position of its value among the values `ArticleRows`
    /// gives (`entity_id` last where a table has one, written as `entity`, the name).
    struct LineLayout {
        var articles: [(key: String, at: Int)] = []
        var mentions: [[(key: String, at: Int)]] = []
        var entities: [(key: String, at: Int)] = []
        var issues: [(key: String, at: Int)] = []
        /// Position of `published_at` among the article values.
        let publishedAt = ArticleRows.articleColumns.firstIndex(of: "published_at") ?? 0

        init(store: ArticleStore) throws(PipelineError) {
            func order(_ table: String, values: [String], leaving: Set<String>) throws(PipelineError) -> [(key: String, at: Int)] {
                let columns: [StoredRow]
                do {
                    columns = try store.rows("PRAGMA table_info(\(table))")
                } catch {
                    throw .outputUnwritable(path: "memory", reason: "\(error)")
                }
                var keys: [(key: String, at: Int)] = []
                for column in columns {
                    guard case let .text(name)? = column["name"], !leaving.contains(name) else { continue }
                    guard let at = values.firstIndex(of: name) else {
                        throw .outputUnwritable(path: "standard output", reason: "column \(table).\(name) has no value in knews analyze (ArticleRows); this knews is inconsistent with its schema")
                    }
                    keys.append((name == "entity_id" ? "entity" : name, at))
                }
                return keys
            }
            articles = try order("articles", values: ArticleRows.articleColumns + PublishedTimeColumns.columns,
                                 leaving: ["article_id", "run_id"])
            let mentionValues = [
                ArticleRows.moneyColumns + ["entity_id"], ArticleRows.dateColumns,
                ArticleRows.entityMentionColumns + ["entity_id"],
            ]
            for (table, values) in zip(ArticleStore.mentionTables, mentionValues) {
                mentions.append(try order(table, values: values, leaving: ["mention_id", "article_id"]))
            }
            entities = try order("entities", values: ArticleRows.entityColumns, leaving: ["entity_id"])
            issues = try order("input_errors", values: ArticleRows.issueColumns, leaving: ["error_id", "run_id"])
        }
    }

    /// The stages of one `analyze` call and what it remembers between pages.
    private final class Session {
        let worker: DocumentWorker
        let extractor: ArticleExtractor?
        let reader: InputReader
        let times: PublishedTimeColumns
        let layout: LineLayout
        /// The version of every URL printed, so a later copy is printed only where `knews run`
        /// would save it (insert or update), as the rows `run` keeps.
        var printed: [String: ArticleRows.Version] = [:]
        /// Every printed URL in first-print order (the order of `run`'s `article_id`s), with
        /// the latest printed title, body and own mention spans: the run-level pass's input.
        var passOrder: [String] = []
        var passTexts: [String: (title: String, body: String, spans: [(field: TextField, start: Int, end: Int)])] = [:]
        /// Strong discoveries of the printed articles, as `RunWriter` collects them.
        var discoveries = RunDiscoveries()

        init(config: PipelineConfig) throws(PipelineError) {
            let problems = ArticleExtractor.validate(config.sites)
            guard problems.isEmpty else {
                throw .config(.invalidXPath(path: config.configPath, problems: problems))
            }
            let quiet = Logger(label: "knews") { label in LineLogHandler(label: label, level: .error) }
            let tagger = try PipelineRunner.makeTagger(config: config, logger: quiet)
            let times = PublishTimeResolver(identifier: config.timeZoneIdentifier)
            let analyzer = ArticleAnalyzer(config: config, tagger: tagger, times: times)
            worker = DocumentWorker(profiles: config.sites, analyzer: analyzer)
            extractor = worker.makeExtractor()
            reader = InputReader(maxDocumentBytes: config.maxInputBytes)
            do {
                self.times = try PublishedTimeColumns()
            } catch {
                throw .outputUnwritable(path: "memory", reason: "\(error)")
            }
            layout = try LineLayout(store: try Self.makeStore())
        }

        static func makeStore() throws(PipelineError) -> ArticleStore {
            do {
                return try ArticleStore(path: ":memory:")
            } catch {
                throw .outputUnwritable(path: "memory", reason: "\(error)")
            }
        }

        /// Reads `file` page by page as `knews run` does, recording it as `name`.
        func read(_ file: InputFile, name: String, url: String?, _ write: (String) -> Void) throws(PipelineError) {
            let rename = { (path: String) in
                file.path == name || !path.hasPrefix(file.path) ? path : name + path.dropFirst(file.path.count)
            }
            var failure: PipelineError?
            let report = reader.read(file) { document in
                guard failure == nil else { return }
                var document = document
                document.path = rename(document.path)
                if let url { document.url = url }
                guard case let .analyzed(outcome) = worker.process(.document(document), extractor: extractor) else { return }
                do throws(PipelineError) { try page(outcome, write) } catch { failure = error }
            }
            if let failure { throw failure }
            for issue in report.issues {
                var issue = issue
                issue.inputPath = rename(issue.inputPath)
                issue.message = issue.message.replacingOccurrences(of: file.path, with: name)
                issueLine(issue, write)
            }
        }

        /// One page's lines: its issues, then each article `knews run` would save (insert or
        /// update), once per URL, with the page's entities as the `entities` table holds them
        /// after the page (one URL saved twice on a page is one line, the later copy).
        func page(_ outcome: DocumentOutcome, _ write: (String) -> Void) throws(PipelineError) {
            for issue in RunWriter.issues(of: outcome) {
                issueLine(issue, write)
            }
            var registry = EntityRegistry()
            var saved: [(rows: ArticleRows, mentions: [[[SQLiteValue]]])] = []
            var position: [String: Int] = [:]
            for article in outcome.articles {
                let prepared = article.prepared
                let url = prepared.article.article.url
                if let stored = printed[url], prepared.rows.keepsStored(stored) { continue }
                printed[url] = prepared.rows.version
                discoveries.add(prepared.article.entities)
                discoveries.add(acronyms: article.acronyms, entities: prepared.article.entities)
                if passTexts[url] == nil { passOrder.append(url) }
                passTexts[url] = (prepared.article.article.title, prepared.article.article.body,
                                  prepared.article.entityMentions.map { ($0.field, $0.start, $0.end) })
                let resolved = prepared.rows.resolved { name, given in registry.id(for: name, given: given) }
                let entry = (prepared.rows, [resolved.money, resolved.dates, resolved.entityMentions])
                if let at = position[url] {
                    saved[at] = entry
                } else {
                    position[url] = saved.count
                    saved.append(entry)
                }
            }
            for (rows, mentions) in saved {
                var line = JSONLine()
                line.add("type", "article")
                let published = rows.article[layout.publishedAt]
                let values: [SQLiteValue]
                do {
                    values = rows.article + (try times.values(publishedAt: published))
                } catch {
                    throw .outputUnwritable(path: "memory", reason: "\(error)")
                }
                for (key, at) in layout.articles {
                    line.add(key, values[at])
                }
                for (table, (keys, tableRows)) in zip(ArticleStore.mentionTables, zip(layout.mentions, mentions)) {
                    line.add(table, raw: array(tableRows, keys: keys, registry: registry))
                }
                line.add("entities", raw: entities(in: mentions, keys: layout.mentions, registry: registry))
                write(line.finished())
            }
        }

        func issueLine(_ issue: InputIssue, _ write: (String) -> Void) {
            var line = JSONLine()
            line.add("type", "input_error")
            let values = ArticleRows.issueValues(issue)
            for (key, at) in layout.issues {
                line.add(key, values[at])
            }
            write(line.finished())
        }

        /// Runs the run-level pass over every article of this call and writes a `run_mentions`
        /// line for each article it gives more mentions, in article order, with the entities as
        /// the store holds them after the pass.
        func finish(config: PipelineConfig, _ write: (String) -> Void) {
            guard let (matcher, _) = RunLevelPass.matcher(discoveries: discoveries, loaded: [], config: config) else { return }
            var registry = EntityRegistry()
            var added: [(url: String, mentions: [[SQLiteValue]])] = []
            for url in passOrder {
                guard let text = passTexts[url] else { continue }
                let (entities, mentions) = RunLevelPass.additions(matcher, title: text.title, body: text.body, own: text.spans)
                guard !mentions.isEmpty else { continue }
                let rows = ArticleRows.runMentionRows(
                    mentions, entities: entities, title: text.title, body: text.body
                ) { name, given in registry.id(for: name, given: given) }
                if !rows.isEmpty { added.append((url, rows)) }
            }
            let keys = layout.mentions[2]
            for (url, rows) in added {
                var line = JSONLine()
                line.add("type", "run_mentions")
                line.add("url", .text(url))
                line.add("entity_mentions", raw: array(rows, keys: keys, registry: registry))
                line.add("entities", raw: entities(in: [rows], keys: [keys], registry: registry))
                write(line.finished())
            }
        }

        /// Mention rows as a JSON array, `entity_id` written as the entity's name.
        func array(_ rows: [[SQLiteValue]], keys: [(key: String, at: Int)], registry: EntityRegistry) -> String {
            "[" + rows.map { row in
                var object = JSONLine()
                for (key, at) in keys {
                    object.add(key, key == "entity" ? name(row[at], registry) : row[at])
                }
                return object.finished()
            }.joined(separator: ",") + "]"
        }

        /// The entities `tables`' rows name, in the order they are first named (tables in
        /// order, rows in order), as a JSON array of `entities` rows.
        func entities(in tables: [[[SQLiteValue]]], keys: [[(key: String, at: Int)]], registry: EntityRegistry) -> String {
            var ids: [Int64] = []
            for (rows, keys) in zip(tables, keys) {
                guard let at = keys.first(where: { $0.key == "entity" })?.at else { continue }
                for row in rows {
                    if case let .integer(id) = row[at], !ids.contains(id) { ids.append(id) }
                }
            }
            return "[" + ids.map { id in
                let values = ArticleRows.entityValues(registry.entities[Int(id)])
                var object = JSONLine()
                for (key, at) in layout.entities {
                    object.add(key, values[at])
                }
                return object.finished()
            }.joined(separator: ",") + "]"
        }

        func name(_ id: SQLiteValue, _ registry: EntityRegistry) -> SQLiteValue {
            guard case let .integer(number) = id, registry.entities.indices.contains(Int(number)) else { return .null }
            return .text(registry.entities[Int(number)].name)
        }
    }
}
