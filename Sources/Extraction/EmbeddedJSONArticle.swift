import Foundation

/// An article a page keeps only in a script's state object, for pages whose markup has no body
/// (a failed server render, a client-rendered app).
///
/// Read from the common stores: Arc XP/Fusion (`Fusion.globalContent`, `content_elements`),
/// Next.js (`__NEXT_DATA__` page props and `self.__next_f.push` flight payloads) and
/// `window.__INITIAL_STATE__`-style objects, whose article sits under keys such as
/// `articleBody`, `content` or `body`. Only the script text is handed to JSONSerialization,
/// once per store, and only for pages the markup left without an article; the page scan
/// itself never pays for it. In a file of its own so Foundation never meets libxml2's headers.
struct EmbeddedJSONArticle {
    var headline: String?
    var published: String?
    var authors: [String] = []
    /// Body pieces in reading order; each may hold HTML (`<p>…</p>`), parsed as a fragment.
    var pieces: [String] = []
    /// The store the article came from, for `--explain` (`Fusion.globalContent`, …).
    var store: String = ""

    /// Number of characters of body text (HTML tags included), the evidence for choosing.
    var bodySize: Int { pieces.reduce(0) { $0 + $1.utf8.count } }

    /// The richest article object in any store of `page`, or nil.
    static func find(in page: [UInt8]) -> EmbeddedJSONArticle? {
        var best: EmbeddedJSONArticle?
        func consider(_ value: Any, store: String) {
            guard var found = bestArticle(in: value) else { return }
            found.store = store
            if found.bodySize > (best?.bodySize ?? 0) { best = found }
        }
        page.withUnsafeBufferPointer { s in
            // <script id="__NEXT_DATA__" type="application/json">{…}</script>
            if let at = search(s, "__NEXT_DATA__", from: 0), let gt = index(of: 0x3E, in: s, from: at),
               let end = search(s, "</script", from: gt), let value = parse(s, gt + 1, end)
            {
                consider(value, store: "__NEXT_DATA__")
            }
            for marker in ["Fusion.globalContent", "__INITIAL_STATE__", "__PRELOADED_STATE__", "__APOLLO_STATE__", "__NUXT_DATA__", "__STATE__"] {
                guard let at = search(s, marker, from: 0), let value = assignedValue(s, after: at + marker.utf8.count) else { continue }
                consider(value, store: marker)
            }
            if let flight = flightPayload(s) { consider(flight, store: "self.__next_f") }
        }
        guard let best, best.bodySize >= 40 else { return nil }
        return best
    }

    // MARK: - Finding the store's JSON

    /// The value after `= ` (or `: `) at `from`: an object literal, or `JSON.parse("…")`.
    private static func assignedValue(_ s: UnsafeBufferPointer<UInt8>, after from: Int) -> Any? {
        var i = from
        while i < s.count, i - from < 8, s[i] == 0x20 || s[i] == 0x3D || s[i] == 0x3A || s[i] == 0x5D || s[i] == 0x22 || s[i] == 0x27 { i += 1 }
        guard i < s.count else { return nil }
        if s[i] == 0x7B || s[i] == 0x5B {
            guard let end = matchingEnd(s, from: i) else { return nil }
            return parse(s, i, end)
        }
        // JSON.parse("{\"a\":…}") or JSON.parse('…'): a JSON string literal holding JSON.
        if let p = search(s, "JSON.parse(", from: i), p == i, i + 11 < s.count, s[i + 11] == 0x22 {
            guard let end = stringEnd(s, from: i + 11) else { return nil }
            guard let text = parse(s, i + 11, end + 1) as? String else { return nil }
            let inner = Array(text.utf8)
            return inner.withUnsafeBufferPointer { parse($0, 0, $0.count) }
        }
        return nil
    }

