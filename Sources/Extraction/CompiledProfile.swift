import NewsModel

/// A site profile with its XPath expressions compiled once per extractor.
final class CompiledProfile {
    let profile: SiteProfile
    let item: CompiledXPath?
    let title: CompiledXPath
    let body: CompiledXPath
    let url: CompiledXPath?
    let published: CompiledXPath?
    let author: CompiledXPath?

    init(_ profile: SiteProfile) throws(ExtractionError) {
        self.profile = profile
        func required(_ field: String, _ expression: String) throws(ExtractionError) -> CompiledXPath {
            guard let compiled = CompiledXPath(expression) else {
                throw .invalidXPath(site: profile.name, field: field, expression: expression)
            }
            return compiled
        }
        func compile(_ field: String, _ expression: String?) throws(ExtractionError) -> CompiledXPath? {
            guard let expression else { return nil }
            return try required(field, expression)
        }
        item = try compile("item", profile.item)
        title = try required("title", profile.title)
        body = try required("body", profile.body)
        url = try compile("url", profile.url)
        published = try compile("published", profile.published)
        author = try compile("author", profile.author)
    }

    /// Whether the profile's `match` glob matches the document (full path, file name or URL).
    func matches(_ document: InputDocument) -> Bool {
        let pattern = profile.match
        if Glob.matches(pattern, document.path) { return true }
        if let slash = document.path.lastIndex(of: "/") {
            if Glob.matches(pattern, String(document.path[document.path.index(after: slash)...])) { return true }
        }
        if let url = document.url {
            if Glob.matches(pattern, url) { return true }
            // The URL's last path segment, without query or fragment, plays the file name.
            let path = url.prefix { $0 != "?" && $0 != "#" }
            if let slash = path.lastIndex(of: "/"), Glob.matches(pattern, String(path[path.index(after: slash)...])) { return true }
        }
        return false
    }
}
