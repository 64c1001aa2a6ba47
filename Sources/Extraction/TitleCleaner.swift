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
            if !tail.isEmpty && tail.unicodeScalars.count <= 20 { return String(tail) }
        }
        return nil
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
}
