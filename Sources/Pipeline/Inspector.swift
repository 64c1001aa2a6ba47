import Export
import Extraction
import Foundation
import Logging
import NewsModel
import Normalization
import Tagging

/// The JSON-lines verbs (`knews extract`, `normalize`, `tag`): what each stage finds, without
/// a database, for tuning site profiles and for the evaluation scripts in Benchmarks/eval.
public struct Inspector: Sendable {
    public let config: PipelineConfig

    public init(config: PipelineConfig) {
        self.config = config
    }

    /// Extracts every page under `inputs` and writes one JSON object per article.
    /// Input problems go to `report` (stderr in the CLI), never into the JSON stream.
    /// - Returns: how many of them were errors (a missing file, an unreadable page): the CLI
    ///   exits 3 then, after processing everything else.
    @discardableResult
    public func extract(inputs: [String], write: (String) -> Void, report: (InputIssue) -> Void) throws(PipelineError) -> Int {
        var errors = 0
        return try withoutActuallyEscaping(report) { (passOn) throws(PipelineError) -> Int in
            let report = { (issue: InputIssue) in
                if issue.severity == .error { errors += 1 }
                passOn(issue)
            }
            try extract(inputs: inputs, write: write, noting: report)
            return errors
        }
    }

    private func extract(
        inputs: [String], write: (String) -> Void, noting report: (InputIssue) -> Void, explaining: Bool = false
    ) throws(PipelineError) {
        let problems = ArticleExtractor.validate(config.sites)
        guard problems.isEmpty else {
            throw .config(.invalidXPath(path: config.configPath, problems: problems))
        }
        guard let extractor = try? ArticleExtractor(profiles: config.sites) else {
            throw .config(.invalidXPath(path: config.configPath, problems: ["the site profiles could not be compiled"]))
        }
        let times = PublishTimeResolver(identifier: config.timeZoneIdentifier)
        let found = InputFinder.files(matching: inputs)
        found.issues.forEach(report)
        let reader = InputReader(maxDocumentBytes: config.maxInputBytes)
        let encoder = Self.encoder()
        for file in found.files {
            let outcome = reader.read(file) { document in
                let result: ExtractionResult
                if explaining {
                    let (explained, explanation) = extractor.explain(document)
                    result = explained
                    write("== \(document.path)")
                    for line in explanation.lines { write("  " + line) }
                } else {
                    result = extractor.extract(document)
                }
                result.issues.forEach(report)
                for article in result.articles {
                    let record = ExtractedRecord(
                        input_path: article.inputPath, url: article.url, source: article.source,
                        title: article.title, body: article.body,
                        published_at: times.resolve(article.published)?.iso8601, author: article.author,
                        extraction_method: article.extractionMethod?.rawValue)
                    write(Self.line(record, encoder))
                }
            }
            outcome.issues.forEach(report)
        }
    }

    /// Extracts each page and writes, before its JSON line, every candidate the extractor weighed
    /// for title, time, author and body and why the winner won (`knews extract --explain`).
    public func explain(inputs: [String], write: (String) -> Void, report: (InputIssue) -> Void) throws(PipelineError) {
        try extract(inputs: inputs, write: write, noting: report, explaining: true)
    }

    /// Reads `{"id", "text", "published_at"}` lines (optionally `"title"`) and writes the money
    /// and date mentions of each, through the same code path as `knews run`: organizations are
    /// tagged too, so each amount's `owner` is what the database's `money_mentions.entity_id`
    /// would name. `text` is the body: its first line is the lead that names the story day.
    ///
    /// A line that is not a JSON object, or whose `published_at` cannot be read, goes to
    /// `report` and the stream goes on with the next line (a bad `published_at` line is still
    /// written, with relative dates left unresolved).
    /// - Returns: how many lines were reported.
    @discardableResult
    public func normalize(lines: AnySequence<String>, write: (String) -> Void, report: (String) -> Void = { _ in }) throws(PipelineError) -> Int {
        let normalizer = Normalizer()
        let tagger = try PipelineRunner.makeTagger(config: config, logger: Logger(label: "knews", factory: { _ in SwiftLogNoOpLogHandler() }))
        let times = PublishTimeResolver(identifier: config.timeZoneIdentifier)
        let encoder = Self.encoder()
        var problems = 0
        for (number, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let object: [String: Any]
            do {
                object = try Self.object(line, number: number + 1)
            } catch {
                report("\(error)")
                problems += 1
                continue
            }
            let text = object["text"] as? String ?? ""
            let published = (object["published_at"] as? String).flatMap(Self.parseTimestamp)
            if published == nil, let given = object["published_at"], !(given is NSNull) {
                report("input line \(number + 1): published_at \"\(given)\" is not a date or time such as 2025-06-27T17:12:00+09:00; relative dates were left unresolved")
                problems += 1
            }
            let reference = times.resolve(published)?.local
            let title = object["title"] as? String ?? ""
            let result = ArticleAnalyzer.mentions(
                title: title, body: text, reference: reference, normalizer: normalizer, tagger: tagger)
            // Offsets are into `text`; title mentions (only with a "title" key) say so.
            let record = NormalizedRecord(
                id: Self.identifier(object["id"], number: number + 1),
                money: result.money.map {
                    MoneyRecord(field: $0.field.rawValue, start: $0.start, end: $0.end, surface: $0.surface,
                                currency: $0.currency, amount_low: $0.amountLow, amount_high: $0.amountHigh,
                                qualifier: $0.qualifier?.rawValue, vague: $0.vague, kind: $0.kind?.rawValue,
                                owner: $0.owner)
                },
                dates: result.dates.map {
                    DateRecord(field: $0.field.rawValue, start: $0.start, end: $0.end, surface: $0.surface,
                               value: $0.value, precision: $0.precision.rawValue, relative: $0.relative,
                               qualifier: $0.qualifier?.rawValue, kind: $0.kind.rawValue,
                               date_start: $0.dateStart, date_end: $0.dateEnd)
                },
                skipped_relative: result.skippedRelative, warnings: result.warnings)
            write(Self.line(record, encoder))
        }
        return problems
    }

