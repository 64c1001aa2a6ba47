/// The character encodings knews tells apart, named as iconv knows them.
///
/// Every page is turned into UTF-8 before libxml2 sees it, so libxml2 is always told "UTF-8"
/// and never reads the page's own `<meta charset>` (libxml2 2.9 decodes the CP949-only
/// syllables of a page labelled euc-kr wrongly).
enum PageEncoding: Hashable, Sendable {
    case utf8
    /// EUC-KR and its Microsoft superset; WHATWG maps every EUC-KR label here.
    case cp949
    case utf16LE
    case utf16BE
    /// windows-1252 for latin1/ascii labels (as browsers do), or any other label iconv knows.
    case other(String)

    var iconvName: String {
        switch self {
        case .utf8: return "UTF-8"
        case .cp949: return "CP949"
        case .utf16LE: return "UTF-16LE"
        case .utf16BE: return "UTF-16BE"
        case .other(let name): return name
        }
    }

    /// Maps a charset label (HTTP or meta) to an encoding; nil for labels knews cannot use.
    static func fromLabel(_ raw: String) -> PageEncoding? {
        var label = ""
        for scalar in raw.unicodeScalars {
            if scalar == " " || scalar == "\"" || scalar == "'" || scalar == "\t" { continue }
            label.unicodeScalars.append(scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar)
        }
        switch label {
        case "": return nil
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return .utf8
        case "euc-kr", "euckr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "korean",
            "csksc56011987", "iso-ir-149", "windows-949", "x-windows-949", "cp949", "uhc", "ms949",
            "x-uhc", "csEUCKR".lowercased(), "x-euc-kr":
            return .cp949
        case "utf-16le", "utf-16": return .utf16LE
        case "utf-16be": return .utf16BE
        case "iso-8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "iso8859-1",
            "iso_8859-1", "x-cp1252":
            return .other("WINDOWS-1252")
        default:
            // Only labels made of label characters reach iconv.
            guard label.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E || $0 == 0x3A }) else { return nil }
            return .other(label.uppercased())
        }
    }
}

/// Where the encoding decision came from, for messages and tests.
enum EncodingSource: String, Sendable {
    case bom, http, meta, guess
}

/// Decides a page's encoding in the order of issue 3: BOM, HTTP charset, meta, byte guess.
enum EncodingSniffer {
    static func detect(_ bytes: [UInt8], httpCharset: String?) -> (PageEncoding, EncodingSource, bomLength: Int) {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return (.utf8, .bom, 3) }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return (.utf16LE, .bom, 2) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return (.utf16BE, .bom, 2) }
        if let http = httpCharset, let encoding = PageEncoding.fromLabel(http) { return (encoding, .http, 0) }
        if let label = metaCharset(bytes), let encoding = PageEncoding.fromLabel(label) {
            // A page labelled euc-kr whose bytes are entirely valid UTF-8 with Hangul in them was
            // re-encoded without fixing its meta tag; no EUC-KR text is valid UTF-8 by chance.
            if encoding == .cp949, UTF8Validator.isValidWithMultibyte(bytes) { return (.utf8, .guess, 0) }
            return (encoding, .meta, 0)
        }
        return (guess(bytes), .guess, 0)
    }

    /// UTF-8 when the bytes are valid UTF-8; CP949 when they fit CP949's lead/trail ranges
    /// better than UTF-8 (fewer invalid sequences).
    static func guess(_ bytes: [UInt8]) -> PageEncoding {
        let utf8Errors = UTF8Validator.invalidSequenceCount(bytes, stopAfter: 64)
        if utf8Errors == 0 { return .utf8 }
        let cp949Errors = cp949InvalidCount(bytes, stopAfter: 64)
        return cp949Errors < utf8Errors ? .cp949 : .utf8
    }

    static func cp949InvalidCount(_ bytes: [UInt8], stopAfter: Int) -> Int {
        var errors = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            if b >= 0x81 && b <= 0xFE, i + 1 < n {
                let t = bytes[i + 1]
                if (t >= 0x41 && t <= 0x5A) || (t >= 0x61 && t <= 0x7A) || (t >= 0x81 && t <= 0xFE) {
                    i += 2
                    continue
                }
            }
            errors += 1
            if errors >= stopAfter { return errors }
            i += 1
        }
        return errors
    }

    /// The charset of the first `<meta charset>` or `<meta http-equiv content="…charset=…">`
    /// in the first 8 KB, read from bytes (case-insensitive) before any decoding.
    static func metaCharset(_ bytes: [UInt8]) -> String? {
        let n = min(bytes.count, 8192)
        var i = 0
        while i + 5 < n {
            if bytes[i] == 0x3C, lower(bytes[i + 1]) == 0x6D, lower(bytes[i + 2]) == 0x65, lower(bytes[i + 3]) == 0x74,
                lower(bytes[i + 4]) == 0x61
            {
                var end = i + 5
                while end < n, bytes[end] != 0x3E { end += 1 }
                if let value = charsetValue(bytes, from: i + 5, to: end) { return value }
                i = end
                continue
            }
            i += 1
        }
        return nil
    }

    private static func charsetValue(_ b: [UInt8], from: Int, to: Int) -> String? {
        let key: [UInt8] = Array("charset".utf8)
        var i = from
        while i + key.count <= to {
            var matched = true
            for k in 0..<key.count where lower(b[i + k]) != key[k] { matched = false; break }
            if matched {
                var j = i + key.count
                while j < to, b[j] == 0x20 { j += 1 }
                guard j < to, b[j] == 0x3D else { i += 1; continue }
                j += 1
                while j < to, b[j] == 0x20 || b[j] == 0x22 || b[j] == 0x27 { j += 1 }
                let start = j
                while j < to, b[j] != 0x20, b[j] != 0x22, b[j] != 0x27, b[j] != 0x3B, b[j] != 0x2F, b[j] != 0x3E { j += 1 }
                if j > start { return String(decoding: b[start..<j], as: UTF8.self) }
                return nil
            }
            i += 1
        }
        return nil
    }

    @inline(__always) private static func lower(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }
}

