import Foundation
import Logging
import NewsModel
import Normalization
import Tagging
import Testing
@testable import Pipeline

/// The organization an amount belongs to, from real normalization and real tagging with a small
/// gazetteer of invented organizations.
@Suite struct MoneyOwnerTests {
    private static let tagger: OrganizationTagger = {
        let tsv = """
            name\ttype\tname_en\taliases
            가온테크\tcompany\tGaon Tech\t
            나래전자\tcompany\tNarae Electronics\t
            미래창조부\tagency\tMinistry of Future\t
            """
        // A malformed fixture is a defect of this test file, not an input.
        return OrganizationTagger(gazetteer: try! Gazetteer(tsv: tsv, source: "test"))
    }()

    private func owners(_ body: String) -> [String?] {
        let found = ArticleAnalyzer.mentions(
            title: "", body: body, reference: CivilDateTime(year: 2025, month: 9, day: 3, hour: 9),
            normalizer: Normalizer(), tagger: Self.tagger)
        return found.money.map(\.owner)
    }

    @Test func subjectOfTheClauseOwnsTheAmount() {
        #expect(owners("미래창조부는 내년까지 2천억원을 투입한다.") == ["미래창조부"])
        #expect(owners("가온테크는 300억원 규모의 투자를 유치했다.") == ["가온테크"])
        #expect(owners("가온테크가 나래전자에 50억원을 투자했다.") == ["가온테크"])
    }

    @Test func possessorOwnsTheAmount() {
        #expect(owners("업계에 따르면 나래전자의 영업이익은 3000억원이다.") == ["나래전자"])
        #expect(owners("미래창조부는 나래전자의 매출 1조원을 집계했다.") == ["나래전자"])
    }

    @Test func anOrganizationRightBeforeTheAmountsWordsOwnsIt() {
        #expect(owners("올해 나래전자 매출 2조원이 예상된다.") == ["나래전자"])
    }

    @Test func aHeadlinesTopicOwnsItsAmount() {
        let found = ArticleAnalyzer.mentions(
            title: "나래전자, 2조원 투자 유치", body: "", reference: nil, normalizer: Normalizer(), tagger: Self.tagger)
        #expect(found.money.map(\.owner) == ["나래전자"])
        #expect(found.money.map(\.kind) == [.investment])
    }

    @Test func unclearAmountsHaveNoOwner() {
        // The only organization comes after the amount, or sits in another sentence.
        #expect(owners("총 500억원이 나래전자에 돌아갔다.") == [nil])
        #expect(owners("가온테크는 신제품을 냈다. 시장 규모는 5조원이다.") == [nil])
        #expect(owners("업계 매출은 1조원이다.") == [nil])
    }
}
