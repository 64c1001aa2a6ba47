/// The HTTP message inside a WARC response record.
enum HTTPResponse {
    enum Outcome {
        /// A 200 HTML page: its payload (de-chunked, decompressed) and the Content-Type charset.
        case html([UInt8], charset: String?)
        /// Not an HTML 200 response: counted, not reported.
        case skip
        case failed(String)
    }

    static func parse(_ block: [UInt8], maxBodyBytes: Int) -> Outcome {
        // Header end: CRLF CRLF (or LF LF from sloppy servers).
        var headerEnd = -1
        var bodyStart = -1
        var i = 0
        while i + 1 < block.count {
            if block[i] == 0x0A {
                if block[i + 1] == 0x0A { headerEnd = i; bodyStart = i + 2; break }
                if block[i + 1] == 0x0D, i + 2 < block.count, block[i + 2] == 0x0A { headerEnd = i; bodyStart = i + 3; break }
            }
            i += 1
        }
        if headerEnd < 0 { headerEnd = block.count; bodyStart = block.count }
        let headerText = String(decoding: block[0..<headerEnd], as: UTF8.self)
        var lines = headerText.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { String($0).trimmingSpaces }
        guard !lines.isEmpty else { return .skip }
        let statusLine = lines.removeFirst()
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let status = Int(parts[1]) else { return .skip }
        var contentType: String?
        var chunked = false
        var contentEncoding: String?
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = String(line[line.index(after: colon)...]).trimmingSpaces
            switch name {
            case "content-type": contentType = value
            case "transfer-encoding": chunked = value.lowercased().contains("chunked")
            case "content-encoding": contentEncoding = value.lowercased()
            default: break
            }
        }
        guard status == 200 else { return .skip }
        var payload = Array(block[bodyStart...])
        if chunked, let dechunked = dechunk(payload) { payload = dechunked }
        if let encoding = contentEncoding, encoding != "identity", !payload.isEmpty {
            // Crawlers sometimes store the payload already decoded but keep the header.
            let looksCompressed = payload.count >= 2 && ((payload[0] == 0x1F && payload[1] == 0x8B) || encoding.contains("deflate"))
            if looksCompressed {
                let windowBits: Int32 = encoding.contains("deflate") ? 15 + 32 : 15 + 16
                switch Inflater.inflateAll(payload, windowBits: windowBits, limit: maxBodyBytes) {
                case .success(let out): payload = out
                case .failure(let failure):
                    if encoding.contains("deflate"), case .success(let raw) = Inflater.inflateAll(payload, windowBits: -15, limit: maxBodyBytes) {
                        payload = raw
                    } else {
                        return .failed("cannot decode Content-Encoding \(encoding): \(failure)")
                    }
                }
            } else if encoding.contains("br") || encoding.contains("zstd") {
                return .failed("Content-Encoding \(encoding) is not supported")
            }
        }
        if payload.count > maxBodyBytes { return .failed(ReadFailure.overLimit(maxBodyBytes).description) }
        var charset: String?
        if let contentType {
            let params = contentType.split(separator: ";").map { String($0).trimmingSpaces }
            let mime = params.first?.lowercased() ?? ""
            for p in params.dropFirst() where p.lowercased().hasPrefix("charset=") {
                var value = String(p.dropFirst("charset=".count)).trimmingSpaces
                value = value.trimmingCharacters(quotes: true)
                if !value.isEmpty { charset = value }
            }
            if mime.isEmpty {
                if !looksLikeHTML(payload) { return .skip }
            } else if mime != "text/html" && mime != "application/xhtml+xml" {
                return .skip
            }
        } else if !looksLikeHTML(payload) {
            return .skip
        }
        if payload.isEmpty { return .skip }
        return .html(payload, charset: charset)
    }

    /// Decodes `Transfer-Encoding: chunked`; nil when the body is not validly chunked.
    static func dechunk(_ body: [UInt8]) -> [UInt8]? {
        var out = [UInt8]()
        out.reserveCapacity(body.count)
        var i = 0
        while i < body.count {
            var size = 0
            var digits = 0
            while i < body.count, let v = hexValue(body[i]) {
                size = size * 16 + v
                digits += 1
                if digits > 8 { return nil }
                i += 1
            }
            guard digits > 0 else { return nil }
            while i < body.count, body[i] != 0x0A { i += 1 }  // chunk extensions, CR
            i += 1
            if size == 0 { return out }
            guard i + size <= body.count else { return nil }
            out.append(contentsOf: body[i..<(i + size)])
            i += size
            if i < body.count, body[i] == 0x0D { i += 1 }
            if i < body.count, body[i] == 0x0A { i += 1 }
        }
        return out
    }

    @inline(__always)
    private static func hexValue(_ b: UInt8) -> Int? {
        switch b {
        case 0x30...0x39: return Int(b - 0x30)
        case 0x41...0x46: return Int(b - 0x41 + 10)
        case 0x61...0x66: return Int(b - 0x61 + 10)
        default: return nil
        }
    }

    /// WHATWG-style sniff: the first markup is an HTML tag.
    static func looksLikeHTML(_ payload: [UInt8]) -> Bool {
        var i = 0
        if payload.count >= 3, payload[0] == 0xEF, payload[1] == 0xBB, payload[2] == 0xBF { i = 3 }
        while i < payload.count, payload[i] == 0x20 || payload[i] == 0x09 || payload[i] == 0x0A || payload[i] == 0x0D { i += 1 }
        let head = String(decoding: payload[i..<min(payload.count, i + 1024)], as: UTF8.self).lowercased()
        for prefix in ["<!doctype html", "<html", "<head", "<body", "<script", "<!--", "<meta", "<title", "<div", "<p>"] where head.hasPrefix(prefix) {
            return true
        }
        return head.contains("<html")
    }
}

extension String {
    func trimmingCharacters(quotes: Bool) -> String {
        var s = Substring(self)
        while let f = s.first, f == "\"" || f == "'" { s = s.dropFirst() }
        while let l = s.last, l == "\"" || l == "'" { s = s.dropLast() }
        return String(s)
    }
}
