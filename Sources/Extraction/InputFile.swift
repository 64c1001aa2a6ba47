/// One file on disk that the run will read; size and modification time feed the incremental check.
public struct InputFile: Sendable, Hashable {
    public var path: String
    public var size: Int64
    public var modifiedNanos: Int64

    public init(path: String, size: Int64, modifiedNanos: Int64) {
        self.path = path
        self.size = size
        self.modifiedNanos = modifiedNanos
    }
}
