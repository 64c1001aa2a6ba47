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

/// Extracts articles with a site profile: one per `item` node, or one per page.
enum ProfileExtractor {
    static func extract(_ compiled: CompiledProfile, document: HTMLDocument, input: InputDocument) -> ExtractionResult {
        var result = ExtractionResult()
        guard let context = XPathContext(document) else {
            result.issues.append(InputIssue(inputPath: input.path, stage: "extract", message: "libxml2 could not create an XPath context for the page"))
            return result
        }
        let profile = compiled.profile
        // Base for relative links: the page's own URL, its canonical link, or the profile's base_url.
        var base = input.url
        if base == nil, let root = document.root {
            base = canonicalLink(root)
        }
        if base == nil { base = profile.baseURL }

        var items: [HTMLNode?] = [nil]
        if let item = compiled.item {
            switch context.evaluate(item, at: nil) {
            case .nodes(let nodes): items = nodes.map { Optional($0) }
            case .text: items = []
            }
        }
        for (index, node) in items.enumerated() {
            let title = firstText(context.evaluate(compiled.title, at: node))
            var paragraphs: [String] = []
            switch context.evaluate(compiled.body, at: node) {
            case .nodes(let nodes): paragraphs = nodes.compactMap(BodyCollector.paragraph(of:))
            case .text(let t):
                let n = t.normalizedWhitespace
                if !n.isEmpty { paragraphs = [n] }
            }
            guard let title, !title.isEmpty else {
                if !paragraphs.isEmpty {
                    result.issues.append(InputIssue(inputPath: input.path, stage: "extract", severity: .warning, message: "site \"\(profile.name)\": item \(index) has no title (field \"title\" matched nothing) and was skipped"))
                }
                continue
            }
            var url: String?
            if let u = compiled.url, let raw = firstText(context.evaluate(u, at: node)), !raw.isEmpty {
                url = HTMLDocument.resolve(raw, against: base)
            }
            if url == nil && compiled.item == nil {
                url = base == profile.baseURL ? nil : base
            }
            var published: PublishTime?
            if let p = compiled.published, let raw = firstText(context.evaluate(p, at: node)) {
                let bytes = Array(raw.utf8)
                if let m = GenericExtractor.parseMetaDate(raw) ?? PublishTimeParser.firstDate(in: bytes, from: 0, to: bytes.count)?.match {
                    switch m {
                    case .valid(let t): published = t
                    case .invalid(let message):
                        result.issues.append(InputIssue(inputPath: input.path, stage: "extract", severity: .warning, message: "site \"\(profile.name)\", item \(index): ignored publish time: \(message)"))
                    }
                } else if !raw.isEmpty {
                    result.issues.append(InputIssue(inputPath: input.path, stage: "extract", severity: .warning, message: "site \"\(profile.name)\", item \(index): no date in published text \"\(raw)\""))
                }
            }
            var author: String?
            if let a = compiled.author, let raw = firstText(context.evaluate(a, at: node)) {
                author = BylineParser.cleanAuthor(raw)
            }
            result.articles.append(Article(
                url: url ?? "file:\(input.path)#\(index)", source: profile.name, title: title,
                body: paragraphs.joined(separator: "\n"), published: published, author: author,
                inputPath: input.path, itemIndex: index))
        }
        if result.articles.isEmpty { result.noArticle = true }
        return result
    }

    private static func firstText(_ value: XPathValue) -> String? {
        switch value {
        case .text(let t):
            let n = t.normalizedWhitespace
            return n.isEmpty ? nil : n
        case .nodes(let nodes):
            for node in nodes {
                let t = node.normalizedText
                if !t.isEmpty { return t }
            }
            return nil
        }
    }

    private static func canonicalLink(_ root: HTMLNode) -> String? {
        // <html><head><link rel=canonical>: a short walk of head's children.
        var child = root.firstChild
        while let c = child {
            if c.isElement, c.tag == .head {
                var h = c.firstChild
                while let e = h {
                    if e.isElement, e.tag == .link,
                        e.attribute("rel")?.lowercased().split(separator: " ").contains("canonical") == true,
                        let href = e.attribute("href")?.normalizedWhitespace, !href.isEmpty
                    {
                        return href
                    }
                    h = e.next
                }
            }
            child = c.next
        }
        return nil
    }
}
