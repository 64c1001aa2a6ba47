import NewsModel

/// Reads WARC 1.0/1.1 records one at a time and turns HTML responses into documents.
///
/// Only one record's block is in memory at once (and never one over the document limit),
/// so a crawl of any size reads in flat memory.
struct WARCReader {
    let path: String
    let maxDocumentBytes: Int

    func read(_ reader: BufferedReader, report: inout InputReadReport, _ body: (InputDocument) -> Void) throws(ReadFailure) {
        var record = 0
        while true {
            // Records are separated by blank lines.
            var line: [UInt8]?
            repeat {
                line = try reader.readLine()
            } while line?.isEmpty == true
            guard let header = line else { return }
            guard header.starts(with: Array("WARC/".utf8)) else {
                throw .notWARC(record: record, line: String(decoding: header.prefix(40), as: UTF8.self))
            }
            var fields: [String: String] = [:]
            while let l = try reader.readLine(), !l.isEmpty {
                guard let colon = l.firstIndex(of: 0x3A) else { continue }
                let name = String(decoding: l[..<colon], as: UTF8.self).lowercased()
                let value = String(decoding: l[(colon + 1)...], as: UTF8.self).trimmingSpaces
                fields[name] = value
            }
            guard let lengthText = fields["content-length"], let length = Int(lengthText), length >= 0 else {
                throw .notWARC(record: record, line: "no Content-Length")
            }
            let type = fields["warc-type"]?.lowercased() ?? ""
            let recordPath = "\(path)#\(record)"
            let isHTTPResponse = type == "response" && (fields["content-type"]?.lowercased().hasPrefix("application/http") ?? true)
            if isHTTPResponse && length > maxDocumentBytes + 65536 {
                let skipped = try reader.skip(length)
                if skipped < length { throw .truncatedRecord(record: record, expected: length, got: skipped) }
                report.issues.append(InputIssue(
                    inputPath: recordPath, stage: "read",
                    message: "WARC record \(record) is \(formatSize(length)), \(ReadFailure.overLimit(maxDocumentBytes).description); skipped"))
            } else if isHTTPResponse {
                let block = try reader.readBytes(length)
                if block.count < length { throw .truncatedRecord(record: record, expected: length, got: block.count) }
                switch HTTPResponse.parse(block, maxBodyBytes: maxDocumentBytes) {
                case .html(let payload, let charset):
                    report.documents += 1
                    body(InputDocument(path: recordPath, url: fields["warc-target-uri"]?.strippingAngleBrackets, bytes: payload, httpCharset: charset))
                case .skip:
                    report.skippedRecords += 1
                case .failed(let message):
                    report.issues.append(InputIssue(inputPath: recordPath, stage: "read", message: "WARC record \(record): \(message)"))
                }
            } else {
                let skipped = try reader.skip(length)
                if skipped < length { throw .truncatedRecord(record: record, expected: length, got: skipped) }
                report.skippedRecords += 1
            }
            record += 1
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }

    /// WARC 1.0 writes `WARC-Target-URI: <http://…>` in some tools.
    var strippingAngleBrackets: String {
        hasPrefix("<") && hasSuffix(">") ? String(dropFirst().dropLast()) : self
    }
}
