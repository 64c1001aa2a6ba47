import Foundation

/// A file that could not be read for its content hash (it vanished, or permissions changed
/// between the directory walk and the read).
struct DigestError: Error, CustomStringConvertible {
    let path: String
    let code: Int32

    var description: String {
        "cannot read the file: \(String(cString: strerror(code)))"
    }
}
