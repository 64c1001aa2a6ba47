/// One headline candidate of the generic extractor, with the score that ranks it.
struct TitleCandidate {
    enum Source: String {
        case jsonLD = "json-ld headline"
        case og = "og:title"
        case twitter = "twitter:title"
        case embedded = "embedded JSON headline"
        case h1 = "visible heading before the body"
        case heading = "visible heading"
        case titleElement = "<title>"
    }

    var source: Source
    var text: String
    /// Letters and digits only, lowercased: what two spellings of one headline share.
    var key: String
    var score: Float
}
