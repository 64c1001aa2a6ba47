/// What the incremental state remembers of an input file between runs.
///
/// Size and modification time are the cheap first check; the content hash decides when they
/// changed, so a `touch` alone does not make knews re-extract a file.
public struct InputFingerprint: Sendable, Hashable {
    public var path: String
    public var size: Int64
    /// Modification time in nanoseconds since the epoch.
    public var modifiedNanos: Int64
    /// Hex SHA-256 of the file's bytes.
    public var sha256: String

    public init(path: String, size: Int64, modifiedNanos: Int64, sha256: String) {
        self.path = path
        self.size = size
        self.modifiedNanos = modifiedNanos
        self.sha256 = sha256
    }
}
