import Foundation

/// Why an input file could not be hashed for the incremental check.
enum DigestError: Error, CustomStringConvertible {
    /// The file vanished, or permissions changed, between the directory walk and the read.
    case unreadable(path: String, code: Int32)

    var description: String {
        switch self {
        case let .unreadable(_, code):
            // The input path is already the issue's `input_path`; the message says why.
            "cannot read the file: \(String(cString: strerror(code)))"
        }
    }
}
