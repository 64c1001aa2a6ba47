/// One saved article read back from the store: its `articles` row, its rows in each mention
/// table (`ArticleStore.mentionTables`, in `mention_id` order) and the `entities` rows those
/// mentions reference.
public struct WrittenArticle: Sendable {
    public let article: StoredRow
    /// Keyed by table name; every table of `ArticleStore.mentionTables` is present.
    public let mentions: [String: [StoredRow]]
    public let entities: [StoredRow]
}

/// What an open run wrote since the last drain, in the order it was written.
public struct WrittenRows: Sendable {
    public var inputErrors: [StoredRow] = []
    public var articles: [WrittenArticle] = []
}
