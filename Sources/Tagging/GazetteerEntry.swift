import NewsModel

/// One organization of the gazetteer: its canonical name, type and the other names it goes by.
public struct GazetteerEntry: Sendable, Hashable {
    /// Where an entry was defined, so errors can point users at the row to edit.
    public struct Origin: Sendable, Hashable {
        /// A file path, or `built-in gazetteer`.
        public var source: String
        /// 1-based line number in `source`.
        public var line: Int

        public init(source: String, line: Int) {
            self.source = source
            self.line = line
        }
    }

    /// The canonical Korean name; the unique key of the `entities` table.
    public var name: String
    public var type: EntityType
    public var nameEnglish: String?
    /// Other spellings matched as this organization (short forms, English acronyms).
    public var aliases: [String]
    public var origin: Origin

    public init(
        name: String, type: EntityType, nameEnglish: String? = nil, aliases: [String] = [],
        origin: Origin = Origin(source: "code", line: 0)
    ) {
        self.name = name
        self.type = type
        self.nameEnglish = nameEnglish
        self.aliases = aliases
        self.origin = origin
    }

    /// The entity the tagger reports for a match of this entry.
    public var entity: Entity {
        Entity(name: name, type: type, nameEnglish: nameEnglish, origin: .gazetteer, confidence: 1)
    }
}
