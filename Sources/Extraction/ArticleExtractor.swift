import NewsModel

/// Turns one HTML document into the articles it holds.
///
/// Not shared across threads: each worker makes its own, since libxml2 documents and XPath
/// contexts must stay on the thread that made them. The extractor keeps its scratch buffers
/// and converters between pages, so reusing one for many pages is what makes it fast.
public final class ArticleExtractor {
    let profiles: [CompiledProfile]
    private var generic = GenericExtractor()
    private var converters: [String: IconvConverter] = [:]

    /// Compiles every profile expression; the first bad one is thrown (use `validate` to see all).
    public init(profiles: [SiteProfile]) throws(ExtractionError) {
        LibXML2.prepareThread()
        var compiled: [CompiledProfile] = []
        for p in profiles { compiled.append(try CompiledProfile(p)) }
        self.profiles = compiled
    }

    /// Extracts the articles of `document`: through the first profile whose `match` fits, else
    /// with the generic extractor. Never traps on bad input; problems come back as issues.
    public func extract(_ document: InputDocument) -> ExtractionResult {
        LibXML2.prepareThread()
        var result = ExtractionResult()
        let (decoded, encodingIssues) = decode(document)
        result.issues.append(contentsOf: encodingIssues)
        let profile = profiles.first(where: { $0.matches(document) })
        // The generic extractor reads no script but JSON-LD; a profile's XPath may read any.
        var bytes = profile == nil ? ScriptStripper.stripped(decoded) ?? decoded : decoded
        // Issue 20: a tag with thousands of attributes is quadratic in libxml2; cut it first.
        if let capped = PageBudget.capAttributes(bytes) {
            bytes = capped.bytes
            result.issues.append(InputIssue(
                inputPath: document.path, stage: "extract", severity: .warning,
                message: "\(capped.dropped) attributes past \(PageBudget.maxAttributesPerElement) per element were dropped before parsing (libxml2 slows quadratically on them)"))
        }
        guard let html = HTMLDocument(utf8: bytes, url: document.url) else {
            result.issues.append(InputIssue(inputPath: document.path, stage: "extract", message: "libxml2 could not parse the page as HTML"))
            result.noArticle = true
            return result
        }
        if let profile {
            let r = ProfileExtractor.extract(profile, document: html, input: document)
            result.articles = r.articles
            result.issues.append(contentsOf: r.issues)
            result.noArticle = r.noArticle
            return result
        }
        // The scripts were stripped before parsing; a page whose markup has no body may keep
        // its article in one, read from the decoded bytes only then.
        let out = generic.extract(html, input: document, embedded: { EmbeddedJSONArticle.find(in: decoded) })
        result.issues.append(contentsOf: out.issues)
        if let article = out.article {
            result.articles = [article]
        } else {
            result.noArticle = true
        }
        return result
    }

    /// Extracts `document` and says how: the profile that matched, or every candidate the
    /// generic extractor weighed for title, time, author and body and why each winner won.
    public func explain(_ document: InputDocument) -> (ExtractionResult, Explanation) {
        let explanation = Explanation()
        if let profile = profiles.first(where: { $0.matches(document) }) {
            explanation.lines.append("site profile \"\(profile.profile.name)\" matches this page: its XPaths decide every field (extraction_method profile)")
            return (extract(document), explanation)
        }
        generic.explanation = explanation
        defer { generic.explanation = nil }
        let result = extract(document)
        if result.noArticle, !explanation.lines.contains(where: { $0.hasPrefix("no article:") }) { explanation.lines.append("no article: the page has no body and no article signals strong enough for a short one") }
        return (result, explanation)
    }

