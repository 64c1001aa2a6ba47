/// Removes the site name a `<title>` or og:title carries (`제목 - 사이트`, `제목 | 사이트`,
/// `제목 < 섹션 < 사이트`).
enum TitleCleaner {
    private static let separators = [" | ", " - ", " : ", " :: ", " – ", " — ", " · ", " ｜ ", " « ", " » "]

    /// The site name a `<title>` ends with (`제목 - 사이트` → `사이트`), if it has one.
    static func siteSuffix(_ raw: String) -> String? {
        let title = Array(raw.normalizedWhitespace.utf8)
        if let r = findLast(title, lessThan) { return String(decoding: title[(r + lessThan.count)...], as: UTF8.self) }
        for sep in separatorBytes {
            guard let r = findLast(title, sep) else { continue }
            let tail = scalars(title[(r + sep.count)...])
            // The site's name is the shorter part: `누리일보 모바일 :: 제목` ends in the headline.
            if tail > 0 && tail <= 20 && tail < scalars(title[..<r]) { return String(decoding: title[(r + sep.count)...], as: UTF8.self) }
        }
        return nil
    }

    /// The headline inside a site-first `<title>` (`동남매일 - 제목`), when the page shows that
    /// headline as a line of its own.
    ///
    /// Length alone cannot tell `사이트 - 제목` from a headline with a topic prefix
    /// (`반도체 - 메모리 가격 반등…`); the page repeating the rest verbatim as a visible line
    /// (old table layouts put it in a bold cell) can.
    static func headlineAfterSitePrefix(_ raw: String, visibleLines: [UInt8]) -> String? {
        let title = Array(raw.normalizedWhitespace.utf8)
        for sep in separatorBytes {
            guard let r = find(title, sep) else { continue }
            let head = scalars(title[..<r])
            let tail = Array(title[(r + sep.count)...])
            guard head <= 12, scalars(tail[...]) >= 2 * head else { continue }
            if containsLine(tail, in: visibleLines) { return String(decoding: tail, as: UTF8.self) }
        }
        return nil
    }

    /// Whether `line` stands alone on a line of `text` (newline-separated, already trimmed).
    private static func containsLine(_ line: [UInt8], in text: [UInt8]) -> Bool {
        guard !line.isEmpty, line.count <= text.count else { return false }
        var start = 0
        while start < text.count {
            var end = start
            while end < text.count && text[end] != 0x0A { end += 1 }
            var from = start
            var to = end
            while from < to && text[from] == 0x20 { from += 1 }
            while to > from && text[to - 1] == 0x20 { to -= 1 }
            if to - from == line.count && text[from..<to].elementsEqual(line) { return true }
            start = end + 1
        }
        return false
    }

    static func strip(_ raw: String, siteName: String?, aggressive: Bool) -> String? {
        var title = raw.normalizedWhitespace
        // Compared as bytes: String's hasPrefix/hasSuffix walk graphemes, and every headline
        // candidate of every page comes through here.
        if let site = siteName?.normalizedWhitespace, !site.isEmpty {
            let t = Array(title.utf8), sb = Array(site.utf8)
            for sep in separatorBytes + [Array(" < ".utf8)] where t.count > sep.count + sb.count {
                let at = t.count - sb.count - sep.count
                if t[at..<(at + sep.count)].elementsEqual(sep) && t[(at + sep.count)...].elementsEqual(sb) {
                    return at == 0 ? nil : String(decoding: t[..<at], as: UTF8.self)
                }
            }
            for sep in separatorBytes where t.count > sep.count + sb.count {
                if t[..<sb.count].elementsEqual(sb) && t[sb.count..<(sb.count + sep.count)].elementsEqual(sep) {
                    return String(decoding: t[(sb.count + sep.count)...], as: UTF8.self)
                }
            }
        }
        if aggressive {
            let t = Array(title.utf8)
            if let r = find(t, lessThan) {
                title = String(decoding: t[..<r], as: UTF8.self)
            } else {
                for sep in separatorBytes {
                    guard let r = findLast(t, sep) else { continue }
                    let tail = scalars(t[(r + sep.count)...])
                    if tail <= 20 && scalars(t[..<r]) >= tail {
                        title = String(decoding: t[..<r], as: UTF8.self)
                        break
                    }
                }
            }
        }
        title = title.normalizedWhitespace
        return title.isEmpty ? nil : title
    }