    /// Reads `{"id", "title", "body"}` lines and writes the organizations tagged in each.
    /// A line that is not a JSON object goes to `report` and the stream goes on.
    /// - Returns: how many lines were reported.
    @discardableResult
    public func tag(lines: AnySequence<String>, write: (String) -> Void, report: (String) -> Void = { _ in }) throws(PipelineError) -> Int {
        let logger = Logger(label: "knews", factory: { _ in SwiftLogNoOpLogHandler() })
        let tagger = try PipelineRunner.makeTagger(config: config, logger: logger)
        let encoder = Self.encoder()
        var problems = 0
        // As a run: every line tagged, then the run-level pass (`RunLevelPass`, the code
        // `knews run` uses) adds the organizations discovered with strong evidence in any line
        // to every line that names them.
        var articles: [(number: Int, object: [String: Any], result: TaggingResult)] = []
        var discoveries = RunDiscoveries()
        for (number, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let object: [String: Any]
            do {
                object = try Self.object(line, number: number + 1)
            } catch {
                report("\(error)")
                problems += 1
                continue
            }
            let result = tagger.tag(title: object["title"] as? String ?? "", body: object["body"] as? String ?? "")
            discoveries.add(result)
            articles.append((number, object, result))
        }
        let pass = RunLevelPass.matcher(discoveries: discoveries, loaded: [], config: config)?.matcher
        for (number, object, tagged) in articles {
            var result = tagged
            if let pass {
                let own = result.mentions.map { (field: $0.field, start: $0.start, end: $0.end) }
                let added = RunLevelPass.additions(
                    pass, title: object["title"] as? String ?? "", body: object["body"] as? String ?? "", own: own)
                let known = Set(result.entities.map(\.name))
                let used = Set(added.mentions.map(\.entityName))
                result.entities += added.entities.filter { used.contains($0.name) && !known.contains($0.name) }
                result.mentions += added.mentions
            }
            let types = Dictionary(result.entities.map { ($0.name, $0.type.rawValue) }, uniquingKeysWith: { first, _ in first })
            let record = TaggedRecord(
                id: Self.identifier(object["id"], number: number + 1),
                entities: result.entities.map {
                    EntityRecord(name: $0.name, type: $0.type.rawValue, name_en: $0.nameEnglish,
                                 origin: $0.origin.rawValue, confidence: $0.confidence,
                                 country: $0.country, evidence: $0.evidence)
                },
                mentions: result.mentions.map {
                    MentionRecord(name: $0.entityName, type: types[$0.entityName] ?? "", field: $0.field.rawValue,
                                  start: $0.start, end: $0.end, surface: $0.surface)
                })
            write(Self.line(record, encoder))
        }
        return problems
    }