    /// Next.js app-router pages: `self.__next_f.push([1,"…"])` chunks are JSON string literals
    /// whose concatenation is the flight payload, rows of `id:value`. Rows `id:T<hex>,<text>`
    /// hold long texts (often the article's HTML) that other rows cite as `"$id"`.
    private static func flightPayload(_ s: UnsafeBufferPointer<UInt8>) -> Any? {
        var payload = ""
        var at = 0
        let marker = "self.__next_f.push("
        while let p = search(s, marker, from: at) {
            let open = p + marker.utf8.count
            guard open < s.count, s[open] == 0x5B, let end = matchingEnd(s, from: open) else { break }
            if let chunk = parse(s, open, end) as? [Any], chunk.count >= 2, (chunk[0] as? Int) == 1, let text = chunk[1] as? String {
                payload += text
            }
            at = end
        }
        guard !payload.isEmpty else { return nil }
        // Split rows; a T row's text runs for its stated UTF-8 byte length, newlines included.
        let bytes = Array(payload.utf8)
        var texts: [String: String] = [:]
        var values: [Any] = []
        var i = 0
        while i < bytes.count {
            var colon = i
            while colon < bytes.count, colon - i < 8, bytes[colon] != 0x3A, bytes[colon] != 0x0A { colon += 1 }
            guard colon < bytes.count, bytes[colon] == 0x3A else {
                while i < bytes.count, bytes[i] != 0x0A { i += 1 }
                i += 1
                continue
            }
            let id = String(decoding: bytes[i..<colon], as: UTF8.self)
            var j = colon + 1
            if j < bytes.count, bytes[j] == 0x54 {  // T<hex length>,
                var k = j + 1
                var length = 0
                while k < bytes.count, let d = hexDigit(bytes[k]) { length = length * 16 + d; k += 1 }
                if k < bytes.count, bytes[k] == 0x2C {
                    let start = k + 1, stop = min(bytes.count, start + length)
                    texts[id] = String(decoding: bytes[start..<stop], as: UTF8.self)
                    i = stop
                    continue
                }
            }
            var lineEnd = j
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            if j < lineEnd, bytes[j] == 0x7B || bytes[j] == 0x5B,
               let value = bytes.withUnsafeBufferPointer({ parse($0, j, lineEnd) })
            {
                values.append(value)
            }
            j = lineEnd
            i = j + 1
        }
        guard !values.isEmpty else { return nil }
        return resolveReferences(values, texts)
    }

    private static func resolveReferences(_ value: Any, _ texts: [String: String]) -> Any {
        if let s = value as? String, s.hasPrefix("$"), let t = texts[String(s.dropFirst())] { return t }
        if let a = value as? [Any] { return a.map { resolveReferences($0, texts) } }
        if let o = value as? [String: Any] { return o.mapValues { resolveReferences($0, texts) } }
        return value
    }

    /// Stores nest a few dozen levels; deeper JSON (hostile or broken) is not handed to the
    /// recursive parser, so a worker's stack is never at risk.
    static let maxNesting = 256

    private static func nestingIsShallow(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var depth = 0
        var i = from
        var inString = false
        while i < to {
            let b = s[i]
            if inString {
                if b == 0x5C { i += 2; continue }
                if b == 0x22 { inString = false }
            } else if b == 0x22 {
                inString = true
            } else if b == 0x7B || b == 0x5B {
                depth += 1
                if depth > maxNesting { return false }
            } else if b == 0x7D || b == 0x5D {
                depth -= 1
            }
            i += 1
        }
        return true
    }

