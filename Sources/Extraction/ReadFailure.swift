/// Why an input file (or part of one) could not be read, in words a person can act on.
enum ReadFailure: Error, CustomStringConvertible {
    case io(String)
    case truncatedGzip(after: Int)
    case corruptGzip(String, after: Int)
    case overLimit(Int)
    case truncatedRecord(record: Int, expected: Int, got: Int)
    case notWARC(record: Int, line: String)

    var description: String {
        switch self {
        case .io(let reason): return "read error: \(reason)"
        case .truncatedGzip(let after): return "truncated gzip stream after \(formatCount(after)) bytes"
        case .corruptGzip(let message, let after): return "corrupt gzip data after \(formatCount(after)) bytes (\(message))"
        case .overLimit(let limit): return "larger than the \(formatSize(limit)) document size limit"
        case .truncatedRecord(let record, let expected, let got):
            return "WARC record \(record) is truncated: \(formatCount(got)) of \(formatCount(expected)) bytes"
        case .notWARC(let record, let line):
            return "WARC record \(record) does not start with a WARC header (found \"\(line)\")"
        }
    }
}

/// `12345` → `12,345`.
func formatCount(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return n < 0 ? "-" + out : out
}

/// `33554432` → `32 MiB`.
func formatSize(_ n: Int) -> String {
    if n >= 1 << 20 && n % (1 << 20) == 0 { return "\(n >> 20) MiB" }
    if n >= 1 << 10 && n % (1 << 10) == 0 { return "\(n >> 10) KiB" }
    return "\(formatCount(n)) bytes"
}
