import NewsModel

/// Finds the one main article of a page no site profile matched.
///
/// Metadata comes first from what the publisher declared (JSON-LD, Open Graph, meta tags),
/// then from what a reader sees (the heading, the byline); the body comes from a known article
/// container or, failing that, the densest block of paragraph text.
struct GenericExtractor {
    private var scanner = PageScanner()
    private var collector = BodyCollector()

    init() {}

    struct Output {
        var article: Article?
        var issues: [InputIssue] = []
    }

    /// Filled with every candidate and the reason for each choice when set (`knews extract
    /// --explain`); nil in runs, so a run builds none of these strings.
    var explanation: Explanation?

    private func note(_ line: @autoclosure () -> String) {
        explanation?.lines.append(line())
    }

    /// `embedded` reads the article a script's state object holds; called only when the markup
    /// yields no body.
    mutating func extract(_ document: HTMLDocument, input: InputDocument, embedded: () -> EmbeddedJSONArticle? = { nil }) -> Output {
        var output = Output()
        guard let root = document.root else { return output }
        scanner.scan(root)
        let ld = JSONLDMetadata(scripts: scanner.jsonLD)
        func meta(_ keys: String...) -> String? {
            for key in keys {
                if let v = scanner.metas.first(where: { $0.key == key })?.value.normalizedWhitespace, !v.isEmpty { return v }
            }
            return nil
        }
        let siteName = meta("og:site_name")
        // Without og:site_name, the suffix of <title> names the site (`제목 - 누리일보`).
        let titleSuffix = scanner.titleText.flatMap(TitleCleaner.siteSuffix)
        let siteForTitles = siteName ?? titleSuffix
        // The names the page goes by, its host's labels among them: a meta author or a title's
        // hashtag equal to one (`MoneyS` on moneys.mt.co.kr) is the outlet, not a reporter or
        // headline words.
        let ownHost = (scanner.canonical ?? meta("og:url") ?? input.url).flatMap(Self.host)
        let brandKeys = TitleCleaner.brandKeys(names: [siteName, titleSuffix, ld.publisherName], host: ownHost)
        let ogType = meta("og:type")?.lowercased()
        let publishedMeta = meta("article:published_time")
        // What marks a page as one article at any length: the publisher says so (JSON-LD,
        // og:type, a canonical URL with a publish time) or the markup does (<article> and <h1>).
        let strongSignal = ld.isArticle || ogType == "article" || (scanner.canonical != nil && publishedMeta != nil)
            || (scanner.articleElements.count == 1 && !scanner.h1s.isEmpty)
        note("article signals: json-ld article \(ld.isArticle), og:type \(ogType ?? "-"), canonical \(scanner.canonical != nil), article:published_time \(publishedMeta != nil), <article> \(scanner.articleElements.count), <h1> \(scanner.h1s.count) → \(strongSignal ? "strong" : "weak")")

        // Body: itemprop=articleBody, known containers, <article>, then density.
        var method = ExtractionMethod.dom
        var paragraphs: [String] = []
        var anchorRange: (Int, Int)?
        var contentIndex: Int?
        var bodyOK = false
        // Why each winner won, for `--explain`: literals, so a run pays nothing for them.
        var bodyReason = "no body"
        if let (c, a, why) = chooseContent(strongSignal: strongSignal) {
            bodyReason = why
            let content = scanner.stats[c]
            let anchor = scanner.stats[a]
            contentIndex = c
            anchorRange = (Int(anchor.pageStart), Int(anchor.pageEnd))
            let hasArticleSignal = strongSignal || content.cls.articleBodyProp || content.cls.container == 2
            collector.title = ""
            paragraphs = collector.collect(content.node, scanner: scanner)
            var bodyLength = 0
            for p in paragraphs { bodyLength += p.unicodeScalars.count }
            bodyOK = bodyLength >= 25 || (strongSignal && bodyLength >= 8)
            if bodyOK && !hasArticleSignal {
                // A page declaring the site's root as its own address (canonical or og:url
                // `https://site/`) is the front page, however much teaser text it holds.
                let ownURL = scanner.canonical ?? meta("og:url") ?? input.url
                if let u = ownURL, Self.isSiteRoot(u) { bodyOK = false; note("body: the page's own URL \(u) is the site's root and no article signal: a front page") }
                else if bodyLength < 150 { bodyOK = false; note("body: \(bodyLength) characters and no article signal: not an article") }
                else if anchor.headlineLinks >= 6 && anchor.linkDensity > 0.3 { bodyOK = false; note("body: \(anchor.headlineLinks) headline links, link density \(anchor.linkDensity): a list page") }
            }
            note("body: <\(content.node.label)\(Self.describe(content.cls))> \(paragraphs.count) paragraphs, \(bodyLength) characters\(bodyOK ? "" : " (rejected)")")
        } else {
            note("body: no content element in the markup")
        }
        var embeddedArticle: EmbeddedJSONArticle?
        if !bodyOK {
            paragraphs = []
            if let body = ld.articleBody, body.unicodeScalars.count >= 25 {
                paragraphs = Self.lines(of: body)
                method = .jsonLD
                bodyReason = "the markup has no body; the page's JSON-LD articleBody"
                note("body: JSON-LD articleBody, \(body.unicodeScalars.count) characters")
            } else if let e = embedded() {
                paragraphs = fragmentParagraphs(e.pieces)
                if !paragraphs.isEmpty {
                    embeddedArticle = e
                    method = .embeddedJSON
                    bodyReason = "the markup has no body; the article a script's state object holds"
                    note("body: embedded JSON (\(e.store)), \(e.pieces.count) pieces → \(paragraphs.count) paragraphs")
                }
            }
            if paragraphs.isEmpty {
                note("no article: the markup's text is not an article body, and no JSON-LD or script store holds one")
                return output
            }
        }

        // Title.
        let (title, titleReason) = chooseTitle(ld: ld, og: meta("og:title"), twitter: meta("twitter:title"), embedded: embeddedArticle?.headline,
                                siteNames: [siteName, titleSuffix, ld.publisherName], siteForTitles: siteForTitles,
                                siteName: siteName, brandKeys: brandKeys, content: contentIndex)
        guard let title, !title.isEmpty else {
            note("no article: no headline candidate")
            return output
        }
        // Headings equal to the title are not body text.
        paragraphs.removeAll { $0 == title }
        if paragraphs.isEmpty { return output }

        // Publish time.
        var published: PublishTime?
        var timeReason = "no date in the metadata or in a byline"
        let candidates: [(String, String?)] = [
            ("json-ld datePublished", ld.datePublished), ("article:published_time", publishedMeta),
            ("og:published_time", meta("og:published_time", "og:article:published_time")),
            ("itemprop datePublished", meta("itemprop:datepublished", "datepublished")),
            ("meta pubdate", meta("pubdate", "publishdate", "publish-date", "publish_date")),
            ("meta date", meta("dcterms.created", "dc.date.created", "dc.date.issued", "dc.date", "date", "article.published", "sailthru.date", "parsely-pub-date")),
            ("meta regdate", meta("og:regdate", "article:regdate")), ("<time datetime>", meta("time:datetime")),
            ("embedded JSON", embeddedArticle?.published),
        ]
        for case let (source, raw?) in candidates {
            if published != nil { note("time candidate \(source): \(raw) (not needed)"); continue }
            switch Self.parseMetaDate(raw) {
            case .valid(let t)?:
                published = t
                timeReason = "publisher metadata comes before the visible byline"
                note("time candidate \(source): \(raw) → chosen (publisher metadata comes before the visible byline)")
            case .invalid(let message)?:
                note("time candidate \(source): \(raw) → invalid")
                output.issues.append(InputIssue(inputPath: input.path, stage: "extract", severity: .warning, message: "ignored publish time: \(message)"))
            case nil: note("time candidate \(source): \(raw) → not a date")
            }
        }
        let text = scanner.pageText.bytes
        // Bylines sit just before or after the text block itself (inside an <article> root too).
        let (bodyStart, bodyEnd) = anchorRange ?? (0, text.count)
        // A metadata date without a time of day (`2018-11-13`) yields to the visible byline's
        // time on the same day.
        if let p = published, p.civil.hour == 0, p.civil.minute == 0, p.civil.second == 0, p.utcOffsetSeconds == nil {
            let (t, _) = BylineParser.publishTime(in: text, bodyStart: bodyStart, bodyEnd: bodyEnd)
            if let t, t.civil.year == p.civil.year, t.civil.month == p.civil.month, t.civil.day == p.civil.day, t.civil.hour != 0 || t.civil.minute != 0 {
                note("time: the metadata date has no time of day; the visible byline's \(Self.describe(t)) on the same day is taken")
                timeReason = "the metadata date has no time of day; the visible byline gives it on the same day"
                published = t
            }
        }
        // A metadata time in UTC (`11:09:12Z`) whose clock digits are exactly those of a time the
        // page shows before the article's end (`2020-01-27 11:09`) on a Korean-language page: the CMS wrote Korean wall-clock
        // time and labelled it UTC. Read literally it would be a time (20:09 KST) the page never
        // shows; the byline's wall clock, read in the run's zone like every visible time, is
        // what the publisher meant. A real UTC time coincides with the visible local digits
        // only on a page that shows UTC, which a Korean-language byline does not.
        if let p = published, p.utcOffsetSeconds == 0, Self.hasHangul(title) {
            let visible = PublishTimeParser.allDates(in: text, from: 0, to: min(bodyEnd, text.count)).first { d in
                guard d.hasTime, case .valid(let t) = d.match else { return false }
                return t.utcOffsetSeconds == nil && t.civil.year == p.civil.year && t.civil.month == p.civil.month && t.civil.day == p.civil.day
                    && t.civil.hour == p.civil.hour && t.civil.minute == p.civil.minute
            }
            if let v = visible, case .valid(let t) = v.match {
                note("time: the metadata's UTC time has the visible byline's clock digits (\(Self.describe(t))): local time mislabelled as UTC, read as the page's wall clock")
                timeReason = "the metadata's UTC label is a mislabel: its digits are the visible byline's local time"
                published = PublishTime(civil: p.civil)
            }
        }
        if published == nil {
            let (t, invalid) = BylineParser.publishTime(in: text, bodyStart: bodyStart, bodyEnd: bodyEnd)
            published = t
            if let t {
                timeReason = "no metadata date; the visible byline: a 입력/등록 label first, else the date nearest before the text"
                note("time: visible byline → \(Self.describe(t))")
            }
            if let invalid {
                output.issues.append(InputIssue(inputPath: input.path, stage: "extract", severity: .warning, message: "ignored publish time in byline: \(invalid)"))
            }
        }

        // Author.
        var author: String?
        var authorReason = "no byline in the metadata or near the article text"
        let ldAuthors = ld.authors.flatMap { BylineParser.cleanAuthors($0) }
        if !ldAuthors.isEmpty {
            author = ldAuthors.joined(separator: ", ")
            authorReason = "JSON-LD author: publisher metadata comes first"
            note("author candidate json-ld: \(ld.authors) → \(author!) (chosen: publisher metadata)")
        }
        if author == nil, let m = meta("author", "article:author", "dable:author", "byl", "itemprop:author") {
            author = BylineParser.cleanAuthors(m).joined(separator: ", ")
            if author == "" { author = nil }
            // Many sites put their own name in meta author.
            if let a = author, let site = siteForTitles, a == site || site.contains(a) || a.contains(site) { author = nil }
            if let a = author, brandKeys.contains(TitleCleaner.brandKey(a)) { author = nil }
            if let a = author, Self.mediaSuffixes.contains(where: { a.hasSuffix($0) }) || Self.agencies.contains(a.lowercased()) { author = nil }
            if author != nil { authorReason = "meta author tag: no JSON-LD author" }
            note("author candidate meta: \(m) → \(author ?? "rejected (empty or the publication's name)")")
        }
        // Meta tags often name only the first of several reporters (`dable:author`); the
        // visible byline listing that reporter first with the others is the fuller credit.
        if let a = author, !a.contains(","), ldAuthors.isEmpty {
            if let visible = BylineParser.list(startingWith: a, in: scanner.pageText.bytes, bodyStart: anchorRange?.0 ?? 0) {
                author = visible
                authorReason = "the visible byline lists the meta author first with the other reporters"
                note("author: the visible byline lists the meta author first with others: \(visible) (chosen: the fuller credit)")
            }
        }
        if author == nil, let e = embeddedArticle, !e.authors.isEmpty {
            let names = e.authors.flatMap { BylineParser.cleanAuthors($0) }
            if !names.isEmpty {
                author = names.joined(separator: ", ")
                authorReason = "the script store's byline: no metadata author"
            }
            note("author candidate embedded JSON: \(e.authors) → \(author ?? "rejected")")
        }
        if author == nil {
            author = BylineParser.author(in: text, bodyStart: bodyStart, bodyEnd: bodyEnd)
            if author != nil { authorReason = "no metadata author; the first byline near the article text" }
            note("author candidate visible byline near the body: \(author.map { "\($0) (chosen: the first byline near the article text)" } ?? "none")")
        }
        // A broadcast script names its reporter only in the sign-off (`연합뉴스TV 홍길동입니다.`).
        if author == nil {
            let outlets = [siteName, titleSuffix, ld.publisherName].compactMap { $0 } + ExtractionTables.broadcasters
            if let name = BylineParser.signOff(in: paragraphs, outlets: outlets) {
                author = name
                authorReason = "a broadcast sign-off (`<outlet> 홍길동입니다.`) ends the script"
                note("author candidate broadcast sign-off: \(name) (chosen: no byline names the reporter)")
            }
        }
        // A wire service in the byline slot (`연합 |`, `연합 기자`) credits the story: no author.
        if let a = author {
            let names = a.split(separator: ",").map { String($0).normalizedWhitespace }.filter { !Self.agencies.contains($0.lowercased()) }
            let kept = names.isEmpty ? nil : names.joined(separator: ", ")
            if kept != author { note("author: wire credit dropped from \(a) → \(kept ?? "no author")") }
            author = kept
            if kept == nil { authorReason = "the only credit is a wire service, not a person" }
        }

        // URL and source.
        var url: String?
        if let c = scanner.canonical { url = HTMLDocument.resolve(c, against: input.url) }
        if url == nil, let og = meta("og:url") { url = HTMLDocument.resolve(og, against: input.url) }
        if url == nil { url = input.url }
        let source = siteName ?? url.flatMap(Self.host) ?? input.url.flatMap(Self.host)
        note("extraction_method: \(method.rawValue)")
        note("winner title: \"\(title)\" (\(titleReason))")
        note("winner published_at: \(published.map(Self.describe) ?? "none") (\(timeReason))")
        note("winner author: \(author ?? "none") (\(authorReason))")
        note("winner body: \(paragraphs.count) paragraphs (\(bodyReason))")

        output.article = Article(
            url: url ?? "file:\(input.path)#0", source: source, title: title,
            body: paragraphs.joined(separator: "\n"), published: published, author: author,
            inputPath: input.path, itemIndex: 0, extractionMethod: method)
        return output
    }

    /// Whether the text holds a Hangul syllable: a Korean-language headline.
    static func hasHangul(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value >= 0xAC00 && $0.value <= 0xD7A3 }
    }

    /// `2025-06-27T17:12:00+09:00`, or without an offset `2025-06-27T17:12:00 (local)`.
    private static func describe(_ t: PublishTime) -> String {
        guard let offset = t.utcOffsetSeconds else { return t.civil.isoDateTime + " (local)" }
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        let hh = minutes / 60, mm = minutes % 60
        return t.civil.isoDateTime + sign + (hh < 10 ? "0" : "") + String(hh) + ":" + (mm < 10 ? "0" : "") + String(mm)
    }

    private static func describe(_ cls: ElementClass) -> String {
        var words: [String] = []
        if cls.articleBodyProp { words.append("itemprop=articleBody") }
        if cls.container == 2 { words.append("known article container") } else if cls.container == 1 { words.append("generic container") }
        if cls.softFurniture { words.append("soft furniture class") } else if cls.furniture { words.append("furniture class") }
        return words.isEmpty ? "" : " (" + words.joined(separator: ", ") + ")"
    }

    /// Whether a sibling of `i` has the same tag and class and holds paragraphs too: a body
    /// cut into several `<div class="par">` around photos, whose parent is the whole body.
    private func hasProseTwin(_ i: Int) -> Bool {
        let stats = scanner.stats
        guard let parent = stats[i].node.parent else { return false }
        let cls = stats[i].node.attribute("class")
        var c = parent.firstChild
        var checked = 0
        while let n = c, checked < 64 {
            defer { c = n.next }
            guard n.isElement, n.raw != stats[i].node.raw else { continue }
            checked += 1
            guard let j = scanner.index(of: n), stats[j].tag == stats[i].tag, stats[j].score > 0, stats[j].text - stats[j].link >= 25, stats[j].linkDensity < 0.3,
                  !stats[j].cls.furniture, n.attribute("class") == cls else { continue }
            return true
        }
        return false
    }

    /// Plain text from JSON: one paragraph per non-empty line.
    private static func lines(of text: String) -> [String] {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { String($0).normalizedWhitespace }.filter {
            !$0.isEmpty && !BoilerplateLine.isBoilerplate(Array($0.utf8))
        }
    }

    /// Body pieces from a script store: HTML is parsed by libxml2 as a fragment and read like
    /// any page (furniture and boilerplate dropped); plain text is split into lines.
    private func fragmentParagraphs(_ pieces: [String]) -> [String] {
        var out: [String] = []
        var fragmentScanner = PageScanner()
        var fragmentCollector = BodyCollector()
        for piece in pieces {
            guard piece.utf8.contains(0x3C) else {
                out.append(contentsOf: Self.lines(of: JSONLDMetadata.decodeEntities(piece)))
                continue
            }
            guard let doc = HTMLDocument(utf8: Array(("<div>" + piece + "</div>").utf8), url: nil), let root = doc.root else { continue }
            fragmentScanner.scan(root)
            out.append(contentsOf: fragmentCollector.collect(root, scanner: fragmentScanner))
        }
        return out
    }

    /// The headline from every candidate: JSON-LD, og:title, twitter:title, the visible
    /// headings near the body and `<title>` without its site name.
    ///
    /// Candidates that agree with one another (same words, or one a cut of the other) gain;
    /// a candidate equal to the site's name or on a logo element is out. Where the winner
    /// agrees with a visible headline (h1 or og:title) that differs only by punctuation or
    /// by not being cut, the visible one is what readers and editors see, so it is taken.
    private func chooseTitle(
        ld: JSONLDMetadata, og: String?, twitter: String?, embedded: String?, siteNames: [String?],
        siteForTitles: String?, siteName: String?, brandKeys: Set<String>, content: Int?
    ) -> (String?, String) {
        let siteKeys = Set(siteNames.compactMap { $0.map(TitleCleaner.key) }.filter { !$0.isEmpty })
        var candidates: [TitleCandidate] = []
        func add(_ source: TitleCandidate.Source, _ raw: String?, base: Float) {
            guard let raw, let decorated = TitleCleaner.dropDecorations(raw, siteName: siteForTitles), !decorated.isEmpty else { return }
            let cleaned = TitleCleaner.dropSiteHashtags(decorated, brandKeys: brandKeys)
            let key = TitleCleaner.key(cleaned)
            if key.unicodeScalars.count < 2 { return }
            if siteKeys.contains(key) {
                note("title candidate \(source.rawValue): \"\(cleaned)\" → out (the site's name)")
                return
            }
            candidates.append(TitleCandidate(source: source, text: cleaned, key: key, score: base))
        }
        add(.jsonLD, ld.headline, base: 3)
        add(.og, og, base: 3)
        add(.twitter, twitter, base: 2)
        add(.embedded, embedded, base: 2.5)
        for (text, before) in visibleHeadings(near: content) { add(before ? .h1 : .heading, text, base: before ? 2.5 : 1.5) }
        if let t = scanner.titleText {
            let cleaned = TitleCleaner.headlineAfterSitePrefix(t, visibleLines: scanner.pageText.bytes)
                ?? TitleCleaner.strip(t, siteName: siteName, aggressive: true)
            add(.titleElement, cleaned, base: 1.5)
        }
        guard !candidates.isEmpty else { note("title: no candidate"); return (nil, "no candidate") }
        for i in candidates.indices {
            var agreeing: Set<TitleCandidate.Source> = []
            for j in candidates.indices where j != i && candidates[j].source != candidates[i].source {
                if TitleCleaner.agree(candidates[i].key, candidates[j].key) { agreeing.insert(candidates[j].source) }
            }
            candidates[i].score += 2 * Float(agreeing.count)
        }
        var winner = 0
        for i in candidates.indices where candidates[i].score > candidates[winner].score { winner = i }
        var chosen = candidates[winner]
        var reason = "highest score (source weight + 2 per agreeing source)"
        // A visible heading spelling the winner's very words (other quotes or brackets: `[2보]`
        // in og:title, `(2보)` on the page) is how readers see the headline.
        if chosen.source != .h1 && chosen.source != .heading,
           let v = candidates.first(where: { ($0.source == .h1 || $0.source == .heading) && $0.key == chosen.key && $0.text != chosen.text })
        {
            reason = "the visible heading spells the \(chosen.source.rawValue) winner's words as readers see them"
            chosen = v
        }
        if chosen.source != .h1 && chosen.source != .og && chosen.source != .heading {
            for source in [TitleCandidate.Source.h1, .og] {
                guard let v = candidates.first(where: { $0.source == source }) else { continue }
                let longer = v.key.utf8.count > chosen.key.utf8.count
                if v.key == chosen.key || (longer && v.key.utf8.starts(with: chosen.key.utf8))
                    || (longer && chosen.text.utf8.reversed().starts(with: "…".utf8.reversed()) && TitleCleaner.agree(v.key, chosen.key)) {
                    reason = "agrees with the \(chosen.source.rawValue) winner and is what readers see (the other drops quotes or is cut)"
                    chosen = v
                    break
                }
            }
        }
        // The winner from metadata spelled with other quotation marks (straight for curly) on a
        // visible line before the body (a headline in a `<span>`, not a heading): the visible
        // spelling is what readers see. Other differences (case, dropped quotes or brackets) are
        // not taken: capitals may be a style, and a line without the quotes is not the headline.
        if chosen.source != .h1 && chosen.source != .heading {
            let end = content.map { Int(scanner.stats[$0].pageStart) } ?? scanner.pageText.bytes.count
            if let visible = TitleCleaner.visibleSpelling(of: chosen.text, in: scanner.pageText.bytes, before: end) {
                reason = "a visible line before the body spells the \(chosen.source.rawValue) winner's words as readers see them: \"\(visible)\""
                chosen.text = visible
            }
        }
        for c in candidates { note("title candidate \(c.source.rawValue): \"\(c.text)\" score \(c.score)\(c.key == chosen.key && c.source == chosen.source ? " ← chosen: \(reason)" : "")") }
        return (chosen.text, "\(chosen.source.rawValue): \(reason)")
    }

    /// Non-logo h1s (before the body first) and the h2 just before the body, with whether each
    /// stands before the body.
    private func visibleHeadings(near content: Int?) -> [(String, Bool)] {
        let stats = scanner.stats
        let bodyStart = content.map { stats[$0].pageStart } ?? Int32.max
        var out: [(String, Bool)] = []
        for i in scanner.h1s where !stats[i].cls.logo && stats[i].text >= 2 && out.count < 4 {
            let t = stats[i].node.normalizedText
            if !t.isEmpty { out.append((t, stats[i].pageStart <= bodyStart)) }
        }
        if content != nil, !out.contains(where: { $0.1 }) {
            var best: String?
            for i in scanner.h2s where !stats[i].cls.logo && stats[i].text >= 6 && stats[i].pageStart <= bodyStart && bodyStart - stats[i].pageStart < 3000 {
                let t = stats[i].node.normalizedText
                if !t.isEmpty { best = t }
            }
            if let best { out.append((best, false)) }
        }
        return out
    }

    /// The element to take paragraphs from, and the text block that anchors the byline search
    /// (the same element unless a surrounding <article> was taken as the root).
    private func chooseContent(strongSignal: Bool) -> (root: Int, anchor: Int, reason: String)? {
        let stats = scanner.stats
        let density = densestBlock(strongSignal: strongSignal)
        /// A marked body that holds only a heading or sub-headline while a block elsewhere
        /// holds several times its prose is not the article's body.
        func overruled(_ i: Int) -> Bool {
            guard let d = density?.root, d != i else { return false }
            let prose = stats[i].text - stats[i].link, other = stats[d].text - stats[d].link
            let inside = stats[d].pageStart >= stats[i].pageStart && stats[d].pageEnd <= stats[i].pageEnd
            if !inside && prose < 200 && other >= 3 * prose && other >= 200 {
                note("body: marked container <\(stats[i].node.label)> holds \(prose) characters, the densest block \(other): taking the densest block")
                return true
            }
            return false
        }
        func biggest(_ indices: [Int], minText: Int32) -> Int? {
            var best: Int?
            for i in indices where stats[i].text - stats[i].link >= minText && !stats[i].insideFurniture {
                if let b = best, stats[i].text <= stats[b].text { continue }
                best = i
            }
            return best
        }
        /// A class word on an ancestor is weak evidence: a marked article body holding a real
        /// run of prose (a CMS that puts the article column in `<section class="user-snb">`)
        /// is still the body when no marked body stands outside furniture. Comment or related
        /// boxes rarely hold a marked body with 200 unlinked characters, and they only count
        /// when nothing else is marked. The link share may be high: a broken page's parser
        /// nests the next list (`많이 본 뉴스`) inside the body, whose link lines are dropped later.
        func biggestUnderFurniture(_ indices: [Int]) -> Int? {
            var best: Int?
            for i in indices where stats[i].insideFurniture && stats[i].text - stats[i].link >= 200 && stats[i].linkDensity < 0.6 {
                if let b = best, stats[i].text <= stats[b].text { continue }
                best = i
            }
            if let best { note("body: the marked body <\(stats[best].node.label)> sits under a furniture class; its \(stats[best].text - stats[best].link) characters of prose outweigh the class word") }
            return best
        }
        let knownContainers = scanner.containers.filter { stats[$0].cls.container == 2 }
        if let i = biggest(scanner.bodyProps, minText: 20), !overruled(i) { return (i, i, "the largest itemprop=articleBody element") }
        if let i = biggest(knownContainers, minText: 50), !overruled(i) {
            return (i, i, "the largest known article container")
        }
        if let i = biggestUnderFurniture(scanner.bodyProps) ?? biggestUnderFurniture(knownContainers), !overruled(i) {
            return (i, i, "a marked article body under a furniture class word: its prose outweighs the class")
        }
        if let density {
            return (density.root, density.anchor, density.root == density.anchor
                ? "the block holding the most paragraph text, discounted by link density"
                : "the single <article> around the block holding the most paragraph text")
        }
        // A brief (one to three sentences) scores nothing by density; with strong article
        // signals its <article> is the body.
        return biggest(scanner.articleElements, minText: strongSignal ? 8 : 50).map {
            ($0, $0, "no block scores by density; the page's <article> (a short piece with article signals)")
        }
    }

    /// The block holding the most prose, by Readability-style paragraph scores.
    private func densestBlock(strongSignal: Bool) -> (root: Int, anchor: Int)? {
        let stats = scanner.stats
        // Density: score discounted by link density, with a nudge from class names. If
        // furniture hints ruled out everything (a page wrapped in `id="sidebar-wrap"`), they
        // are ignored on a second pass.
        var best: Int?
        for respectFurniture in [true, false] where best == nil {
            var bestScore: Float = 0
            for i in 0..<stats.count {
                let s = stats[i]
                if s.score <= 0 { continue }
                if respectFurniture && (s.insideFurniture || (s.cls.furniture && !(s.cls.softFurniture && s.holdsProse)) || s.tag.isFurniture) { continue }
                var score = s.score * (1 - s.linkDensity)
                if s.cls.container == 1 { score *= 1.25 }
                if s.cls.positive { score *= 1.1 }
                if score > bestScore {
                    bestScore = score
                    best = i
                }
            }
        }
        if var b = best {
            // Paragraphs split across sibling blocks (an ad or a photo between them) share a
            // parent that scores nearly as well; climb to it. An inline winner (`<font>` in old
            // table layouts) climbs to the block that holds little else.
            func adjusted(_ i: Int) -> Float { stats[i].score * (1 - stats[i].linkDensity) }
            var steps = 0
            while steps < 3, let parent = stats[b].node.parent, let p = scanner.index(of: parent),
                !stats[p].cls.furniture || (stats[p].cls.softFurniture && stats[p].holdsProse), !stats[p].tag.isFurniture, stats[p].tag != .body, stats[p].tag != .html
            {
                let inlineClimb = !stats[b].tag.isBlock && stats[p].text <= stats[b].text + stats[b].text / 5 + 20
                let splitClimb = adjusted(p) >= 0.8 * adjusted(b) && stats[p].linkDensity < 0.35
                // A body cut into repeated sections (`<li class="par">` each holding a photo and
                // a `<div class="cont_body">`): the winner's parent is one of several twins, and
                // the list that holds them all is the body. On a page without article signals
                // the winner must be a run of prose itself: there the lead of one item in a list
                // of news items has twins too.
                let sectionClimb = (strongSignal || stats[b].text - stats[b].link >= 200) && hasProseTwin(p)
                if !(inlineClimb || splitClimb || (stats[p].linkDensity < 0.35 && (hasProseTwin(b) || sectionClimb))) { break }
                b = p
                steps += 1
            }
            let best = b
            // A single <article> holding the best block is the better container (it keeps
            // paragraphs split by ads or photos together); furniture inside it is skipped later.
            if scanner.articleElements.count == 1, let a = scanner.articleElements.first,
                stats[a].pageStart <= stats[best].pageStart, stats[a].pageEnd >= stats[best].pageEnd,
                stats[a].linkDensity < 0.4, !stats[a].insideFurniture
            {
                return (a, best)
            }
            return (best, best)
        }
        return nil
    }

    /// Wire services some sites put in meta author (`연합`, `YONHAP`): a credit, not a reporter.
    static let agencies: Set<String> = Set(ExtractionTables.agencies)

    /// Names ending like these are publications, not people.
    private static let mediaSuffixes = ExtractionTables.mediaSuffixes

    static func parseMetaDate(_ raw: String) -> PublishTimeParser.Match? {
        let bytes = Array(raw.utf8)
        // Compact forms some Korean CMSs use: 20250627171200, 202506271712, 20250627.
        if bytes.count == 14 || bytes.count == 12 || bytes.count == 8, bytes.allSatisfy(PublishTimeParser.isDigit) {
            func n(_ a: Int, _ b: Int) -> Int { bytes[a..<b].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
            var c = CivilDateTime(year: n(0, 4), month: n(4, 6), day: n(6, 8))
            if bytes.count >= 12 { c.hour = n(8, 10); c.minute = n(10, 12) }
            if bytes.count == 14 { c.second = n(12, 14) }
            return c.isValid ? .valid(PublishTime(civil: c)) : .invalid("\"\(raw)\" is not a real date and time")
        }
        if let found = PublishTimeParser.firstDate(in: bytes, from: 0, to: bytes.count), found.range.lowerBound < 8 {
            return found.match
        }
        return rfc2822(raw)
    }

    /// `Fri, 27 Jun 2025 08:12:00 +0900` (RSS-style meta dates); `GMT`/`UTC` mean offset 0,
    /// `KST` +09:00.
    static func rfc2822(_ raw: String) -> PublishTimeParser.Match? {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        var words = raw.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = words.first, Int(first) == nil { words.removeFirst() }  // weekday
        guard words.count >= 4, let day = Int(words[0]),
            let month = months.firstIndex(of: String(words[1].lowercased().prefix(3))).map({ $0 + 1 }),
            let year = Int(words[2])
        else { return nil }
        let time = words[3].split(separator: ":").compactMap { Int($0) }
        guard time.count >= 2 else { return nil }
        var civil = CivilDateTime(year: year, month: month, day: day, hour: time[0], minute: time[1])
        if time.count >= 3 { civil.second = time[2] }
        var offset: Int?
        if words.count >= 5 {
            let zone = words[4].uppercased()
            if zone == "GMT" || zone == "UTC" || zone == "Z" || zone == "UT" { offset = 0 }
            else if zone == "KST" { offset = 32400 }
            else if zone.count == 5, let sign = zone.first, sign == "+" || sign == "-", let hhmm = Int(zone.dropFirst()) {
                offset = (sign == "-" ? -1 : 1) * ((hhmm / 100) * 3600 + (hhmm % 100) * 60)
            }
        }
        guard civil.isValid else { return .invalid("\"\(raw)\" is not a real date and time") }
        return .valid(PublishTime(civil: civil, utcOffsetSeconds: offset))
    }

    /// Whether an absolute URL is a site's root (`https://site/`, `https://site/index.html`):
    /// no path beyond an index file and no query (`/?p=123` is a WordPress article).
    static func isSiteRoot(_ url: String) -> Bool {
        guard let schemeEnd = url.firstRange(of: "://") else { return false }
        let rest = url[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) else { return !rest.isEmpty }
        var path = rest[slash...]
        if let hash = path.firstIndex(of: "#") { path = path[..<hash] }
        if path.isEmpty || path == "/" { return true }
        if path.contains("?") { return false }
        let file = path.dropFirst().lowercased()
        return !file.contains("/") && (file.hasPrefix("index.") || file.hasPrefix("main.") || file.hasPrefix("default."))
    }

    static func host(_ url: String) -> String? {
        guard let schemeEnd = url.firstRange(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let hostPart = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let withoutUser = hostPart.split(separator: "@").last ?? hostPart
        let host = withoutUser.split(separator: ":").first.map(String.init) ?? ""
        return host.isEmpty ? nil : host.lowercased()
    }
}
