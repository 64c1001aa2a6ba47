
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
