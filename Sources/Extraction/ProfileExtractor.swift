import NewsModel

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
        let (canonical, ogURL) = document.root.map(headLinks) ?? (nil, nil)
        var base = input.url ?? canonical
        if base == nil { base = profile.baseURL }
        // A single-article page without a url field is known by its canonical link, og:url,
        // or the URL it was fetched from (WARC), in that order.
        let pageURL = (canonical ?? ogURL).map { HTMLDocument.resolve($0, against: input.url) } ?? input.url

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
                url = pageURL
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
                inputPath: input.path, itemIndex: index, extractionMethod: .profile))
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

    /// `<link rel=canonical>` and `og:url` from the page's head.
    private static func headLinks(_ root: HTMLNode) -> (canonical: String?, ogURL: String?) {
        var canonical: String?
        var ogURL: String?
        var child = root.firstChild
        while let c = child {
            if c.isElement, c.tag == .head {
                var h = c.firstChild
                while let e = h {
                    if e.isElement, e.tag == .link, canonical == nil,
                        e.attribute("rel")?.lowercased().split(separator: " ").contains("canonical") == true,
                        let href = e.attribute("href")?.normalizedWhitespace, !href.isEmpty
                    {
                        canonical = href
                    }
                    if e.isElement, e.tag == .meta, ogURL == nil, e.attribute("property")?.lowercased() == "og:url",
                        let content = e.attribute("content")?.normalizedWhitespace, !content.isEmpty
                    {
                        ogURL = content
                    }
                    h = e.next
                }
            }
            child = c.next
        }
        return (canonical, ogURL)
    }
}
