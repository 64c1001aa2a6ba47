import Glibc
import NewsModel

/// Streams the documents inside one input file: a page, a gzip-compressed page, or a WARC
/// crawl (plain or gzip, one member per record), recognised by content rather than by name.
public struct InputReader: Sendable {
    /// Documents (or decompressed files, or WARC payloads) larger than this are refused with an input issue.
    public var maxDocumentBytes: Int

    public init(maxDocumentBytes: Int = 32 << 20) {
        self.maxDocumentBytes = maxDocumentBytes
    }

    /// Calls `body` once per HTML document in `file`, streaming WARC files record by record.
    /// Never throws for bad input: problems come back as issues and in the counts.
    public func read(_ file: InputFile, _ body: (InputDocument) -> Void) -> InputReadReport {
        var report = InputReadReport()
        func fail(_ message: String, path: String = file.path) {
            report.issues.append(InputIssue(inputPath: path, stage: "read", message: message))
        }
        let fd = open(file.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            fail("cannot open \"\(file.path)\": \(String(cString: strerror(errno)))")
            return report
        }
        var st = stat()
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            fail("\"\(file.path)\" is a folder, not a file")
            return report
        }
        var magic: [UInt8] = [0, 0]
        let got = pread(fd, &magic, 2, 0)
        if got <= 0 {
            close(fd)
            fail(got == 0 ? "file is empty" : "cannot read \"\(file.path)\": \(String(cString: strerror(errno)))")
            return report
        }
        let gzip = got == 2 && magic[0] == 0x1F && magic[1] == 0x8B
        let isWARCName = file.path.lowercased().hasSuffix(".warc")
        if !gzip, !isWARCName, Int(st.st_size) > maxDocumentBytes {
            // Refused before reading a byte: a stray multi-gigabyte file costs nothing.
            var head: [UInt8] = [0, 0, 0, 0, 0]
            if pread(fd, &head, 5, 0) != 5 || head != Self.warcMagic {
                close(fd)
                fail("file is \(ReadFailure.overLimit(maxDocumentBytes)); skipped")
                return report
            }
        }
        do {
            let stream = try ByteStream(fd: fd, gzip: gzip)
            let reader = BufferedReader(stream)
            let head = try reader.peek(5)
            if head == Self.warcMagic {
                let warc = WARCReader(path: file.path, maxDocumentBytes: maxDocumentBytes)
                do {
                    try warc.read(reader, report: &report, body)
                } catch {
                    fail("\(error)")
                }
                return report
            }
            let bytes: [UInt8]
            do {
                bytes = try reader.readAll(limit: maxDocumentBytes)
            } catch .overLimit(let limit) {
                fail(gzip ? "decompressed file is \(ReadFailure.overLimit(limit)); skipped" : "file is \(ReadFailure.overLimit(limit)); skipped")
                return report
            }
            Self.handOn(bytes, compressed: gzip, of: file, to: &report, body)
        } catch {
            fail("\(error)")
        }
        return report
    }

    /// `read(file)` for a file whose bytes the caller already read whole (to hash them): a
    /// page is handed on without touching the disk again. Compressed files and WARC crawls
    /// are streamed from the file as `read(file)` does.
    public func read(_ file: InputFile, contents: [UInt8], _ body: (InputDocument) -> Void) -> InputReadReport {
        let gzip = contents.count >= 2 && contents[0] == 0x1F && contents[1] == 0x8B
        if gzip || contents.starts(with: Self.warcMagic) {
            return read(file, body)
        }
        var report = InputReadReport()
        if contents.count > maxDocumentBytes {
            report.issues.append(InputIssue(
                inputPath: file.path, stage: "read", message: "file is \(ReadFailure.overLimit(maxDocumentBytes)); skipped"))
        } else {
            Self.handOn(contents, compressed: false, of: file, to: &report, body)
        }
        return report
    }

    private static let warcMagic = Array("WARC/".utf8)

    /// A whole single-page file's bytes: handed to `body` if they may be HTML, an issue if not.
    private static func handOn(
        _ bytes: [UInt8], compressed: Bool, of file: InputFile, to report: inout InputReadReport,
        _ body: (InputDocument) -> Void
    ) {
        if let problem = notHTML(bytes, compressed: compressed) {
            report.issues.append(InputIssue(inputPath: file.path, stage: "read", message: problem))
            return
        }
        report.documents = 1
        body(InputDocument(path: file.path, bytes: bytes))
    }

    /// Why these bytes are not an HTML page, or nil when they may be one.
    static func notHTML(_ bytes: [UInt8], compressed: Bool) -> String? {
        if bytes.isEmpty { return compressed ? "gzip file decompresses to nothing" : "file is empty" }
        let utf16 = bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
        let head = bytes.prefix(8192)
        if !utf16, head.contains(0) {
            return "binary file (contains NUL bytes), not an HTML page"
        }
        if !utf16, !bytes.prefix(1 << 16).contains(0x3C) {
            return "no HTML markup in the first 64 KiB; not an HTML page"
        }
        return nil
    }
}
