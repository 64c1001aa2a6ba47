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
    /// ISO 3166-1 alpha-2 country of a public body (`KR`, `US`); nil for international
    /// organizations, companies and entries that do not say.
    public var country: String?
    /// Names or aliases that are also the start of other words (`삼성` of `삼성동`, `SK` of
    /// `SKT`): a matcher accepts them only at a strict boundary. Always a subset of
    /// `[name] + aliases`.
    public var strictAliases: [String]
    public var origin: Origin

    public init(
        name: String, type: EntityType, nameEnglish: String? = nil, aliases: [String] = [],
        country: String? = nil, strictAliases: [String] = [],
        origin: Origin = Origin(source: "code", line: 0)
    ) {
        self.name = name
        self.type = type
        self.nameEnglish = nameEnglish
        self.aliases = aliases
        self.country = country
        self.strictAliases = strictAliases
        self.origin = origin
    }

    /// The entity the tagger reports for a match of this entry.
    public var entity: Entity {
        Entity(
            name: name, type: type, nameEnglish: nameEnglish, origin: .gazetteer, confidence: 1,
            country: country)
    }
}
