/// Why a gazetteer file could not be loaded, phrased so the user can fix the file.
///
/// Every case names the file (or `built-in gazetteer`) and, where it applies, the line, because
/// users edit these files in spreadsheets and need to find the offending row.
public enum GazetteerError: Error, Sendable, Equatable {
    /// The file could not be opened or is not text.
    case unreadable(path: String, reason: String)
    /// One row is not a valid entry; `line` is 1-based, counting the header and comments.
    case malformedLine(path: String, line: Int, reason: String)
    /// Two different organizations claim the same name or alias, so a mention would be ambiguous.
    case aliasConflict(alias: String, first: GazetteerEntry.Origin, firstName: String,
                       second: GazetteerEntry.Origin, secondName: String)
}

extension GazetteerError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "gazetteer \(path): cannot read the file: \(reason)"
        case .malformedLine(let path, let line, let reason):
            return "gazetteer \(path) line \(line): \(reason)"
        case .aliasConflict(let alias, let first, let firstName, let second, let secondName):
            return "gazetteer \(second.source) line \(second.line): '\(alias)' names '\(secondName)', "
                + "but \(first.source) line \(first.line) already uses it for '\(firstName)'; "
                + "an alias can name only one organization: remove it from one of the two entries "
                + "(to correct an entry, repeat its canonical name in your file)"
        }
    }
}