    private static func parse(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Any? {
        guard from < to, to <= s.count, nestingIsShallow(s, from, to) else { return nil }
        let data = Data(UnsafeBufferPointer(rebasing: s[from..<to]))
        return try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    }

    /// The index just past the bracket that closes the one at `from`, skipping strings.
    private static func matchingEnd(_ s: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var depth = 0
        var i = from
        while i < s.count {
            let b = s[i]
            if b == 0x22 {
                guard let e = stringEnd(s, from: i) else { return nil }
                i = e + 1
                continue
            }
            if b == 0x7B || b == 0x5B { depth += 1 }
            else if b == 0x7D || b == 0x5D {
                depth -= 1
                if depth == 0 { return i + 1 }
            } else if b == 0x3C, i + 8 < s.count, s[i + 1] == 0x2F, s[i + 2] | 0x20 == 0x73, s[i + 3] | 0x20 == 0x63 {
                return nil  // </script before the object closed
            }
            i += 1
        }
        return nil
    }

    /// The index of the quote closing the JSON string that opens at `from`.
    private static func stringEnd(_ s: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var i = from + 1
        while i < s.count {
            if s[i] == 0x5C { i += 2; continue }
            if s[i] == 0x22 { return i }
            i += 1
        }
        return nil
    }

    private static func hexDigit(_ b: UInt8) -> Int? {
        switch b {
        case 0x30...0x39: return Int(b - 0x30)
        case 0x61...0x66: return Int(b - 0x61 + 10)
        case 0x41...0x46: return Int(b - 0x41 + 10)
        default: return nil
        }
    }

    private static func index(of byte: UInt8, in s: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var i = from
        while i < s.count {
            if s[i] == byte { return i }
            i += 1
        }
        return nil
    }

    private static func search(_ s: UnsafeBufferPointer<UInt8>, _ needle: String, from: Int) -> Int? {
        let n = Array(needle.utf8)
        guard let first = n.first, n.count <= s.count else { return nil }
        var i = from
        while i + n.count <= s.count {
            if s[i] == first {
                var k = 1
                while k < n.count, s[i + k] == n[k] { k += 1 }
                if k == n.count { return i }
            }
            i += 1
        }
        return nil
    }

    // MARK: - Finding the article in the store

    private static let titleKeys = ["headline", "title", "subject", "newsTitle", "articleTitle"]
    private static let bodyKeys = ["articleBody", "content", "body", "contents", "html", "bodyHtml", "content_html", "articleContent", "newsContent", "text"]
    private static let dateKeys = ["datePublished", "first_publish_date", "display_date", "publish_date", "publishDate", "publishedAt", "published_at", "publishedDate", "pubDate", "regDate", "createdAt", "created_at", "date"]
    private static let authorKeys = ["author", "authors", "byline", "writer", "reporter", "reporters"]

    /// Walks the whole value; the article is the object with a headline and the most body text.
    private static func bestArticle(in root: Any) -> EmbeddedJSONArticle? {
        var best: EmbeddedJSONArticle?
        var stack: [(Any, Int)] = [(root, 0)]
        var visited = 0
        while let (value, depth) = stack.popLast(), visited < 200_000 {
            visited += 1
            if let array = value as? [Any] {
                if depth < 64 { for v in array.reversed() { stack.append((v, depth + 1)) } }
                continue
            }
            guard let object = value as? [String: Any] else { continue }
            if let candidate = article(from: object), candidate.bodySize > (best?.bodySize ?? 0) { best = candidate }
            if depth < 64 { for v in object.values { stack.append((v, depth + 1)) } }
        }
        return best
    }

    private static func article(from o: [String: Any]) -> EmbeddedJSONArticle? {
        var a = EmbeddedJSONArticle()
        // Arc XP: headlines.basic, content_elements [{type: "text", content}], credits.by.
        if let headlines = o["headlines"] as? [String: Any], let basic = headlines["basic"] as? String { a.headline = basic }
        if a.headline == nil {
            for key in titleKeys {
                if let t = o[key] as? String, !t.isEmpty, t.utf8.count < 600 { a.headline = t; break }
            }
        }
        guard a.headline != nil else { return nil }
        if let elements = o["content_elements"] as? [Any] {
            for case let e as [String: Any] in elements {
                let type = e["type"] as? String ?? "text"
                guard type == "text" || type == "header" || type == "raw_html" || type == "quote" else { continue }
                if let c = e["content"] as? String, !c.isEmpty { a.pieces.append(c) }
            }
        }
        if a.pieces.isEmpty {
            for key in bodyKeys {
                if let t = o[key] as? String, t.utf8.count >= 40 { a.pieces = [t]; break }
                if let list = o[key] as? [Any] {
                    let texts = list.compactMap { item -> String? in
                        if let s = item as? String { return s }
                        if let d = item as? [String: Any] { return (d["content"] ?? d["text"] ?? d["html"]) as? String }
                        return nil
                    }
                    if !texts.isEmpty { a.pieces = texts; break }
                }
            }
        }
        guard !a.pieces.isEmpty else { return nil }
        for key in dateKeys {
            if let d = o[key] as? String, !d.isEmpty { a.published = d; break }
            if let n = o[key] as? Double, n > 1e9 {
                // Epoch seconds or milliseconds.
                let seconds = n > 1e11 ? n / 1000 : n
                let f = ISO8601DateFormatter()
                a.published = f.string(from: Date(timeIntervalSince1970: seconds))
                break
            }
        }
        if let credits = o["credits"] as? [String: Any], let by = credits["by"] { a.authors = names(by) }
        if a.authors.isEmpty {
            for key in authorKeys {
                let n = names(o[key])
                if !n.isEmpty { a.authors = n; break }
            }
        }
        return a
    }

    private static func names(_ value: Any?) -> [String] {
        if let s = value as? String { return s.isEmpty ? [] : [s] }
        if let o = value as? [String: Any] {
            if let n = (o["name"] ?? o["byline"] ?? o["displayName"]) as? String, !n.isEmpty { return [n] }
            return []
        }
        if let a = value as? [Any] { return a.flatMap { names($0) } }
        return []
    }
}
