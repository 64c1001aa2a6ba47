import NewsModel

/// What each XPath of a site profile returns on one saved page: `knews validate --page`.
///
/// A redesign does not make an expression invalid, it makes it match nothing; only running
/// it against a current page shows that. The probe evaluates `item` on the page and every
/// field expression at the first item (or the page), as extraction would.
public struct ProfileProbe: Sendable {
    public struct Field: Sendable, Equatable {
        public var field: String
        public var expression: String
        /// Nodes selected (1 or 0 for an expression that yields text).
        public var count: Int
        /// The first few non-empty values, whitespace-normalized and cut to 80 characters.
        public var values: [String]
        /// Nothing selected, or only empty text: the field would be stored empty.
        public var isDead: Bool { values.isEmpty }
    }

    public var profile: String
    public var fields: [Field]
    public var issues: [InputIssue]

    static let shownValues = 3
    static let shownCharacters = 80
}

extension ArticleExtractor {
    /// Runs the profile named `site` (else the first whose `match` fits the page) against
    /// `document`; nil when no profile applies.
    public func probe(_ document: InputDocument, site: String? = nil) -> ProfileProbe? {
        LibXML2.prepareThread()
        let compiled: CompiledProfile?
        if let site {
            compiled = profiles.first { $0.profile.name == site }
        } else {
            compiled = profiles.first { $0.matches(document) }
        }
        guard let compiled else { return nil }
        let profile = compiled.profile
        var probe = ProfileProbe(profile: profile.name, fields: [], issues: [])
        let (decoded, issues) = decode(document)
        probe.issues = issues
        guard let html = HTMLDocument(utf8: decoded, url: document.url), let context = XPathContext(html) else {
            probe.issues.append(InputIssue(inputPath: document.path, stage: "extract", message: "libxml2 could not parse the page as HTML"))
            return probe
        }
        var at: HTMLNode?
        if let item = compiled.item, let expression = profile.item {
            let field = Self.probeField("item", expression, context.evaluate(item, at: nil))
            probe.fields.append(field)
            if case .nodes(let nodes) = context.evaluate(item, at: nil) { at = nodes.first }
            if at == nil { return probe }
        }
        let fields: [(String, CompiledXPath?, String?)] = [
            ("title", compiled.title, profile.title), ("body", compiled.body, profile.body),
            ("url", compiled.url, profile.url), ("published", compiled.published, profile.published),
            ("author", compiled.author, profile.author),
        ]
        for case let (name, compiledField?, expression?) in fields {
            probe.fields.append(Self.probeField(name, expression, context.evaluate(compiledField, at: at)))
        }
        return probe
    }

    private static func probeField(_ name: String, _ expression: String, _ value: XPathValue) -> ProfileProbe.Field {
        var count = 0
        var values: [String] = []
        func keep(_ text: String) {
            guard values.count < ProfileProbe.shownValues else { return }
            let normalized = text.normalizedWhitespace
            guard !normalized.isEmpty else { return }
            values.append(normalized.count > ProfileProbe.shownCharacters
                ? String(normalized.prefix(ProfileProbe.shownCharacters)) + "…" : normalized)
        }
        switch value {
        case .nodes(let nodes):
            count = nodes.count
            for node in nodes where values.count < ProfileProbe.shownValues { keep(node.normalizedText) }
        case .text(let text):
            count = text.normalizedWhitespace.isEmpty ? 0 : 1
            keep(text)
        }
        return ProfileProbe.Field(field: name, expression: expression, count: count, values: values)
    }
}
