import NewsModel

/// Anchor for `이날`/`전날`: the day last named in the field and whether it was relative.
struct DayAnchor {
    var day: Int
    var relative: Bool
}
