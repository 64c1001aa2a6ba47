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
            가온시\tagency\tGaon City\t
            나래전자\tcompany\tNarae Electronics\t
            미래창조부\tagency\tMinistry of Future\t
            가온항만공사\tagency\tGaon Port Authority\tGPA
            가온시의회\tagency\tGaon City Council\t
            가온감독원\tagency\tGaon Supervisory Service\tGSS
            가온지방법원\tagency\tGaon District Court\t
            가온진흥공단\tagency\tGaon Promotion Agency\t
            가온수출입은행\tagency\tGaon Export-Import Bank\t
            가온감사원\tagency\tGaon Audit Board\t
            한빛토건\tcompany\tHanbit Construction\t
            동서건설\tcompany\tDongseo Construction\t
            태평양건설\tcompany\tTaepyeongyang Construction\t
            새봄인베스트먼트\tcompany\tSaebom Investment\t
            모아로보틱스\tcompany\tMoa Robotics\t
            동해마린\tcompany\tDonghae Marine\t
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

    @Test func theOrganizationAnAmountDescribesOwnsIt() {
        #expect(owners("지난해 매출이 320억원인 가온테크는 나래전자와 손을 잡았다.") == ["가온테크"])
        #expect(owners("매출 1조원 규모인 나래전자도 참여한다.") == ["나래전자"])
    }

    @Test func aCompanyNamedAgainAsTheCompanyOwnsItsAmounts() {
        #expect(owners("나래전자의 상반기 순손실은 430억원이다. 이 회사의 차입금은 4천억원이다.") == ["나래전자", "나래전자"])
        #expect(owners("가온테크는 신제품을 냈다. 회사는 올해 매출 300억원을 예상한다.") == ["가온테크"])
        // A city named again as `시는`.
        #expect(owners("가온시는 청년 주거에 100억원을 쓴다. 시는 내년 예산 4조원을 확정했다.") == ["가온시", "가온시"])
        // A generic noun is not the company: `국내 기업은` are others.
        #expect(owners("가온테크는 신제품을 냈다. 국내 기업은 매출 500억원을 올렸다.") == [nil])
    }

    @Test func aCompanysOwnFiguresContinueThePreviousSentence() {
        #expect(owners("가온테크는 300억원 규모의 투자를 유치했다. 투자 후 기업가치는 2천억원이다.") == ["가온테크", "가온테크"])
        #expect(owners("나래전자는 회생 절차를 신청했다. 공장은 멈췄다. 미정산 대금은 1천억원이다.") == ["나래전자"])
        #expect(owners("나래전자는 증설을 결정했다. 공사에는 2년간 5조원이 들어간다.") == ["나래전자"])
        // A budget also continues an agency's sentence.
        #expect(owners("미래창조부는 사업자를 선정했다. 사업비는 42억원이다.") == ["미래창조부"])
    }

    @Test func aBudgetBelongsToWhereItComesFromAnInvestmentToWhoRaisesIt() {
        // The funder's budget, though the receiver is the subject.
        #expect(owners("가온테크는 미래창조부로부터 50억원을 지원받는다.") == ["미래창조부"])
        // Money raised is the raiser's; money invested the investor's.
        #expect(owners("가온테크는 나래전자로부터 300억원을 투자받았다.") == ["가온테크"])
        #expect(owners("새봄인베스트먼트는 모아로보틱스에 80억원을 투자했다. 모아로보틱스는 이번 라운드에서 총 150억원을 투자받았다.")
            == ["새봄인베스트먼트", "모아로보틱스"])
        // A fund manager's plan is the manager's.
        #expect(owners("새봄인베스트먼트는 올해 로봇 분야에 500억원을 투자할 계획이다.") == ["새봄인베스트먼트"])
    }

    @Test func anAcronymInParenthesesKeepsTheParticle() {
        #expect(owners("가온항만공사(GPA)는 나래전자와 부두 운영 계약을 900억원에 맺었다.") == ["가온항만공사"])
        #expect(owners("미래창조부는 가온항만공사(GPA)가 준설 예산 300억원을 쓰지 않았다고 밝혔다.") == ["가온항만공사"])
        #expect(owners("가온항만공사(GPA)의 부채는 2조원이다.") == ["가온항만공사"])
    }

    @Test func aFineBelongsToWhoPaysIt() {
        // The organization it is imposed on, not the agency imposing it.
        #expect(owners("가온감독원은 하도급 대금을 늦게 준 한빛토건에 과징금 12억원을 부과했다.") == ["한빛토건"])
        #expect(owners("가온감독원은 나래전자 한국법인에 과태료 3억원을 부과했다.") == ["나래전자"])
        #expect(owners("가온지방법원은 기술을 빼돌린 동해마린에게 벌금 1억원을 선고했다.") == ["동해마린"])
        #expect(owners("가온감독원은 나래전자가 공시 의무를 어겼다며 과징금 20억원을 부과했다.") == ["나래전자"])
        // The fined as the subject, the imposer as the source.
        #expect(owners("나래전자는 미래창조부로부터 과징금 30억원을 부과받았다.") == ["나래전자"])
        #expect(owners("나래전자는 과징금 20억원을 납부했다.") == ["나래전자"])
        // The agency's fine (`X의 과징금`) is the one it imposed, not one it pays.
        #expect(owners("나래전자는 가온감독원의 과징금 30억원 부과에 불복해 소송을 냈다.") == ["나래전자"])
        // A headline's topic, not the agency of a headline.
        let found = ArticleAnalyzer.mentions(
            title: "나래전자, 과징금 30억원 불복 소송", body: "", reference: nil, normalizer: Normalizer(), tagger: Self.tagger)
        #expect(found.money.map(\.owner) == ["나래전자"])
        // Per-firm fines in a breakdown are each firm's.
        #expect(owners("업체별로는 동서건설 9억원, 태평양건설 7억원이다.") == ["동서건설", "태평양건설"])
    }

    @Test func aFineWithNoOneFinedHasNoOwner() {
        // A total over several firms, a person fined, or only the imposer in the sentence.
        #expect(owners("가온감독원은 동서건설, 태평양건설, 한빛토건 등 3개사에 과징금 총 21억원을 물렸다.") == [nil])
        #expect(owners("가온감독원은 동서건설과 태평양건설에 과징금 21억원을 부과했다.") == [nil])
        #expect(owners("가온지방법원은 동해마린 대표 A씨에게 벌금 5억원을 선고했다.") == [nil])
        #expect(owners("가온감독원은 올해 과징금 300억원을 부과했다.") == [nil])
    }

    @Test func aLoanIsTheBorrowersDebt() {
        #expect(owners("동해마린은 가온진흥공단에서 정책자금 200억원을 빌렸다.") == ["동해마린"])
        #expect(owners("가온수출입은행은 동해마린에 선박 건조 자금 5천억원을 대출한다.") == ["동해마린"])
        // Debt repaid to a creditor stays the payer's.
        #expect(owners("동해마린은 가온수출입은행에 빚 300억원을 갚았다.") == ["동해마린"])
    }

    @Test func aSpokespersonsOrganizationIsTheSubject() {
        #expect(owners("나래전자 관계자는 \"올해 매출 5천억원을 기대한다\"고 말했다.") == ["나래전자"])
        #expect(owners("나래전자 김하늘 사장은 청년 채용에 100억원을 투자한다고 밝혔다.") == ["나래전자"])
        #expect(owners("나래전자 대표 김하늘은 300억원을 투자하겠다고 했다.") == ["나래전자"])
    }

    @Test func theSpeakerOfAQuotationOwnsItsAmount() {
        #expect(owners("\"올해 500억원을 투자하겠다\"고 나래전자 김하늘 대표가 말했다.") == ["나래전자"])
        #expect(owners("\"매출 1조원을 넘기겠다\"라고 가온테크는 밝혔다.") == ["가온테크"])
        // A quotation with nobody's name after it: nobody.
        #expect(owners("\"올해 300억원을 투자한다\"는 소문이 돌자 나래전자 주가가 올랐다.") == [nil])
    }

    @Test func severalSubjectsOwnTheirAmountsRespectively() {
        #expect(owners("가온테크와 나래전자는 올해 설비투자에 각각 50억원, 20억원을 쓴다.") == ["가온테크", "나래전자"])
        // One amount of two subjects, or counts that disagree: nobody.
        #expect(owners("가온테크와 나래전자는 합작사에 100억원을 투자한다.") == [nil])
        #expect(owners("가온테크와 나래전자는 각각 50억원을 냈다.") == [nil])
    }

    @Test func aPossessorThatOnlyQualifiesTheSubjectIsNotTheOwner() {
        #expect(owners("가온테크의 자회사 나래전자는 300억원을 투자했다.") == ["나래전자"])
    }

    @Test func theSubjectAfterTheAmountsVerbOwnsIt() {
        #expect(owners("지난해 매출 1조원을 올린 나래전자는 공장을 늘린다.") == ["나래전자"])
        #expect(owners("150억원을 투자받은 모아로보틱스는 인력을 늘린다.") == ["모아로보틱스"])
        // A grant received stays the funder's (here unnamed): the receiver is not guessed.
        #expect(owners("50억원을 지원받은 가온테크는 인력을 늘린다.") == [nil])
        // The verb's own subject before the amount owns it.
        #expect(owners("미래창조부가 300억원을 지원한 가온테크는 인력을 늘린다.") == ["미래창조부"])
        // An organization after the amount as an object is no owner.
        #expect(owners("300억원을 투자한 나래전자를 미래창조부가 선정했다.") == [nil])
    }

    @Test func anAuditorReportsAnotherBodysBudget() {
        #expect(owners("가온감사원은 가온항만공사(GPA)의 보수 예산 4천억원 가운데 900억원이 집행되지 않았다고 밝혔다.")
            == ["가온항만공사", "가온항만공사"])
        #expect(owners("가온시의회는 가온시의 내년도 예산안 3조9천억원을 통과시켰다.") == ["가온시"])
        // `시의 예산안` in the council's sentence is its city's, when the story names the city.
        // (The city is named only after it, so no earlier subject can stand for `시`.)
        #expect(owners("가온시의회는 시의 예산안 5천억원을 통과시켰다. 가온시는 이를 환영했다.") == ["가온시"])
        // The council's own budget stays its own.
        #expect(owners("가온시의회는 의회 운영 예산 30억원을 통과시켰다.") == ["가온시의회"])
    }

    @Test func aPublicCorporationNamedAgainAsGongsa() {
        #expect(owners("가온항만공사는 성수기 대책을 내놨다. 공사는 혼잡 완화에 40억원을 투입한다.") == ["가온항만공사"])
        // No corporation named before: nobody.
        #expect(owners("나래전자는 증설을 검토한다.\n공사는 혼잡 완화에 40억원을 투입한다.") == [nil])
    }

    @Test func theBudgetsWrittenPossessorOwnsIt() {
        // A council passes the city's budget: the amount is the size of `가온시 … 예산안`.
        #expect(owners("가온시의회는 2조원 규모의 가온시 내년도 예산안을 의결했다.") == ["가온시"])
        // The subject's own budget stays the subject's.
        #expect(owners("가온시의회는 의회 예산 30억원을 의결했다.") == ["가온시의회"])
    }

    @Test func aCountrysTotalsReportedByAMinistryHaveNoOwner() {
        #expect(owners("미래창조부는 6월 수출액이 610억 달러로 집계됐다고 밝혔다.") == [nil])
        // A public corporation's own revenue is its own.
        #expect(owners("가온항만공사는 지난해 매출 3천억원을 올렸다.") == ["가온항만공사"])
    }

    @Test func aMarketsSizeHasNoOwner() {
        #expect(owners("가온테크는 국내 AI 시장 규모가 4조원에 이를 것으로 본다.") == [nil])
    }

    @Test func onlyACompanysOwnFiguresAreCarriedOver() {
        // An agency's sentence, a price, a person's pay, or an organization three sentences back.
        #expect(owners("미래창조부는 위원회를 열었다. 위원 연봉은 5천만원이다.") == [nil])
        #expect(owners("가온테크는 공장을 짓는다. 공사비는 500억원이다.") == [nil])
        #expect(owners("가온테크는 기술 유출을 고소했다. A씨는 연봉 4억원을 약속받았다.") == [nil])
        #expect(owners("가온테크는 상장했다. 주가가 올랐다. 거래가 늘었다. 영업이익은 50억원이다.") == [nil])
        #expect(owners("가온테크는 드라마를 만든다. 업계에 따르면 주연 배우의 출연료는 2억원이다.") == [nil])
        // A new paragraph is a new topic.
        #expect(owners("미래창조부는 공고를 냈다.\n과제당 지원금은 150억원이다.") == [nil])
        #expect(owners("가온테크는 상장했다.\n영업이익은 50억원이다.") == [nil])
    }
}
