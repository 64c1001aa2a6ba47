import Export
import Extraction
import Foundation
import Logging
import NewsModel
import Normalization

/// `knews analyze`: the rows `knews run` would write, as JSON lines on standard output, one
/// page at a time, for callers that store them elsewhere (the Spark job in `spark/`).
///
/// The same code as `knews run`, not a copy of it: pages go through `DocumentWorker` and
/// `RunWriter` into an `ArticleStore` held in memory, and after every page the rows it wrote
/// are read back and deleted (`ArticleStore.drainOpenRun`; article rows stay for the end).
/// So the lines carry exactly the columns and values of the SQLite tables, and a column a
/// migration adds appears in them without a change here. Ids local to one database are left
/// out (`article_id`, `run_id`, `mention_id`, `error_id`, `entity_id`); an `entity_id`
/// becomes `entity`, the entity's name.
///
/// Each line is one of:
/// - `{"type":"article", <articles columns>, "money_mentions":[…], "date_mentions":[…],
///   "entity_mentions":[…], "entities":[…]}`
/// - `{"type":"input_error", <input_errors columns>}`
/// - at the end, `{"type":"run_mentions","url":…,"entity_mentions":[…],"entities":[…]}` for
///   each article the run-level pass of discovery (`RunLevelPass`, the code `knews run` runs
///   after all pages) gives more mentions: a name discovered with strong evidence in one
///   article of this call, matched in another. The pass sees the articles of this call only.
///   It keeps every article's text (in the in-memory store) and its mention spans until the
///   end: memory grows with the text of the articles of one call, a few KB per article.
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
            session.writer.record(issue)
        }
        try session.emit(write)
        for file in order {
            if let file {
                try session.read(file, name: file.path, url: nil, write)
            } else {
                try analyzeStandardInput(standardInput, session: session, write)
            }
        }
        try session.finish(config: config, write)
        if let failure = session.writer.failure {
            throw .outputUnwritable(path: "memory", reason: "\(failure)")
        }
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
            session.writer.record(InputIssue(inputPath: input.name, stage: "read", message: problem))
            try session.emit(write)
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

    /// The stages and the in-memory store of one `analyze` call.
    private final class Session {
        let worker: DocumentWorker
        let extractor: ArticleExtractor?
        let reader: InputReader
        let store: ArticleStore
        var writer: RunWriter

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
            store = try Self.makeStore()
            let runID: Int64
            do {
                runID = try store.beginRun(startedAt: times.now(), knewsVersion: KnewsVersion.current, configSHA256: config.sha256)
            } catch {
                throw .outputUnwritable(path: "memory", reason: "\(error)")
            }
            writer = RunWriter(store: store, runID: runID, logger: quiet, showProgress: false, totalFiles: 0)
            writer.mentionSpans = [:]  // drained mentions cannot be read back for the run-level pass
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
                writer.handle(worker.process(.document(document), extractor: extractor))
                do throws(PipelineError) { try emit(write) } catch { failure = error }
            }
            if let failure { throw failure }
            let issues = report.issues.map { issue in
                var issue = issue
                issue.inputPath = rename(issue.inputPath)
                issue.message = issue.message.replacingOccurrences(of: file.path, with: name)
                return issue
            }
            writer.handle(.fileFinished(FileOutcome(
                path: name, fingerprint: nil, skipped: false, documents: report.documents,
                skippedRecords: report.skippedRecords, bytes: file.size, issues: issues, readSeconds: 0)))
            try emit(write)
        }

        /// Runs the run-level pass over every article of this call and writes a `run_mentions`
        /// line for each article it gives more mentions, in article order.
        func finish(config: PipelineConfig, _ write: (String) -> Void) throws(PipelineError) {
            try emit(write)
            let written: WrittenRows
            do {
                try store.reattachDrainedArticles()
                _ = try RunLevelPass.addMentions(
                    store: store, runID: writer.runID, discoveries: writer.discoveries, loaded: [],
                    spans: writer.mentionSpans, config: config)
                written = try store.drainOpenRun()
            } catch {
                throw .outputUnwritable(path: "memory", reason: "\(error)")
            }
            for article in written.articles {
                let mentions = article.mentions["entity_mentions"] ?? []
                guard !mentions.isEmpty else { continue }
                let names = Self.entityNames(article.entities)
                var line = JSONLine()
                line.add("type", "run_mentions")
                line.add("url", article.article["url"] ?? .null)
                line.add("entity_mentions", raw: Self.array(mentions, leaving: ["mention_id", "article_id"], names: names))
                line.add("entities", raw: Self.array(article.entities, leaving: ["entity_id"], names: names))
                write(line.finished())
            }
        }

        static func entityNames(_ entities: [StoredRow]) -> [Int64: String] {
            var names: [Int64: String] = [:]
            for entity in entities {
                if case let .integer(id)? = entity["entity_id"], case let .text(name)? = entity["name"] { names[id] = name }
            }
            return names
        }

        /// Writes the lines for what the store holds, then empties it.
        func emit(_ write: (String) -> Void) throws(PipelineError) {
            if let failure = writer.failure {
                throw .outputUnwritable(path: "memory", reason: "\(failure)")
            }
            let written: WrittenRows
            do {
                written = try store.drainOpenRun()
            } catch {
                throw .outputUnwritable(path: "memory", reason: "\(error)")
            }
            for issue in written.inputErrors {
                var line = JSONLine()
                line.add("type", "input_error")
                Self.addColumns(of: issue, to: &line, leaving: ["error_id", "run_id"], names: [:])
                write(line.finished())
            }
            for article in written.articles {
                let names = Self.entityNames(article.entities)
                var line = JSONLine()
                line.add("type", "article")
                Self.addColumns(of: article.article, to: &line, leaving: ["article_id", "run_id"], names: names)
                for table in ArticleStore.mentionTables {
                    line.add(table, raw: Self.array(article.mentions[table] ?? [], leaving: ["mention_id", "article_id"], names: names))
                }
                line.add("entities", raw: Self.array(article.entities, leaving: ["entity_id"], names: names))
                write(line.finished())
            }
        }

        static func array(_ rows: [StoredRow], leaving: Set<String>, names: [Int64: String]) -> String {
            "[" + rows.map { row in
                var object = JSONLine()
                addColumns(of: row, to: &object, leaving: leaving, names: names)
                return object.finished()
            }.joined(separator: ",") + "]"
        }

        /// Every column but the ids in `leaving`; an `entity_id` becomes `entity`, the name.
        static func addColumns(of row: StoredRow, to line: inout JSONLine, leaving: Set<String>, names: [Int64: String]) {
            for (column, value) in zip(row.columns, row.values) where !leaving.contains(column) {
                if column == "entity_id" {
                    if case let .integer(id) = value, let name = names[id] {
                        line.add("entity", .text(name))
                    } else {
                        line.add("entity", .null)
                    }
                } else {
                    line.add(column, value)
                }
            }
        }
    }
}