    /// Lists the discovered organizations of a database for review: a table, or gazetteer TSV
    /// (`tsv`) whose rows can be promoted into a user gazetteer or pasted into a reject list.
    public func discoveredEntities(
        sqlitePath: String, minConfidence: Double, tsv: Bool, write: (String) -> Void
    ) throws(PipelineError) {
        guard FileManager.default.fileExists(atPath: sqlitePath) else {
            throw .outputUnwritable(path: sqlitePath, reason: "no database here yet: run `knews run` first")
        }
        let found: [DiscoveredEntity]
        do {
            found = try ArticleStore.discoveredEntities(databaseAt: sqlitePath, minConfidence: minConfidence)
        } catch {
            throw .outputUnwritable(path: sqlitePath, reason: "\(error)")
        }
        let sorted = found.sorted { ($0.mentions, $1.entity.name) > ($1.mentions, $0.entity.name) }
        func clean(_ text: String?) -> String {
            String((text ?? "").map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
        }
        if tsv {
            write("# Organizations knews discovered in \(sqlitePath), most mentioned first.")
            write("# Promote: keep the rows you accept and list this file under `gazetteer:` in pipeline.yml.")
            write("# Reject: put the lines you refuse in a file listed under `reject:`.")
            write("name\ttype\tname_en\taliases")
            for item in sorted {
                let e = item.entity
                write("# confidence \(format2(e.confidence)), evidence \(clean(e.evidence)), \(item.mentions) mentions in \(item.articles) articles")
                write("\(clean(e.name))\t\(e.type.rawValue)\t\(clean(e.nameEnglish))\t")
            }
        } else {
            write("name\ttype\tconfidence\tevidence\tmentions\tarticles")
            for item in sorted {
                let e = item.entity
                write("\(clean(e.name))\t\(e.type.rawValue)\t\(format2(e.confidence))\t\(clean(e.evidence))\t\(item.mentions)\t\(item.articles)")
            }
        }
    }

    /// `2025-06-27T17:12:00+09:00`, `2025-06-27T08:12:00Z`, `2025-06-27T17:12` or `2025-06-27`.
    static func parseTimestamp(_ text: String) -> PublishTime? {
        let bytes = Array(text.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[from..<(from + count)] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2) else { return nil }
        var civil = CivilDateTime(year: year, month: month, day: day)
        var index = 10
        if bytes.count > 10, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ") {
            guard let hour = number(11, 2), let minute = number(14, 2) else { return nil }
            civil.hour = hour
            civil.minute = minute
            index = 16
            if bytes.count > 17, bytes[16] == UInt8(ascii: ":"), let second = number(17, 2) {
                civil.second = second
                index = 19
            }
            while index < bytes.count, bytes[index] == UInt8(ascii: ".") || (48...57).contains(bytes[index]) {
                index += 1
            }
        }
        guard civil.isValid else { return nil }
        guard index < bytes.count else { return PublishTime(civil: civil) }
        if bytes[index] == UInt8(ascii: "Z") { return PublishTime(civil: civil, utcOffsetSeconds: 0) }
        let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
        guard let hours = number(index + 1, 2) else { return PublishTime(civil: civil) }
        let minutes = number(index + 4, 2) ?? number(index + 3, 2) ?? 0
        return PublishTime(civil: civil, utcOffsetSeconds: sign * (hours * 3600 + minutes * 60))
    }

    private static func object(_ line: String, number: Int) throws(PipelineError) -> [String: Any] {
        guard let data = line.data(using: .utf8),
              let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw .usage("input line \(number) is not a JSON object")
        }
        return object
    }

    private static func identifier(_ value: Any?, number: Int) -> String {
        if let text = value as? String { return text }
        if let value { return "\(value)" }
        return String(number)
    }

    private static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }

    private static func line<T: Encodable>(_ value: T, _ encoder: JSONEncoder) -> String {
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

// Wire formats of the JSON-lines verbs; snake_case names match the SQLite columns.
private struct ExtractedRecord: Encodable {
    var input_path: String
    var url: String
    var source: String?
    var title: String
    var body: String
    var published_at: String?
    var author: String?
    var extraction_method: String?
}

private struct NormalizedRecord: Encodable {
    var id: String
    var money: [MoneyRecord]
    var dates: [DateRecord]
    var skipped_relative: Int
    var warnings: [String]
}

private struct MoneyRecord: Encodable {
    var field: String
    var start: Int
    var end: Int
    var surface: String
    var currency: String
    var amount_low: Int64
    var amount_high: Int64
    var qualifier: String?
    var vague: Bool
    var kind: String?
    var owner: String?

    /// `kind` and `owner` are written as JSON null when unknown, so a reader sees the key.
    enum CodingKeys: String, CodingKey {
        case field, start, end, surface, currency, amount_low, amount_high, qualifier, vague, kind, owner
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(field, forKey: .field)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(surface, forKey: .surface)
        try c.encode(currency, forKey: .currency)
        try c.encode(amount_low, forKey: .amount_low)
        try c.encode(amount_high, forKey: .amount_high)
        try c.encodeIfPresent(qualifier, forKey: .qualifier)
        try c.encode(vague, forKey: .vague)
        try c.encode(kind, forKey: .kind)
        try c.encode(owner, forKey: .owner)
    }
}

private struct DateRecord: Encodable {
    var field: String
    var start: Int
    var end: Int
    var surface: String
    var value: String
    var precision: String
    var relative: Bool
    var qualifier: String?
    var kind: String
    var date_start: String?
    var date_end: String?
}

private struct TaggedRecord: Encodable {
    var id: String
    var entities: [EntityRecord]
    var mentions: [MentionRecord]
}

private struct EntityRecord: Encodable {
    var name: String
    var type: String
    var name_en: String?
    var origin: String
    var confidence: Double
    var country: String?
    var evidence: String?
}

private struct MentionRecord: Encodable {
    var name: String
    var type: String
    var field: String
    var start: Int
    var end: Int
    var surface: String
}
