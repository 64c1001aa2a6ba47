import NewsModel

/// Which entity a mention names: a gazetteer entry or an organization learnt from this article.
enum EntityRef: Hashable, Sendable {
    case gazetteer(Int)
    case local(Int)
}