/// Strict UTF-8 validation and repair (overlongs, surrogates and code points past U+10FFFF are invalid).
enum UTF8Validator {
    /// Length of the valid sequence at `i`, or 0 when the bytes there are not valid UTF-8.
    @inline(__always)
    static func sequenceLength(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let n = s.count
        let b0 = s[i]
        if b0 < 0x80 { return 1 }
        if b0 < 0xC2 { return 0 }
        if b0 < 0xE0 {
            return i + 1 < n && s[i + 1] & 0xC0 == 0x80 ? 2 : 0
        }
        if b0 < 0xF0 {
            guard i + 2 < n else { return 0 }
            let b1 = s[i + 1], b2 = s[i + 2]
            guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return 0 }
            if b0 == 0xE0 && b1 < 0xA0 { return 0 }
            if b0 == 0xED && b1 >= 0xA0 { return 0 }
            return 3
        }
        if b0 < 0xF5 {
            guard i + 3 < n else { return 0 }
            let b1 = s[i + 1], b2 = s[i + 2], b3 = s[i + 3]
            guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80 else { return 0 }
            if b0 == 0xF0 && b1 < 0x90 { return 0 }
            if b0 == 0xF4 && b1 >= 0x90 { return 0 }
            return 4
        }
        return 0
    }

    static func invalidSequenceCount(_ bytes: [UInt8], stopAfter: Int = .max) -> Int {
        bytes.withUnsafeBufferPointer { s in
            var errors = 0
            var i = 0
            while i < s.count {
                if s[i] < 0x80 { i += 1; continue }
                let len = sequenceLength(s, i)
                if len == 0 {
                    errors += 1
                    if errors >= stopAfter { return errors }
                    i += 1
                } else {
                    i += len
                }
            }
            return errors
        }
    }

    static func isValidWithMultibyte(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { s in
            var multibyte = 0
            var i = 0
            while i < s.count {
                if s[i] < 0x80 { i += 1; continue }
                let len = sequenceLength(s, i)
                if len == 0 { return false }
                multibyte += 1
                i += len
            }
            return multibyte > 0
        }
    }

    /// The bytes with every invalid sequence replaced by U+FFFD, and how many were replaced.
    /// Returns nil when the bytes were already valid (the common case costs no copy).
    static func repaired(_ bytes: [UInt8], from start: Int = 0) -> (bytes: [UInt8], replaced: Int)? {
        bytes.withUnsafeBufferPointer { s -> ([UInt8], Int)? in
            var i = start
            while i < s.count {
                if s[i] < 0x80 { i += 1; continue }
                let len = sequenceLength(s, i)
                if len == 0 { break }
                i += len
            }
            if i >= s.count { return nil }
            var out = [UInt8]()
            out.reserveCapacity(s.count + 64)
            out.append(contentsOf: s[start..<i])
            var replaced = 0
            while i < s.count {
                if s[i] < 0x80 { out.append(s[i]); i += 1; continue }
                let len = sequenceLength(s, i)
                if len == 0 {
                    out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    replaced += 1
                    i += 1
                    // One replacement per maximal invalid run of continuation bytes.
                    while i < s.count, s[i] & 0xC0 == 0x80 { i += 1 }
                } else {
                    out.append(contentsOf: s[i..<(i + len)])
                    i += len
                }
            }
            return (out, replaced)
        }
    }
}
