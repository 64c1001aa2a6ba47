import NewsModel

/// One mention while an article is being tagged; `field` is 0 for the title, 1 for the body.
struct Found: Sendable {
    var field: Int
    var span: TextSpan
    var ref: EntityRef
    /// Index of the gazetteer surface matched, whose `String` is reused; -1 for other mentions.
    var surface: Int32 = -1
}
