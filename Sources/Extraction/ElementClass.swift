/// What an element's `class` and `id` say about it: page furniture to drop, or likely content.
///
/// Checked once per element on the raw attribute bytes (lowercased into a small stack-like
/// buffer), with no String made unless the element is interesting.
struct ElementClass {
    /// Not article text: skipped when it appears inside the chosen content.
    var furniture = false
    /// Page-level furniture (navigation, comments, related lists, ads): nothing inside it can be
    /// the article. Weak hints (`top`, `list`, `photo`) never disqualify a whole subtree, since
    /// sites do wrap entire pages in such names.
    var strongFurniture = false
    var positive = false
    /// 2: a known article-body container (`article_body`, `newsct_article`, …), 1: a generic
    /// one (`content`), 0: neither.
    var container: UInt8 = 0
    var articleBodyProp = false
    /// A logo or the site's own name (`logo`, `site-title`, `brand`): never the headline.
    var logo = false
    /// The furniture verdict rests only on words that also name prose containers on some sites
    /// (`editor`, `writer`, `font`, `top`, `list`): a paragraph of real sentences under such a
    /// class is still body text (see `BodyCollector`).
    var softFurniture = false

    /// FNV-1a of a byte run: class words are looked up by hash so no String is ever made.
    @inline(__always)
    static func hash(_ p: UnsafeMutableBufferPointer<UInt8>, _ from: Int, _ to: Int) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for i in from..<to { h = (h ^ UInt64(p[i])) &* 0x100000001b3 }
        return h
    }

    private static func hashes(_ words: [String]) -> Set<UInt64> {
        Set(words.map { w in
            var h: UInt64 = 0xcbf29ce484222325
            for b in w.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            return h
        })
    }

    /// Whole class words (split on spaces) that name an article body.
    private static let specificContainers: Set<UInt64> = hashes(ExtractionTables.specificContainers)
    private static let genericContainers: Set<UInt64> = hashes(ExtractionTables.genericContainers)
    /// Whole words after splitting on `-`, `_` and spaces that mark furniture.
    private static let strongTokens: Set<UInt64> = hashes(ExtractionTables.strongTokens)
    private static let weakTokens: Set<UInt64> = hashes(ExtractionTables.weakTokens)
    /// Weak words that CMSs also put on the article's own paragraphs (`<p class="editor-p">`,
    /// `<div class="font-size17 top-area">`): furniture only when the element holds little prose.
    private static let softTokens: Set<UInt64> = hashes(ExtractionTables.softTokens)
    /// Substrings that mark furniture wherever they occur in a class or id.
    private static let strongSubstrings: [[UInt8]] = ExtractionTables.strongSubstrings.map { Array($0.utf8) }
    private static let weakSubstrings: [[UInt8]] = ExtractionTables.weakSubstrings.map { Array($0.utf8) }
    private static let positiveSubstrings: [[UInt8]] = ExtractionTables.positiveSubstrings.map { Array($0.utf8) }

    init() {}

    /// `class`, `id` and `itemprop` values of an element. Each `class` and `id` value's verdict
    /// comes from `cache`: pages of one site repeat the same few hundred values on every page,
    /// and examining a value costs dozens of passes over its bytes.
    init(
        classValue: UnsafeBufferPointer<UInt8>?, idValue: UnsafeBufferPointer<UInt8>?,
        itemprop: UnsafeBufferPointer<UInt8>?, isContainerTag: Bool, cache: inout ElementClassCache
    ) {
        if let itemprop, itemprop.count == 11, Self.equalsLower(itemprop, "articlebody") {
            articleBodyProp = true
        }
        var hard = false
        for value in [classValue, idValue] {
            guard let value, value.count > 0, value.count < 512 else { continue }
            let verdict = cache.verdict(for: value, isContainerTag: isContainerTag)
            // Each value's verdict is independent of the other's: the flags combine by `or`,
            // the container level by the larger one.
            furniture = furniture || verdict.furniture
            strongFurniture = strongFurniture || verdict.strongFurniture
            positive = positive || verdict.positive
            logo = logo || verdict.logo
            container = max(container, verdict.container)
            hard = hard || (verdict.furniture && !verdict.softFurniture)
        }
        softFurniture = furniture && !hard
        if container > 0 || articleBodyProp {
            furniture = false
            strongFurniture = false
            softFurniture = false
        }
    }

    /// What one `class` or `id` value says on its own.
    struct Verdict: Equatable {
        var furniture = false
        var strongFurniture = false
        var positive = false
        var container: UInt8 = 0
        var logo = false
        var softFurniture = false
    }

    static func verdict(for value: UnsafeBufferPointer<UInt8>, isContainerTag: Bool) -> Verdict {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: value.count) { lower in
            for i in 0..<value.count {
                let b = value[i]
                lower[i] = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
            }
            return examine(lower, isContainerTag: isContainerTag)
        }
    }

    private static func examine(_ lower: UnsafeMutableBufferPointer<UInt8>, isContainerTag: Bool) -> Verdict {
        var v = Verdict()
        var soft = false
        // Whole class words.
        var start = 0
        let n = lower.count
        while start < n {
            while start < n, lower[start] == 0x20 || lower[start] == 0x09 || lower[start] == 0x0A { start += 1 }
            var end = start
            while end < n, lower[end] != 0x20, lower[end] != 0x09, lower[end] != 0x0A { end += 1 }
            if end > start {
                if isContainerTag {
                    let h = Self.hash(lower, start, end)
                    if Self.specificContainers.contains(h) { v.container = 2 }
                    else if v.container == 0, Self.genericContainers.contains(h) { v.container = 1 }
                }
                // Tokens split on - and _.
                var ts = start
                while ts < end {
                    var te = ts
                    while te < end, lower[te] != 0x2D, lower[te] != 0x5F { te += 1 }
                    if te > ts {
                        let h = Self.hash(lower, ts, te)
                        if Self.strongTokens.contains(h) { v.strongFurniture = true }
                        else if Self.weakTokens.contains(h) { v.furniture = true }
                        else if Self.softTokens.contains(h) { soft = true }
                    }
                    ts = te + 1
                }
            }
            start = end
        }
        let whole = UnsafeBufferPointer(lower)
        for w in Self.logoWords where Self.contains(whole, w) {
            v.logo = true
            break
        }
        if !v.strongFurniture {
            for s in Self.strongSubstrings where Self.contains(whole, s) {
                v.strongFurniture = true
                break
            }
        }
        if !v.furniture && !v.strongFurniture {
            for s in Self.weakSubstrings where Self.contains(whole, s) {
                v.furniture = true
                break
            }
        }
        if v.strongFurniture { v.furniture = true }
        if soft && !v.furniture {
            v.furniture = true
            v.softFurniture = true
        }
        for s in Self.positiveSubstrings where Self.contains(whole, s) {
            v.positive = true
            break
        }
        return v
    }

    private static let logoWords: [[UInt8]] = ExtractionTables.logoSubstrings.map { Array($0.utf8) }

    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        let n = hay.count, m = needle.count
        if m > n || m == 0 { return false }
        let first = needle[0]
        var i = 0
        outer: while i <= n - m {
            if hay[i] == first {
                for k in 1..<m where hay[i + k] != needle[k] {
                    i += 1
                    continue outer
                }
                return true
            }
            i += 1
        }
        return false
    }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        hay.withUnsafeBufferPointer { contains($0, needle) }
    }

    private static func equalsLower(_ value: UnsafeBufferPointer<UInt8>, _ s: StaticString) -> Bool {
        let p = s.utf8Start
        for i in 0..<value.count {
            let b = value[i]
            if ((b >= 0x41 && b <= 0x5A) ? b | 0x20 : b) != p[i] { return false }
        }
        return true
    }
}
