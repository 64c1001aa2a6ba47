import NewsModel

/// One organization-name suffix (`…진흥원`, `…증권`) and the evidence a name ending in it needs.
///
/// Suffixes differ a lot in how often they end ordinary words: nearly every Korean word ending in
/// `부` is not a ministry (`정부`, `일부`, `사업부`), while almost nothing but institutes ends in
/// `진흥원`. Each rule therefore carries its own stem length, stop list and extra evidence.
struct PatternRule: Sendable {
    enum Evidence: Sendable {
        /// The stem alone is enough once it is long enough and not a stop word.
        case stem
        /// The name must start with a public prefix (`한국`, `국립`, a region) or a Latin
        /// acronym (`SH공사`): the suffix also ends common nouns (`보수공사`, `선임연구원`).
        case publicPrefix
        /// The stem must be a Latin acronym or a known company (`KB라이프`, `신한라이프`).
        case knownStem
        /// The stem must end in an insurance line of business (`흥국화재보험`), because most
        /// words ending in `보험` are insurance products (`자동차보험`).
        case insurer
        /// `…시청`/`…도청` need a region before them (`서울시청`); `…청` alone needs a long stem.
        case office
    }

    let suffix: String
    let suffixScalars: [UInt32]
    let type: EntityType
    let confidence: Double
    /// Minimum letters (Hangul or Latin) before the suffix.
    let minimumStem: Int
    let evidence: Evidence
    /// Stems ending in one of these are ordinary words (`사업`+`부`, `유가`+`증권`).
    let stopStemEndings: ScalarWordSet
    /// Whether a foreign country just before the name (`미국 국무부`, `美상무부`) rules it out:
    /// foreign governments are not tagged.
    let agencyOfGovernment: Bool

    init(
        _ suffix: String, _ type: EntityType, confidence: Double, minimumStem: Int,
        evidence: Evidence = .stem, government: Bool = false, stop: [String] = []
    ) {
        self.suffix = suffix
        self.suffixScalars = suffix.unicodeScalars.map(\.value)
        self.type = type
        self.confidence = confidence
        self.minimumStem = minimumStem
        self.evidence = evidence
        self.stopStemEndings = ScalarWordSet(stop)
        self.agencyOfGovernment = government
    }
}
