import Foundation
import NewsModel

/// One source name per outlet: what `articles.source` holds.
///
/// A generic page names its outlet by `og:site_name` (`조선일보`, `조선닷컴`, `chosun`…) or
/// not at all, a profile by whatever its author called it: the same outlet ended up under
/// its Korean name, its host and NULL. Names are decided in this order:
/// 1. `sources:` of pipeline.yml, by the extracted name (site name or profile name);
/// 2. `sources:`, by the article URL's host or a parent domain of it;
/// 3. the built-in outlet table (`data/outlets.tsv`), by host or parent domain;
/// 4. the built-in table by the extracted name, when that is a host or an outlet's own name;
/// 5. the extracted name as it is, else the URL's host, else `unknown`: never NULL.
///
/// Hosts compare lowercased and without `www.`; the longest listed domain wins, so
/// `biz.chosun.com` is 조선비즈 while `news.chosun.com` falls back to `chosun.com`.
struct SourceNames: Sendable {
    /// `sources:` of pipeline.yml, keys folded by `key(_:)`.
    private let configured: [String: String]
    private let builtin: [String: String]
    private let builtinNames: Set<String>

    static let unknown = "unknown"

    init(configured: [String: String] = [:]) {
        var folded: [String: String] = [:]
        for (key, name) in configured { folded[SourceNames.key(key)] = name }
        self.configured = folded
        var table: [String: String] = [:]
        for entry in OutletTable.entries { table[SourceNames.key(entry.host)] = entry.name }
        builtin = table
        builtinNames = Set(OutletTable.entries.map(\.name))
    }

    /// The source name for an article extracted under `extracted` from `url`.
    func name(extracted: String?, url: String) -> String {
        let host = SourceNames.host(of: url)
        if let extracted, let name = configured[SourceNames.key(extracted)] { return name }
        if let host, let name = SourceNames.lookup(host, in: configured) { return name }
        if let host, let name = SourceNames.lookup(host, in: builtin) { return name }
        if let extracted {
            let key = SourceNames.key(extracted)
            if let name = SourceNames.lookup(key, in: builtin) { return name }
            if builtinNames.contains(extracted) { return extracted }
            if !key.isEmpty { return extracted }
        }
        return host ?? SourceNames.unknown
    }

    /// `host` or its nearest listed parent domain (`a.b.chosun.com` → `b.chosun.com` → `chosun.com`).
    static func lookup(_ host: String, in table: [String: String]) -> String? {
        let fast: String?? = host.utf8.withContiguousStorageIfAvailable { bytes -> String?? in
            bytes.allSatisfy { $0 < 0x80 } ? asciiLookup(bytes, in: table) : nil
        } ?? nil
        if let fast { return fast }
        var candidate = Substring(host)
        while true {
            if let name = table[String(candidate)] { return name }
            guard let dot = candidate.firstIndex(of: "."),
                  candidate[candidate.index(after: dot)...].contains(".") else { return nil }
            candidate = candidate[candidate.index(after: dot)...]
        }
    }

    /// `lookup` for an ASCII host, on its bytes (every article asks, and the `Character`
    /// scans cost about 10,000 instructions a call): in ASCII a byte is a character, so the
    /// same suffixes are tried in the same order. `.some(nil)` when none is listed.
    private static func asciiLookup(_ bytes: UnsafeBufferPointer<UInt8>, in table: [String: String]) -> String?? {
        var start = 0
        while true {
            if let name = table[String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)] {
                return .some(name)
            }
            guard let dot = bytes[start...].firstIndex(of: 0x2E),
                  bytes[(dot + 1)...].contains(0x2E) else { return .some(nil) }
            start = dot + 1
        }
    }

    /// Lowercased, trimmed, without a leading `www.`.
    static func key(_ text: String) -> String {
        var key = text.trimmingSpaces.lowercased()
        if key.hasPrefix("www.") { key.removeFirst(4) }
        return key
    }

    /// The host of an `http(s)://` URL, folded like a key; nil for `file:` URLs.
    static func host(of url: String) -> String? {
        if let ascii = url.utf8.withContiguousStorageIfAvailable(asciiHost), let found = ascii {
            guard let host = found else { return nil }
            let folded = key(host)
            return folded.isEmpty ? nil : folded
        }
        guard let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let withoutUser = authority.split(separator: "@").last ?? authority
        let host = withoutUser.split(separator: ":").first.map(String.init) ?? ""
        let folded = key(host)
        return folded.isEmpty ? nil : folded
    }
}

extension SourceNames {
    /// `host(of:)` before folding, on the bytes of an ASCII URL (every article's, once per
    /// page): `.some(nil)` without `://`; nil for a non-ASCII URL, which takes the general
    /// path. In ASCII a byte is a character (CR LF, one character, is neither separator),
    /// so the byte scans below split exactly as the `Character` code does, empty pieces
    /// omitted as `split` omits them.
    fileprivate static func asciiHost(_ b: UnsafeBufferPointer<UInt8>) -> String?? {
        for byte in b where byte >= 0x80 { return nil }
        let n = b.count
        var k = 0
        while k + 2 < n && !(b[k] == 0x3A && b[k + 1] == 0x2F && b[k + 2] == 0x2F) { k += 1 }
        guard k + 2 < n else { return .some(nil) }
        let start = k + 3
        var end = start
        while end < n && b[end] != 0x2F && b[end] != 0x3F && b[end] != 0x23 { end += 1 }
        // The last non-empty piece between `@`s, or the whole authority when there is none.
        var pieceEnd = end
        while pieceEnd > start && b[pieceEnd - 1] == 0x40 { pieceEnd -= 1 }
        var pieceStart = pieceEnd
        while pieceStart > start && b[pieceStart - 1] != 0x40 { pieceStart -= 1 }
        if pieceEnd == start { (pieceStart, pieceEnd) = (start, end) }
        // Its first non-empty piece between `:`s, or nothing.
        var hostStart = pieceStart
        while hostStart < pieceEnd && b[hostStart] == 0x3A { hostStart += 1 }
        var hostEnd = hostStart
        while hostEnd < pieceEnd && b[hostEnd] != 0x3A { hostEnd += 1 }
        return .some(String(decoding: UnsafeBufferPointer(rebasing: b[hostStart..<hostEnd]), as: UTF8.self))
    }
}

private extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.unicodeScalars.first, first.properties.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.unicodeScalars.last, last.properties.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
