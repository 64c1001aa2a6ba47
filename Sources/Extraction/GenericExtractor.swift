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

    mutating func extract(_ document: HTMLDocument, input: InputDocument) -> Output {
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
        let siteForTitles = siteName ?? scanner.titleText.flatMap(TitleCleaner.siteSuffix)
        let ogType = meta("og:type")?.lowercased()

        // Content root: itemprop=articleBody, known containers, <article>, then density.
        guard let (contentIndex, anchorIndex) = chooseContent() else { return output }
        let content = scanner.stats[contentIndex]
        let anchor = scanner.stats[anchorIndex]
        let hasArticleSignal = ld.isArticle || ogType == "article" || content.cls.articleBodyProp
            || content.cls.container == 2

        // Title.
        var title = ld.headline
        if title == nil, let og = meta("og:title", "twitter:title") { title = TitleCleaner.strip(og, siteName: siteForTitles, aggressive: false) }
        if title == nil { title = mainHeading(near: contentIndex) }
        if title == nil, let t = scanner.titleText {
            title = TitleCleaner.headlineAfterSitePrefix(t, visibleLines: scanner.pageText.bytes)
                ?? TitleCleaner.strip(t, siteName: siteName, aggressive: true)
        }
        guard let title, !title.isEmpty else { return output }

        collector.title = title
        let paragraphs = collector.collect(content.node, scanner: scanner)
        var bodyLength = 0
        for p in paragraphs { bodyLength += p.unicodeScalars.count }
        if bodyLength < 25 { return output }
        if !hasArticleSignal {
            if bodyLength < 150 { return output }
            if anchor.headlineLinks >= 6 && anchor.linkDensity > 0.3 { return output }
        }

        // Publish time.
        var published: PublishTime?
        let candidates: [String?] = [
            ld.datePublished, meta("article:published_time"), meta("og:published_time", "og:article:published_time"),
            meta("itemprop:datepublished", "datepublished"), meta("pubdate", "publishdate", "publish-date", "publish_date"),
            meta("dcterms.created", "dc.date.created", "dc.date.issued", "dc.date", "date", "article.published", "sailthru.date", "parsely-pub-date"),
            meta("og:regdate", "article:regdate"), meta("time:datetime"),
        ]
        for case let raw? in candidates {
            switch Self.parseMetaDate(raw) {
            case .valid(let t)?: published = t
            case .invalid(let message)?:
                output.issues.append(InputIssue(inputPath: input.path, stage: "extract", severity: .warning, message: "ignored publish time: \(message)"))
            case nil: break
            }
            if published != nil { break }
        }
        let text = scanner.pageText.bytes
        // Bylines sit just before or after the text block itself (inside an <article> root too).
        let bodyStart = Int(anchor.pageStart), bodyEnd = Int(anchor.pageEnd)
        if published == nil {
            let (t, invalid) = BylineParser.publishTime(in: text, bodyStart: bodyStart, bodyEnd: bodyEnd)
            published = t
            if let invalid {
                output.issues.append(InputIssue(inputPath: input.path, stage: "extract", severity: .warning, message: "ignored publish time in byline: \(invalid)"))
            }
        }

        // Author.
        var author: String?
        let ldAuthors = ld.authors.compactMap { BylineParser.cleanAuthor($0) }
        if !ldAuthors.isEmpty { author = ldAuthors.joined(separator: ", ") }
        if author == nil, let m = meta("author", "article:author", "dable:author", "byl", "itemprop:author") {
            author = BylineParser.cleanAuthor(m)
            // Many sites put their own name in meta author.
            if let a = author, let site = siteForTitles, a == site || site.contains(a) || a.contains(site) { author = nil }
            if let a = author, Self.mediaSuffixes.contains(where: { a.hasSuffix($0) }) { author = nil }
        }
        if author == nil { author = BylineParser.author(in: text, bodyStart: bodyStart, bodyEnd: bodyEnd) }

        // URL and source.
        var url: String?
        if let c = scanner.canonical { url = HTMLDocument.resolve(c, against: input.url) }
        if url == nil, let og = meta("og:url") { url = HTMLDocument.resolve(og, against: input.url) }
        if url == nil { url = input.url }
        let source = siteName ?? url.flatMap(Self.host) ?? input.url.flatMap(Self.host)

        output.article = Article(
            url: url ?? "file:\(input.path)#0", source: source, title: title,
            body: paragraphs.joined(separator: "\n"), published: published, author: author,
            inputPath: input.path, itemIndex: 0)
        return output
    }

    /// The element to take paragraphs from, and the text block that anchors the byline search
    /// (the same element unless a surrounding <article> was taken as the root).
    private func chooseContent() -> (root: Int, anchor: Int)? {
        let stats = scanner.stats
        func biggest(_ indices: [Int], minText: Int32) -> Int? {
            var best: Int?
            for i in indices where stats[i].text - stats[i].link >= minText && !stats[i].insideFurniture {
                if let b = best, stats[i].text <= stats[b].text { continue }
                best = i
            }
            return best
        }
        if let i = biggest(scanner.bodyProps, minText: 20) { return (i, i) }
        if let i = biggest(scanner.containers.filter { stats[$0].cls.container == 2 }, minText: 50) { return (i, i) }
        // Density: score discounted by link density, with a nudge from class names. If
        // furniture hints ruled out everything (a page wrapped in `id="sidebar-wrap"`), they
        // are ignored on a second pass.
        var best: Int?
        for respectFurniture in [true, false] where best == nil {
            var bestScore: Float = 0
            for i in 0..<stats.count {
                let s = stats[i]
                if s.score <= 0 { continue }
                if respectFurniture && (s.insideFurniture || s.cls.furniture || s.tag.isFurniture) { continue }
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
                !stats[p].cls.furniture, !stats[p].tag.isFurniture, stats[p].tag != .body, stats[p].tag != .html
            {
                let inlineClimb = !stats[b].tag.isBlock && stats[p].text <= stats[b].text + stats[b].text / 5 + 20
                let splitClimb = adjusted(p) >= 0.8 * adjusted(b) && stats[p].linkDensity < 0.35
                if !(inlineClimb || splitClimb) { break }
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
        return biggest(scanner.articleElements, minText: 50).map { ($0, $0) }
    }

    /// The article's h1 (not a logo), nearest before the body; else an h2 just before it.
    private func mainHeading(near content: Int) -> String? {
        let stats = scanner.stats
        let bodyStart = stats[content].pageStart
        var chosen: String?
        var chosenBefore = false
        for i in scanner.h1s where !stats[i].cls.logo && stats[i].text >= 4 {
            let t = stats[i].node.normalizedText
            if t.isEmpty { continue }
            let before = stats[i].pageStart <= bodyStart
            if chosen == nil || (before && !chosenBefore) || (before && chosenBefore) {
                if chosen != nil && !before { continue }
                chosen = t
                chosenBefore = before
            }
        }
        if let chosen { return chosen }
        var best: String?
        for i in scanner.h2s where stats[i].text >= 6 && stats[i].pageStart <= bodyStart && bodyStart - stats[i].pageStart < 3000 {
            let t = stats[i].node.normalizedText
            if !t.isEmpty { best = t }
        }
        return best
    }

    /// Names ending like these are publications, not people.
    private static let mediaSuffixes = ["일보", "신문", "뉴스", "방송", "미디어", "타임스", "저널", "통신", "닷컴", "경제", "편집국", "취재팀"]

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

    static func host(_ url: String) -> String? {
        guard let schemeEnd = url.firstRange(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let hostPart = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let withoutUser = hostPart.split(separator: "@").last ?? hostPart
        let host = withoutUser.split(separator: ":").first.map(String.init) ?? ""
        return host.isEmpty ? nil : host.lowercased()
    }
}
