import NewsModel

/// The organizations knews knows by name. API CONTRACT STUB.
public struct Gazetteer: Sendable {
    /// The curated list compiled into the binary.
    public static func builtin() -> Gazetteer {
        fatalError("Gazetteer.builtin not implemented yet")
    }

    /// Adds the entries of a user TSV file (canonical name, type, English name, aliases).
    public mutating func merge(contentsOfFile path: String) throws(GazetteerError) {
        fatalError("Gazetteer.merge not implemented yet")
    }
}

public enum GazetteerError: Error, Sendable, Equatable {
    case unreadable(path: String, reason: String)
    case malformedLine(path: String, line: Int, reason: String)
}
