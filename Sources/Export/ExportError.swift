/// Why the CSV files or `metadata.json` could not be written.
public enum ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file or its folder could not be created or written; `reason` is the system's.
    case cannotWrite(path: String, reason: String)
    /// The database could not be read for the export.
    case database(message: String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason):
            return "Cannot write \(path): \(reason). Check that its folder exists or can be created, "
                + "is writable by this user and that the disk has space; the previous files were left as they were."
        case .database(let message):
            return "Cannot read the database for the export: \(message)"
        }
    }
}
