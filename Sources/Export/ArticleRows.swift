import NewsModel

/// The rows one article puts into the tables, as values: what `ArticleStore.save` binds
/// (`knews run`) and what `knews analyze` prints as JSON, computed by this one type so the two
/// can never disagree.
///
/// Built with the `PreparedArticle` on the worker thread. The column lists are the ones the
/// INSERT statements name (`RunStatements` builds its SQL from them), so a column the run
/// writes cannot be missing here. Entities are named, not numbered: ids are local to one
/// database, and `resolved(entityID:)` turns the names into whatever ids its caller keeps
/// (the store's `entity_id`s, or `knews analyze`'s per-page numbering).
public struct ArticleRows: Sendable {
    /// `articles` columns in binding order. `run_id` is bound after them; `published_local`
    /// and `published_utc` are computed from `published_at` by SQL (`Schema.localTimeSQL`,
    /// `Schema.utcTimeSQL`; `PublishedTimeColumns` evaluates the same SQL for `analyze`).
    public static let articleColumns = [
        "url", "source", "title", "body", "published_at", "published_date", "author",
        "content_hash", "input_path", "analysis_hash", "extraction_method",
    ]
    /// Mention columns in binding order, without `article_id` (bound first) and `entity_id`
    /// (bound last, once resolved).
    public static let moneyColumns = [
        "field", "start", "end", "surface", "currency", "amount_low", "amount_high", "qualifier",
        "vague", "sentence", "kind",
    ]
    public static let dateColumns = [
        "field", "start", "end", "surface", "value", "precision", "relative", "qualifier",
        "sentence", "kind", "date_start", "date_end",
    ]
    public static let entityMentionColumns = ["field", "start", "end", "surface", "sentence"]
    public static let entityColumns = ["name", "type", "name_en", "origin", "confidence", "country", "evidence"]
    public static let issueColumns = ["input_path", "stage", "message", "severity"]

    /// Values in `articleColumns` order.
    public let article: [SQLiteValue]
    /// What decides whether a later copy of the URL replaces this one (`keepsStored`).
    public let version: Version
    let money: [(values: [SQLiteValue], owner: String?)]
    /// Values in `dateColumns` order (dates name no entity).
    public let dates: [[SQLiteValue]]
    let entityMentions: [(values: [SQLiteValue], entity: String)]
    /// The article's entities by name, for resolving its mentions.
    let entities: [EntityName: Entity]

    /// The stored fields that decide what saving another copy of a URL does.
    public struct Version: Sendable, Equatable {
        public var contentHash: String
        public var inputPath: String
        /// In Unicode scalars, as SQLite's `length(body)` counts.
        public var bodyLength: Int64
        public var analysisHash: String?

        public init(contentHash: String, inputPath: String, bodyLength: Int64, analysisHash: String?) {
            self.contentHash = contentHash
            self.inputPath = inputPath
            self.bodyLength = bodyLength
            self.analysisHash = analysisHash
        }
    }

    init(_ analyzed: AnalyzedArticle, analysisDigest: String) {
        let input = analyzed.article
        let titleSentences = SentenceIndex(input.title)
        let bodySentences = SentenceIndex(input.body)
        func sentence(_ field: TextField, _ offset: Int) -> Int {
            field == .title ? titleSentences.sentence(at: offset) : bodySentences.sentence(at: offset)
        }
        article = [
            .text(input.url), Self.value(input.source), .text(input.title), .text(input.body),
            Self.value(analyzed.publishedAt), Self.value(analyzed.publishedDate), Self.value(input.author),
            .text(analyzed.contentHash), .text(input.inputPath), .text(analysisDigest),
            Self.value(input.extractionMethod?.rawValue),
        ]
        version = Version(
            contentHash: analyzed.contentHash, inputPath: input.inputPath,
            bodyLength: Int64(input.body.unicodeScalars.count), analysisHash: analysisDigest)
        money = analyzed.money.map { money in
            ([
                .text(money.field.rawValue), .integer(Int64(money.start)), .integer(Int64(money.end)),
                .text(money.surface), .text(money.currency), .integer(money.amountLow), .integer(money.amountHigh),
                Self.value(money.qualifier?.rawValue), .integer(money.vague ? 1 : 0),
                .integer(Int64(sentence(money.field, money.start))), Self.value(money.kind?.rawValue),
            ], money.owner)
        }
        dates = analyzed.dates.map { date in
            [
                .text(date.field.rawValue), .integer(Int64(date.start)), .integer(Int64(date.end)),
                .text(date.surface), .text(date.value), .text(date.precision.rawValue),
                .integer(date.relative ? 1 : 0), Self.value(date.qualifier?.rawValue),
                .integer(Int64(sentence(date.field, date.start))), .text(date.kind.rawValue),
                Self.value(date.dateStart), Self.value(date.dateEnd),
            ]
        }
        entityMentions = analyzed.entityMentions.map { mention in
            (Self.entityMentionValues(mention, sentence: sentence(mention.field, mention.start)), mention.entityName)
        }
        var entities: [EntityName: Entity] = [:]
        for entity in analyzed.entities { entities[EntityName(entity.name)] = entity }
        self.entities = entities
    }

