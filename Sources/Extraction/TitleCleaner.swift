/// Removes the site name a `<title>` or og:title carries (`제목 - 사이트`, `제목 | 사이트`,
/// `제목 < 섹션 < 사이트`).
enum TitleCleaner {
    private static let separators = [" | ", " - ", " : ", " :: ", " – ", " — ", " · ", " ｜ ", " « ", " » "]

    /// The site name a `<title>` ends with (`제목 - 사이트` → `사이트`), if it has one.
    static func siteSuffix(_ raw: String) -> String? {
        let title = raw.normalizedWhitespace
        if let r = title.ranges(of: " < ").last { return String(title[r.upperBound...]) }
        for sep in separators {
            guard let r = title.ranges(of: sep).last else { continue }
            let tail = title[r.upperBound...]
            // The site's name is the shorter part: `누리일보 모바일 :: 제목` ends in the headline.
            let head = title[..<r.lowerBound]
            if !tail.isEmpty && tail.unicodeScalars.count <= 20 && tail.unicodeScalars.count < head.unicodeScalars.count { return String(tail) }
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
        let title = raw.normalizedWhitespace
        for sep in separators {
            guard let r = title.firstRange(of: sep) else { continue }
            let head = title[..<r.lowerBound]
            let tail = String(title[r.upperBound...])
            guard head.unicodeScalars.count <= 12, tail.unicodeScalars.count >= 2 * head.unicodeScalars.count else { continue }
            if containsLine(Array(tail.utf8), in: visibleLines) { return tail }
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
        if let site = siteName?.normalizedWhitespace, !site.isEmpty {
            for sep in separators + [" < "] where title.hasSuffix(sep + site) {
                title = String(title.dropLast((sep + site).count))
                return title.isEmpty ? nil : title
            }
            for sep in separators where title.hasPrefix(site + sep) {
                title = String(title.dropFirst((site + sep).count))
                return title.isEmpty ? nil : title
            }
        }
        if aggressive {
            if let r = title.firstRange(of: " < ") {
                title = String(title[..<r.lowerBound])
            } else {
                for sep in separators {
                    guard let r = title.ranges(of: sep).last else { continue }
                    let tail = title[r.upperBound...]
                    let head = title[..<r.lowerBound]
                    if tail.unicodeScalars.count <= 20 && head.unicodeScalars.count >= tail.unicodeScalars.count {
                        title = String(head)
                        break
                    }
                }
            }
        }
        title = title.normalizedWhitespace
        return title.isEmpty ? nil : title
    }

    /// Letters and digits only, lowercased: quotes, brackets, ellipses and spaces differ between
    /// a headline's JSON-LD, og:title and visible copies.
    static func key(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic || (scalar.value >= 0x30 && scalar.value <= 0x39) {
            out.append(scalar.properties.isUppercase ? (scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar) : scalar)
        }
        return String(out)
    }

    /// Two keys name the same headline: equal, or one a cut (prefix) of the other, or one
    /// holding the other whole (a `<title>` with a section name left on).
    static func agree(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.utf8.count <= b.utf8.count ? (a, b) : (b, a)
        let n = short.unicodeScalars.count
        if n >= 6 && long.hasPrefix(short) { return true }
        return n >= 10 && long.contains(short)
    }

    /// The headline without site decorations: `사이트 - 제목`, `제목 | 사이트`, `사이트명 모바일 :: 제목`,
    /// `모바일 :: 제목`. A ` :: ` separator never sits inside a headline, so a short head before it
    /// is the site's; a part ending in `모바일` is the site's mobile name.
    static func dropDecorations(_ raw: String, siteName: String?) -> String? {
        guard var title = strip(raw, siteName: siteName, aggressive: false) else { return nil }
        while let r = title.firstRange(of: " :: ") ?? title.firstRange(of: ":: ") {
            let head = title[..<r.lowerBound]
            let tail = title[r.upperBound...]
            guard head.unicodeScalars.count <= 24, tail.unicodeScalars.count > head.unicodeScalars.count else { break }
            title = String(tail).normalizedWhitespace
        }
        for sep in separators {
            if let r = title.firstRange(of: sep), title[..<r.lowerBound].hasSuffix("모바일"), title[..<r.lowerBound].unicodeScalars.count <= 24 {
                title = String(title[r.upperBound...])
            }
            if let r = title.ranges(of: sep).last, title[r.upperBound...].hasSuffix("모바일"), title[r.upperBound...].unicodeScalars.count <= 24 {
                title = String(title[..<r.lowerBound])
            }
        }
        if let site = siteName, !site.isEmpty, title != raw.normalizedWhitespace {
            title = strip(title, siteName: site, aggressive: false) ?? title
        }
        title = title.normalizedWhitespace
        return title.isEmpty ? nil : title
    }
}
