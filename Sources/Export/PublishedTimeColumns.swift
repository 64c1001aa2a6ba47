/// `articles.published_local` and `published_utc` for a `published_at`, by the SQL the
/// store's INSERT computes them with (`Schema.localTimeSQL`, `Schema.utcTimeSQL`), run on
/// an in-memory connection: `knews analyze` writes no table, yet its values are SQLite's own.
/// One prepared statement, no table: a step per dated article.
public final class PublishedTimeColumns {
    public static let columns = ["published_local", "published_utc"]
    private let database: Database
    private let select: Statement

    public init() throws(StoreError) {
        database = try Database(path: ":memory:")
        select = try database.prepare("SELECT \(Schema.localTimeSQL("?1")), \(Schema.utcTimeSQL("?1"))")
    }

    /// The two values for `publishedAt` (NULL for NULL, as the SQL gives).
    public func values(publishedAt: SQLiteValue) throws(StoreError) -> [SQLiteValue] {
        guard publishedAt != .null else { return [.null, .null] }
        select.bind(1, publishedAt)
        defer { select.reset() }
        guard try select.step() else { return [.null, .null] }
        return [select.value(0), select.value(1)]
    }
}
