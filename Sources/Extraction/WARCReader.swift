import NewsModel

/// Reads WARC 1.0/1.1 records one at a time and turns HTML responses into documents.
///
/// Only one record's block is in memory at once (and never one over the document limit),
/// so a crawl of any size reads in flat memory.
///
/// A record whose `Content-Length` lies does not cost the rest of the file: each block must
/// be followed by the blank-line separator and the next `WARC/` header (or the end). When it
/// is not, a next header found inside the block (the length was too long) is read again from
/// there; otherwise (too short, or no usable length) reading skips forward to the next line
/// that starts a `WARC/1.x` header. The bad record is recorded as an input error saying what
/// was wrong, and is not handed on: its bytes cannot be trusted.
struct WARCReader {
    let path: String
    let maxDocumentBytes: Int

    private static let headerStart = Array("WARC/".utf8)
    private static let separatorAndHeader = Array("\r\n\r\nWARC/1.".utf8)

    func read(_ reader: BufferedReader, report: inout InputReadReport, _ body: (InputDocument) -> Void) throws(ReadFailure) {
        var record = 0
        var carried: [UInt8]?  // a header line found while resynchronising
        func bad(_ message: String) {
            report.issues.append(InputIssue(inputPath: "\(path)#\(record)", stage: "read", message: "WARC record \(record): \(message)"))
        }
        while true {
            let header: [UInt8]
            if let line = carried {
                header = line
                carried = nil
            } else {
                // Records are separated by blank lines.
                var line: [UInt8]?
                repeat {
                    line = try reader.readLine()
                } while line?.isEmpty == true
                guard let line else { return }
                header = line
            }
            guard header.starts(with: Self.headerStart) else {
                if record == 0 {
                    throw .notWARC(record: record, line: String(decoding: header.prefix(40), as: UTF8.self))
                }
                let (next, lines) = try resynchronise(reader)
                bad("expected a WARC/1.x header, found \"\(Self.excerpt(header))\"; skipped \(formatCount(lines + 1)) lines to \(next == nil ? "the end of the file" : "the next record header")")
                guard let next else { return }
                carried = next
                continue
            }
            var fields: [String: String] = [:]
            while let l = try reader.readLine(), !l.isEmpty {
                guard let colon = l.firstIndex(of: 0x3A) else { continue }
                let name = String(decoding: l[..<colon], as: UTF8.self).lowercased()
                let value = String(decoding: l[(colon + 1)...], as: UTF8.self).trimmingSpaces
                fields[name] = value
            }
            guard let lengthText = fields["content-length"], let length = Int(lengthText), length >= 0 else {
                let found = fields["content-length"].map { "Content-Length \"\($0.prefix(40))\" is not a byte count" } ?? "the header has no Content-Length"
                let (next, _) = try resynchronise(reader)
                bad("\(found); skipped to \(next == nil ? "the end of the file" : "the next record header")")
                record += 1
                guard let next else { return }
                carried = next
                continue
            }
            let type = fields["warc-type"]?.lowercased() ?? ""
            let recordPath = "\(path)#\(record)"
            let isHTTPResponse = type == "response" && (fields["content-type"]?.lowercased().hasPrefix("application/http") ?? true)
            if length > maxDocumentBytes + 65536 {
                let skipped = try reader.skip(length)
                if skipped < length { throw .truncatedRecord(record: record, expected: length, got: skipped) }
                if isHTTPResponse {
                    report.issues.append(InputIssue(
                        inputPath: recordPath, stage: "read",
                        message: "WARC record \(record) is \(formatSize(length)), \(ReadFailure.overLimit(maxDocumentBytes).description); skipped"))
                } else {
                    report.skippedRecords += 1
                }
                record += 1
                continue
            }
            let block = try reader.readBytes(length)
            if !(try endsCleanly(reader)) || block.count < length {
                if let next = Self.firstIndex(of: Self.separatorAndHeader, in: block) {
                    // Too long: the next record starts inside this block. Read it again.
                    reader.unread(Array(block[(next + 4)...]))
                    bad("Content-Length says \(formatCount(length)) bytes, but the next record's header starts after \(formatCount(next)); this record was skipped")
                    record += 1
                    continue
                }
                if block.count < length {
                    throw .truncatedRecord(record: record, expected: length, got: block.count)
                }
                // Too short: the record goes on past its length. Skip to the next header.
                let found = Self.excerpt(try reader.peek(40))
                let (next, _) = try resynchronise(reader)
                bad("Content-Length says \(formatCount(length)) bytes, but the record goes on after them (\"\(found)\"); this record was skipped")
                record += 1
                guard let next else { return }
                carried = next
                continue
            }
            if isHTTPResponse {
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
                report.skippedRecords += 1
            }
            record += 1
        }
    }

    /// Whether what follows a block is the separator and the next header, or the end (a
    /// missing or partial separator at the very end is tolerated).
    private func endsCleanly(_ reader: BufferedReader) throws(ReadFailure) -> Bool {
        let next = try reader.peek(12)
        let rest = next.drop { $0 == 0x0D || $0 == 0x0A }
        return rest.isEmpty || rest.starts(with: Self.headerStart)
    }

    /// Reads lines up to the next that starts a `WARC/1.` header; that line (nil at the end)
    /// and how many lines were skipped.
    private func resynchronise(_ reader: BufferedReader) throws(ReadFailure) -> ([UInt8]?, Int) {
        var skipped = 0
        while let line = try reader.readLine() {
            if line.starts(with: Self.headerStart), line.count > 6, line[5] == UInt8(ascii: "1"), line[6] == UInt8(ascii: ".") {
                return (line, skipped)
            }
            skipped += 1
        }
        return (nil, skipped)
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count, let first = needle.first else { return nil }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// The first bytes of `bytes` as printable text, for a message.
    private static func excerpt(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.prefix(40), as: UTF8.self)
            .unicodeScalars.map { $0.value < 0x20 ? " " : String($0) }.joined()
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
