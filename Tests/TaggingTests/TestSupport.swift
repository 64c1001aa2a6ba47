import NewsModel
@testable import Tagging

/// A small gazetteer for boundary tests: every rule is exercised on names whose behaviour does
/// not depend on the curated list.
let sampleTSV = """
name\ttype\tname_en\taliases
# government
과학기술정보통신부\tagency\tMinistry of Science and ICT\t과기정통부|과기부
경찰청\tagency\tKorean National Police Agency\t
해양경찰청\tagency\tKorea Coast Guard\t해경
정보통신산업진흥원\tagency\tNational IT Industry Promotion Agency\tNIPA
한국지능정보사회진흥원\tagency\tNational Information Society Agency\tNIA
산업통상자원부\tagency\tMinistry of Trade, Industry and Energy\t산업부

# companies
네이버\tcompany\tNAVER\tNaver
네이버클라우드\tcompany\tNAVER Cloud\t
KT\tcompany\tKT\t케이티
삼성전자\tcompany\tSamsung Electronics\t
SK텔레콤\tcompany\tSK Telecom\tSKT
엔비디아\tcompany\tNVIDIA\t
아마존웹서비스\tcompany\tAmazon Web Services\tAWS
카카오\tcompany\tKakao\t
"""

/// Compiled once: the curated list is large and tests build it from many threads.
let builtinTagger = OrganizationTagger(gazetteer: .builtin())

func sampleGazetteer() throws -> Gazetteer {
    try Gazetteer(tsv: sampleTSV, source: "sample")
}

func sampleTagger() throws -> OrganizationTagger {
    OrganizationTagger(gazetteer: try sampleGazetteer())
}

/// Python's `field[start:end]`: the scalars between two offsets.
func slice(_ field: String, _ start: Int, _ end: Int) -> String? {
    let scalars = Array(field.unicodeScalars)
    guard start >= 0, start <= end, end <= scalars.count else { return nil }
    return String(String.UnicodeScalarView(scalars[start..<end]))
}

/// Every mention's offsets select exactly its surface, mentions are sorted and disjoint, and
/// every mentioned entity is listed once.
func invariantViolations(_ result: TaggingResult, title: String, body: String) -> [String] {
    var problems: [String] = []
    var previous: EntityMention?
    for mention in result.mentions {
        let field = mention.field == .title ? title : body
        if slice(field, mention.start, mention.end) != mention.surface {
            problems.append("\(mention): offsets select '\(slice(field, mention.start, mention.end) ?? "nil")'")
        }
        if let previous, previous.field == mention.field, previous.end > mention.start {
            problems.append("\(mention) overlaps or precedes \(previous)")
        }
        if let previous, previous.field == .body, mention.field == .title {
            problems.append("title mention after body mention: \(mention)")
        }
        if !result.entities.contains(where: { $0.name == mention.entityName }) {
            problems.append("\(mention.entityName) missing from entities")
        }
        previous = mention
    }
    let names = result.entities.map(\.name)
    if Set(names).count != names.count { problems.append("duplicate entities: \(names)") }
    for name in names where !result.mentions.contains(where: { $0.entityName == name }) {
        problems.append("entity \(name) has no mention")
    }
    return problems
}

/// (surface, canonical name) of every mention of the body.
func found(_ tagger: OrganizationTagger, _ body: String, title: String = "") -> [String] {
    let result = tagger.tag(title: title, body: body)
    return result.mentions.map { $0.surface == $0.entityName ? $0.surface : "\($0.surface)=\($0.entityName)" }
}

/// Like `found`, but only gazetteer matches: boundary tests must not depend on pattern rules
/// (`중부해양경찰청` is rightly a pattern organization, but never a match of `경찰청`).
func gazetteerFound(_ tagger: OrganizationTagger, _ body: String) -> [String] {
    let result = tagger.tag(title: "", body: body)
    let listed = Set(result.entities.filter { $0.origin == .gazetteer }.map(\.name))
    return result.mentions.filter { listed.contains($0.entityName) }
        .map { $0.surface == $0.entityName ? $0.surface : "\($0.surface)=\($0.entityName)" }
}
