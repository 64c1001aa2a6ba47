import NewsModel

/// The organizations knews knows by name: the curated built-in list plus users' own files.
///
/// Entries are keyed by canonical name: a later entry with the same name replaces the earlier
/// one, so a user file can correct the built-in list without forking it. Every name and alias
/// must identify one organization only; a clash is an error naming both rows, because silently
/// picking one would mislabel every mention of that alias.
public struct Gazetteer: Sendable {
    /// Entries in definition order (an overriding entry takes the place of the one it replaces).
    public private(set) var entries: [GazetteerEntry] = []
    private var indexByName: [String: Int] = [:]

    /// An empty gazetteer; merge files or entries into it.
    public init() {}

    /// Parses gazetteer TSV text: a header `name	type	name_en	aliases`, one organization per
    /// line, aliases separated by `|`, `#` comments and blank lines allowed.
    ///
    /// - Parameter source: how errors name this text (a file path, or a label for tests).
    public init(tsv: String, source: String) throws(GazetteerError) {
        for entry in try GazetteerTSV.parse(tsv, source: source) {
            insert(entry)
        }
        try validate()
    }

    /// The curated list compiled into the binary, so a copied `knews` needs no data files.
    ///
    /// The list is checked by the test suite; a malformed built-in list is a build defect, not
    /// an input problem, so it stops the program with the parser's explanation.
    public static func builtin() -> Gazetteer {
        do {
            return try Gazetteer(tsv: builtinGazetteerTSV, source: "built-in gazetteer")
        } catch {
            preconditionFailure("the built-in gazetteer is invalid: \(error)")
        }
    }

    /// Adds the entries of a user TSV file (same format as `init(tsv:source:)`); entries whose
    /// canonical name already exists replace the existing ones.
    public mutating func merge(contentsOfFile path: String) throws(GazetteerError) {
        let text = try GazetteerTSV.readText(path: path)
        try merge(Gazetteer(tsv: text, source: path))
    }

    /// Adds `other`'s entries; on the same canonical name, `other` wins.
    public mutating func merge(_ other: Gazetteer) throws(GazetteerError) {
        var merged = self
        for entry in other.entries {
            merged.insert(entry)
        }
        try merged.validate()
        self = merged
    }

    /// Adds or replaces one entry (by canonical name) and checks that no alias becomes ambiguous.
    public mutating func add(_ entry: GazetteerEntry) throws(GazetteerError) {
        var merged = self
        merged.insert(entry)
        try merged.validate()
        self = merged
    }

    public var count: Int { entries.count }

    /// The entry whose canonical name is `name`.
    public func entry(named name: String) -> GazetteerEntry? {
        indexByName[name].map { entries[$0] }
    }

    private mutating func insert(_ entry: GazetteerEntry) {
        if let index = indexByName[entry.name] {
            entries[index] = entry
        } else {
            indexByName[entry.name] = entries.count
            entries.append(entry)
        }
    }

    /// Rejects a name or alias claimed by two entries.
    private func validate() throws(GazetteerError) {
        var owner: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            for surface in [entry.name] + entry.aliases {
                if let other = owner[surface], other != index {
                    let first = entries[other]
                    throw .aliasConflict(
                        alias: surface, first: first.origin, firstName: first.name,
                        second: entry.origin, secondName: entry.name)
                }
                owner[surface] = index
            }
        }
    }

    /// Every string the matcher looks for, with the index of the entry it names.
    ///
    /// Canonical names and aliases always count. English names count too (news writes
    /// `NVIDIA`, `Samsung Electronics`), but they are descriptive rather than claimed, so one
    /// that is shared by two entries, or that is another entry's name or alias, is left out
    /// instead of being an error.
    func surfaces() -> [(surface: String, entry: Int)] {
        var result: [(surface: String, entry: Int)] = []
        var claimed: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            for surface in [entry.name] + entry.aliases where claimed[surface] == nil {
                claimed[surface] = index
                result.append((surface, index))
            }
        }
        var english: [String: Int] = [:]
        var ambiguous: Set<String> = []
        for (index, entry) in entries.enumerated() {
            guard let en = entry.nameEnglish, en.unicodeScalars.count >= 2 else { continue }
            if let owner = claimed[en] {
                if owner != index { ambiguous.insert(en) }
                continue
            }
            if let other = english[en], other != index { ambiguous.insert(en) }
            english[en] = index
        }
        for (surface, index) in english.sorted(by: { $0.key < $1.key })
        where !ambiguous.contains(surface) {
            result.append((surface, index))
        }
        return result
    }
}