    /// Letters and digits of a name, lowercased: `MoneyS`, `moneys` and `Money-S` meet. Names a
    /// site goes by (its og:site_name, a host label) and a candidate author or hashtag are
    /// compared in this form.
    static func brandKey(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        for u in name.unicodeScalars {
            let v = u.value
            if v >= 0x41 && v <= 0x5A { out.append(Unicode.Scalar(v | 0x20)!) }
            else if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0xAC00 && v <= 0xD7A3) { out.append(u) }
        }
        return String(out)
    }

    /// The names a page goes by, in `brandKey` form: its site names and the labels of its own
    /// host that name something (`moneys` of `moneys.mt.co.kr`; not `www`, the top-level
    /// label or one- and two-letter labels such as `co`, `kr`, `m`).
    static func brandKeys(names: [String?], host: String?) -> Set<String> {
        var keys = Set(names.compactMap { $0.map(brandKey) }.filter { $0.unicodeScalars.count >= 2 })
        if let host {
            let labels = host.split(separator: ".")
            for label in labels.dropLast() where label.utf8.count >= 3 && label != "www" { keys.insert(brandKey(String(label))) }
        }
        return keys
    }

    /// `제목 #MoneyS`: a social-card title ending in hashtags of the site's own name carries a
    /// tag, not headline words, and the page's visible headline has none; the tags are dropped.
    /// A hashtag that is not one of the page's names (`#MeToo`) stays.
    static func dropSiteHashtags(_ title: String, brandKeys: Set<String>) -> String {
        guard !brandKeys.isEmpty, title.utf8.contains(0x23) else { return title }
        var b = Array(title.utf8)
        var changed = false
        while let hash = b.lastIndex(of: 0x23), hash > 1, b[hash - 1] == 0x20 {
            let word = b[(hash + 1)...]
            guard !word.isEmpty, !word.contains(0x20), brandKeys.contains(brandKey(String(decoding: word, as: UTF8.self))) else { break }
            b.removeSubrange((hash - 1)...)
            changed = true
        }
        guard changed else { return title }
        let kept = String(decoding: b, as: UTF8.self).normalizedWhitespace
        return kept.isEmpty ? title : kept
    }

    /// Letters and digits only, lowercased: quotes, brackets, ellipses and spaces differ between
    /// a headline's JSON-LD, og:title and visible copies.
    static func key(_ text: String) -> String {
        // Built as UTF-8 bytes: appending to a `String.UnicodeScalarView` cost about 190
        // instructions a scalar, and every title candidate of every page is keyed.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if v >= 0x30 && v <= 0x39 || v >= 0x61 && v <= 0x7A { out.append(UInt8(v)) }
                else if v >= 0x41 && v <= 0x5A { out.append(UInt8(v | 0x20)) }
            } else if !Self.isPunctuation(v) {
                UTF8.encode(scalar) { out.append($0) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The first line of `text[..<end]` (newline-separated) that spells `title` with other
    /// quotation marks only (`"…"` for `“…”`, `'…'` for `‘…’`; spaces aside), if any.
    ///
    /// Compared scalar by scalar without building a String per line: most lines differ at
    /// their first letter and are skipped to their newline.
    static func visibleSpelling(of title: String, in text: [UInt8], before end: Int) -> String? {
        var want: [UInt32] = []
        for s in title.unicodeScalars where s.value != 0x20 { want.append(foldQuote(s.value)) }
        guard !want.isEmpty else { return nil }
        let titleBytes = Array(title.utf8)
        var start = 0
        let limit = min(end, text.count)
        while start < limit {
            var i = start
            var matched = 0
            var ok = true
            while i < text.count, text[i] != 0x0A {
                let b0 = text[i]
                var v: UInt32
                var len = 1
                if b0 < 0x80 { v = UInt32(b0) }
                else if b0 >= 0xF0, i + 3 < text.count { v = UInt32(b0 & 0x07) << 18 | UInt32(text[i + 1] & 0x3F) << 12 | UInt32(text[i + 2] & 0x3F) << 6 | UInt32(text[i + 3] & 0x3F); len = 4 }
                else if b0 >= 0xE0, i + 2 < text.count { v = UInt32(b0 & 0x0F) << 12 | UInt32(text[i + 1] & 0x3F) << 6 | UInt32(text[i + 2] & 0x3F); len = 3 }
                else if b0 >= 0xC0, i + 1 < text.count { v = UInt32(b0 & 0x1F) << 6 | UInt32(text[i + 1] & 0x3F); len = 2 }
                else { v = 0xFFFD }
                i += len
                if v == 0x20 { continue }
                if matched < want.count && want[matched] == foldQuote(v) {
                    matched += 1
                } else {
                    ok = false
                    while i < text.count, text[i] != 0x0A { i += 1 }
                }
            }
            if ok && matched == want.count {
                let line = String(decoding: text[start..<i], as: UTF8.self).normalizedWhitespace
                if !line.isEmpty && !line.utf8.elementsEqual(titleBytes) { return line }
            }
            start = i + 1
        }
        return nil
    }

    /// Curly and low quotation marks as their straight ASCII forms.
    @inline(__always)
    private static func foldQuote(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: return 0x22
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: return 0x27
        default: return v
        }
    }

    /// Non-ASCII marks that decorate a headline without being part of its words: Latin-1
    /// signs, general punctuation (quotes, dashes, `…`, `·`), arrows and shapes (`▲`, `■`),
    /// CJK brackets and full-width ASCII punctuation.
    @inline(__always)
    private static func isPunctuation(_ v: UInt32) -> Bool {
        (v >= 0xA0 && v <= 0xBF) || v == 0xD7 || v == 0xF7 || (v >= 0x2000 && v <= 0x2BFF)
            || (v >= 0x3000 && v <= 0x303F) || (v >= 0xFF01 && v <= 0xFF0F) || (v >= 0xFF1A && v <= 0xFF20)
            || (v >= 0xFF3B && v <= 0xFF40) || (v >= 0xFF5B && v <= 0xFF65)
    }

    /// Two keys name the same headline: equal, or one a cut (prefix) of the other, or one
    /// holding the other whole (a `<title>` with a section name left on).
    static func agree(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.utf8.count <= b.utf8.count ? (Array(a.utf8), Array(b.utf8)) : (Array(b.utf8), Array(a.utf8))
        if short == long { return true }
        let n = scalars(short[...])
        if n >= 6 && long.starts(with: short) { return true }
        return n >= 10 && find(long, short) != nil
    }

    /// The headline without site decorations: `사이트 - 제목`, `제목 | 사이트`, `사이트명 모바일 :: 제목`,
    /// `모바일 :: 제목`. A ` :: ` separator never sits inside a headline, so a short head before it
    /// is the site's; a part ending in `모바일` is the site's mobile name.
    static func dropDecorations(_ raw: String, siteName: String?) -> String? {
        guard let stripped = strip(raw, siteName: siteName, aggressive: false) else { return nil }
        var b = Array(stripped.utf8)
        // Most headlines hold no separator at all: nothing to do.
        guard b.contains(0x3A) || b.contains(0x7C) || b.contains(0x2D) || b.count >= 9 && find(b, mobile) != nil else { return stripped }
        var changed = false
        while let r = find(b, Array(" :: ".utf8)).map({ ($0, 4) }) ?? find(b, Array(":: ".utf8)).map({ ($0, 3) }) {
            let head = scalars(b[..<r.0]), tail = scalars(b[(r.0 + r.1)...])
            guard head <= 24, tail > head else { break }
            b = Array(b[(r.0 + r.1)...])
            changed = true
        }
        for sep in separatorBytes {
            if let r = find(b, sep), b[..<r].count >= mobile.count, b[(r - mobile.count)..<r].elementsEqual(mobile), scalars(b[..<r]) <= 24 {
                b = Array(b[(r + sep.count)...])
                changed = true
            }
            if let r = findLast(b, sep), b.count - r - sep.count >= mobile.count, b[(b.count - mobile.count)...].elementsEqual(mobile),
               scalars(b[(r + sep.count)...]) <= 24
            {
                b = Array(b[..<r])
                changed = true
            }
        }
        guard changed else { return stripped }
        var title = String(decoding: b, as: UTF8.self).normalizedWhitespace
        if let site = siteName, !site.isEmpty { title = strip(title, siteName: site, aggressive: false) ?? title }
        return title.isEmpty ? nil : title
    }

    private static let separatorBytes: [[UInt8]] = separators.map { Array($0.utf8) }
    private static let mobile: [UInt8] = Array("모바일".utf8)
    private static let lessThan: [UInt8] = Array(" < ".utf8)

    private static func scalars(_ b: ArraySlice<UInt8>) -> Int {
        var n = 0
        for x in b where x & 0xC0 != 0x80 { n += 1 }
        return n
    }

    static func find(_ h: [UInt8], _ n: [UInt8]) -> Int? {
        guard n.count <= h.count, let first = n.first else { return nil }
        var i = 0
        while i + n.count <= h.count {
            if h[i] == first, h[i..<(i + n.count)].elementsEqual(n) { return i }
            i += 1
        }
        return nil
    }

    private static func findLast(_ h: [UInt8], _ n: [UInt8]) -> Int? {
        guard n.count <= h.count, let first = n.first else { return nil }
        var i = h.count - n.count
        while i >= 0 {
            if h[i] == first, h[i..<(i + n.count)].elementsEqual(n) { return i }
            i -= 1
        }
        return nil
    }
}