    /// Compiles every XPath of every profile; one problem per bad expression, naming site and field.
    public static func validate(_ profiles: [SiteProfile]) -> [String] {
        LibXML2.prepareThread()
        var problems: [String] = []
        for p in profiles {
            let fields: [(String, String?)] = [
                ("item", p.item), ("title", p.title), ("body", p.body), ("url", p.url),
                ("published", p.published), ("author", p.author),
            ]
            for case let (field, expression?) in fields where CompiledXPath(expression) == nil {
                problems.append(ExtractionError.invalidXPath(site: p.name, field: field, expression: expression).description)
            }
            if p.match.isEmpty {
                problems.append("site \"\(p.name)\": match pattern is empty, so the profile never applies")
            }
        }
        return problems
    }

    /// A cached iconv converter from `name` to UTF-8 (one per encoding per extractor).
    private func converter(for name: String) -> IconvConverter? {
        if let c = converters[name] { return c }
        let c = IconvConverter(from: name)
        if let c { converters[name] = c }
        return c
    }

    /// `raw[start...]` from `encoding` to UTF-8: CP949 through its table, anything else (or
    /// CP949 if the table could not be built) through iconv; nil when iconv does not know
    /// the encoding.
    private func convert(_ raw: [UInt8], from start: Int, encoding: PageEncoding) -> (bytes: [UInt8], replaced: Int)? {
        if encoding == .cp949, let converted = CP949Decoder.convert(raw, from: start) { return converted }
        return converter(for: encoding.iconvName)?.convert(raw, from: start)
    }

    /// The page as UTF-8 bytes, decided in the order BOM, HTTP charset, meta charset, byte guess.
    func decode(_ document: InputDocument) -> ([UInt8], [InputIssue]) {
        var issues: [InputIssue] = []
        let raw = document.bytes
        let (encoding, source, bomLength) = EncodingSniffer.detect(raw, httpCharset: document.httpCharset)
        if encoding == .utf8 {
            if let (fixed, replaced) = UTF8Validator.repaired(raw, from: bomLength) {
                // A page labelled UTF-8 (meta or HTTP) whose bytes are wholly valid CP949 and
                // badly invalid as UTF-8 was saved in CP949 under a wrong label: read it as CP949.
                if source != .bom, replaced >= 8, EncodingSniffer.cp949InvalidCount(raw, stopAfter: 1) == 0,
                    let (converted, undecodable) = convert(raw, from: 0, encoding: .cp949)
                {
                    if undecodable == 0 {
                        issues.append(InputIssue(
                            inputPath: document.path, stage: "extract", severity: .warning,
                            message: "page is labelled UTF-8 (\(source.rawValue)) but its bytes are CP949 (\(replaced) invalid UTF-8 sequences); read as CP949"))
                        return (converted, issues)
                    }
                }
                issues.append(InputIssue(
                    inputPath: document.path, stage: "extract", severity: .warning,
                    message: "page is UTF-8 (\(source.rawValue)) but has \(replaced) invalid byte sequence\(replaced == 1 ? "" : "s"); replaced with U+FFFD"))
                return (fixed, issues)
            }
            return (bomLength > 0 ? Array(raw[bomLength...]) : raw, issues)
        }
        let name = encoding.iconvName
        guard let (converted, replaced) = convert(raw, from: bomLength, encoding: encoding) else {
            // An encoding iconv does not know: fall back to the byte guess.
            let fallback = EncodingSniffer.guess(raw)
            issues.append(InputIssue(
                inputPath: document.path, stage: "extract", severity: .warning,
                message: "unknown charset \"\(name)\"; read the page as \(fallback.iconvName)"))
            return decode(InputDocument(path: document.path, url: document.url, bytes: raw, httpCharset: fallback.iconvName))
                .0.withIssues(issues)
        }
        if replaced > 0 {
            issues.append(InputIssue(
                inputPath: document.path, stage: "extract", severity: .warning,
                message: "page is \(name) (\(source.rawValue)) but has \(replaced) undecodable sequence\(replaced == 1 ? "" : "s"); replaced with U+FFFD"))
        }
        return (converted, issues)
    }
}

extension Array where Element == UInt8 {
    fileprivate func withIssues(_ issues: [InputIssue]) -> ([UInt8], [InputIssue]) { (self, issues) }
}