    /// Whether a row stored as `stored` stays as it is when this copy of its URL is saved:
    /// the same content analysed the same way, or another input's longer body (a list page's
    /// lead never overwrites the full article, whichever is read first).
    public func keepsStored(_ stored: Version) -> Bool {
        if stored.contentHash == version.contentHash {
            return stored.analysisHash == version.analysisHash
        }
        return stored.inputPath != version.inputPath && stored.bodyLength > version.bodyLength
    }

    /// The mention rows with their entity ids, each row's `entity_id` last. `entityID(name,
    /// given)` returns the id of the entity named `name`, storing or upgrading it with `given`
    /// (this article's entity of that name, if it has one), or nil when it knows none: the
    /// mention is then left out (it has no type to store). An amount's `entity_id` is its
    /// owner when the article mentions the owner, else NULL. Names are resolved in mention
    /// order, each once.
    public func resolved<Failure: Error>(
        entityID: (_ name: String, _ given: Entity?) throws(Failure) -> Int64?
    ) throws(Failure) -> (money: [[SQLiteValue]], dates: [[SQLiteValue]], entityMentions: [[SQLiteValue]]) {
        var ids: [EntityName: Int64] = [:]
        var unknown: Set<EntityName> = []
        var mentions: [[SQLiteValue]] = []
        mentions.reserveCapacity(entityMentions.count)
        for (values, name) in entityMentions {
            let key = EntityName(name)
            var id = ids[key]
            if id == nil, !unknown.contains(key) {
                id = try entityID(name, entities[key])
                if let id { ids[key] = id } else { unknown.insert(key) }
            }
            guard let id else { continue }
            mentions.append(values + [.integer(id)])
        }
        let money = money.map { values, owner in
            values + [owner.flatMap { ids[EntityName($0)] }.map { SQLiteValue.integer($0) } ?? .null]
        }
        return (money, dates, mentions)
    }

    /// The `entity_mentions` rows the run-level pass adds to an article with `title` and
    /// `body`, each row's `entity_id` last: `mentions` whose entity `entityID` resolves (as in
    /// `resolved`, `entities` giving each name's entity), in order.
    public static func runMentionRows<Failure: Error>(
        _ mentions: [EntityMention], entities: [Entity], title: String, body: String,
        entityID: (_ name: String, _ given: Entity?) throws(Failure) -> Int64?
    ) throws(Failure) -> [[SQLiteValue]] {
        var given: [EntityName: Entity] = [:]
        for entity in entities { given[EntityName(entity.name)] = entity }
        let titleSentences = SentenceIndex(title)
        let bodySentences = SentenceIndex(body)
        var rows: [[SQLiteValue]] = []
        for mention in mentions {
            guard let id = try entityID(mention.entityName, given[EntityName(mention.entityName)]) else { continue }
            let sentence = mention.field == .title
                ? titleSentences.sentence(at: mention.start) : bodySentences.sentence(at: mention.start)
            rows.append(entityMentionValues(mention, sentence: sentence) + [.integer(id)])
        }
        return rows
    }

    /// An `entity_mentions` row's values in `entityMentionColumns` order: the article's own
    /// mentions and those the run-level pass adds.
    public static func entityMentionValues(_ mention: EntityMention, sentence: Int) -> [SQLiteValue] {
        [
            .text(mention.field.rawValue), .integer(Int64(mention.start)), .integer(Int64(mention.end)),
            .text(mention.surface), .integer(Int64(sentence)),
        ]
    }

    /// An `entities` row's values in `entityColumns` order.
    public static func entityValues(_ entity: Entity) -> [SQLiteValue] {
        [
            .text(entity.name), .text(entity.type.rawValue), value(entity.nameEnglish),
            .text(entity.origin.rawValue), .real(entity.confidence), value(entity.country), value(entity.evidence),
        ]
    }

    /// An `input_errors` row's values in `issueColumns` order.
    public static func issueValues(_ issue: InputIssue) -> [SQLiteValue] {
        [.text(issue.inputPath), .text(issue.stage), .text(issue.message), .text(issue.severity.rawValue)]
    }

    static func value(_ text: String?) -> SQLiteValue {
        text.map { .text($0) } ?? .null
    }
}
