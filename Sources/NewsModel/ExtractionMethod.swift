/// How an article was found on its page, stored in `articles.extraction_method` so analysts
/// can audit rows that did not come from the page's visible markup.
public enum ExtractionMethod: String, Sendable, Hashable, CaseIterable {
    /// A site profile's XPaths.
    case profile
    /// The generic extractor on the page's markup.
    case dom
    /// The page's JSON-LD `articleBody` (the markup had no body).
    case jsonLD = "json-ld"
    /// A script's state object (Arc XP/Fusion, Next.js, `window.__INITIAL_STATE__`).
    case embeddedJSON = "embedded-json"
}
