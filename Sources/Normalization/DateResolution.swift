import NewsModel

enum DateResolution {
    case resolved(ResolvedDate)
    /// Relative, and the publish time is unknown.
    case needsReference
    /// Names no real date (`2월 30일`).
    case invalid
}
