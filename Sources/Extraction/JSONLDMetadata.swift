import Foundation

/// What a page's JSON-LD says about its article.
///
/// Parsed with JSONSerialization once per page (a few hundred bytes of metadata), in a file of
/// its own so Foundation never meets the libxml2 headers.
struct JSONLDMetadata {
    var headline: String?
    var datePublished: String?
    var authors: [String] = []
    var url: String?
    var publisherName: String?
    /// `articleBody`, for pages whose markup holds no body (kept raw: it may carry newlines).
    var articleBody: String?
    /// True when an object typed NewsArticle/Article/ReportageNewsArticle (or kin) was found.
    var isArticle = false

    private static let articleTypes: Set<String> = [
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "Report",
    ]

    init() {}

    /// Reads every `<script type="application/ld+json">` text; the first article object wins.
    init(scripts: [String]) {
        for script in scripts {
            guard let value = Self.parseJSON(script) else { continue }
            if let article = Self.findArticle(value) {
                read(article)
                return
            }
        }
    }

    private static func parseJSON(_ text: String) -> Any? {
        if let data = text.data(using: .utf8),
            let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        {
            return value
        }
        // Pages often put raw newlines and tabs inside JSON strings; they are spaces to a reader.
        var cleaned = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            cleaned.append(scalar.value < 0x20 ? " " : scalar)
        }
        guard let data = String(cleaned).data(using: .utf8) else { return nil }
        return try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    }

    private static func types(of object: [String: Any]) -> [String] {
        if let t = object["@type"] as? String { return [t] }
        if let ts = object["@type"] as? [Any] { return ts.compactMap { $0 as? String } }
        return []
    }

    private static func findArticle(_ value: Any) -> [String: Any]? {
        if let array = value as? [Any] {
            for element in array {
                if let found = findArticle(element) { return found }
            }
            return nil
        }
        guard let object = value as? [String: Any] else { return nil }
        if types(of: object).contains(where: { articleTypes.contains($0) }) { return object }
        if let graph = object["@graph"], let found = findArticle(graph) { return found }
        if let main = object["mainEntity"], let found = findArticle(main) { return found }
        return nil
    }

    private static func string(_ value: Any?) -> String? {
        if let s = value as? String {
            // Script text is not entity-decoded by the HTML parser, and CMSs escape anyway.
            let t = decodeEntities(s).normalizedWhitespace
            return t.isEmpty ? nil : t
        }
        if let array = value as? [Any], let first = array.first { return string(first) }
        return nil
    }

    /// Decodes the HTML character references CMSs leave in JSON-LD (`&quot;`, `&#39;`, `&#x2F;`).
    static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        let named: [Substring: String] = ["quot": "\"", "amp": "&", "lt": "<", "gt": ">", "apos": "'", "nbsp": "\u{00A0}",
                                          "middot": "·", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”"]
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";") {
                let name = after[..<semi]
                var replacement: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else if name.hasPrefix("#") {
                    replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else {
                    replacement = named[name]
                }
                if let replacement {
                    out += replacement
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        out += rest
        return out
    }

    private static func names(_ value: Any?) -> [String] {
        if let s = value as? String { return [decodeEntities(s)] }
        if let object = value as? [String: Any] {
            // An organization as "author" is the publisher, not a reporter.
            if types(of: object).contains("Organization") || types(of: object).contains("NewsMediaOrganization") { return [] }
            if let n = string(object["name"]) { return [n] }
            return []
        }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        return []
    }

    private mutating func read(_ article: [String: Any]) {
        isArticle = true
        headline = Self.string(article["headline"]) ?? Self.string(article["name"])
        datePublished = Self.string(article["datePublished"]) ?? Self.string(article["dateCreated"])
        authors = Self.names(article["author"]) + (article["author"] == nil ? Self.names(article["creator"]) : [])
        if let u = Self.string(article["url"]) {
            url = u
        } else if let main = article["mainEntityOfPage"] {
            if let s = main as? String { url = s } else if let o = main as? [String: Any] { url = Self.string(o["@id"]) ?? Self.string(o["url"]) }
        }
        if let publisher = article["publisher"] { publisherName = Self.names(publisher).first }
        if let body = article["articleBody"] as? String, !body.isEmpty { articleBody = Self.decodeEntities(body) }
    }
}
