import NewsModel
import Testing
@testable import Normalization

/// Currency forms, signs and what each amount measures.
@Suite("Money kinds and forms")
struct MoneyKindTests {
    private func money(_ text: String) -> [MoneyMention] {
        let result = Normalizer().normalize(text, field: .body, reference: friday)
        expectSpansMatchSurfaces(text, result)
        return result.money
    }

    @Test func headlineHanjaAndOtherCurrencyWords() {
        let found = money("나래전자 3조弗 투자, 가온 25억 弗 유치, 中 40억元, 日 500억円, 90억 유로화, 300만 파운드, 50만 불")
        #expect(found.map(\.currency) == ["USD", "USD", "CNY", "JPY", "EUR", "GBP", "USD"])
        #expect(found.map(\.amountLow) == [
            3_000_000_000_000, 2_500_000_000, 4_000_000_000, 50_000_000_000, 9_000_000_000, 3_000_000, 500_000,
        ])
    }

    @Test func wordsThatOnlyStartWithACurrencyAreNotOne() {
        #expect(money("3년 불법 영업, 2곳 불과").isEmpty)
    }

    @Test func vagueAmountWithASpace() {
        let found = money("사업에 수 조원이 든다.")
        #expect(found.map(\.surface) == ["수 조원"])
        #expect(found.first?.vague == true)
        #expect(found.first?.amountLow == 2_000_000_000_000)
        #expect(found.first?.amountHigh == 9_000_000_000_000)
    }

    @Test func writtenSignsAreNegativeButLossWordsAreKinds() {
        let found = money("순이익은 -3조원, 전년은 △2000억원이었다. 영업손실 5000억원, 3조원 적자.")
        #expect(found.map(\.amountLow) == [-3_000_000_000_000, -200_000_000_000, 500_000_000_000, 3_000_000_000_000])
        #expect(found.map(\.surface) == ["-3조원", "△2000억원", "5000억원", "3조원"])
        #expect(found.map(\.kind) == [.profit, .profit, .loss, .loss])
        // A hyphen between numbers is a range, not a sign.
        #expect(money("10-20억원 규모").first?.amountLow == 1_000_000_000)
    }

    @Test("kinds", arguments: [
        ("과기정통부는 내년 예산 2천억원을 편성했다.", MoneyKind.budget),
        ("과기정통부는 2천억원을 투입한다.", .budget),
        ("가온테크는 300억원 규모의 투자를 유치했다.", .investment),
        ("3분기 매출은 3조원이다.", .revenue),
        ("영업이익 5000억원을 거뒀다.", .profit),
        ("공정위는 과징금 120억원을 부과했다.", .fine),
        ("총부채 200조원에 이른다.", .debt),
        ("공사비 1500억원이 책정됐다.", .price),
        ("국내 시장 규모는 5조원이다.", .marketSize),
        ("신입 연봉 5000만원을 제시했다.", .salary),
        ("기업가치 1조원을 인정받았다.", .valuation),
        ("나래중공업은 정비 사업을 400억원에 수주했다.", .price),
        ("가온마켓은 물류센터를 3천억원에 매각했다.", .price),
        ("이번 라운드에서 가온벤처스가 120억원을 넣었다.", .investment),
        ("나래미디어는 가상자산 매입에 25억 달러를 쓴다.", .investment),
        ("미정산 판매대금은 약 1천억원이다.", .debt),
        ("법원은 손해배상금 30억원을 지급하라고 판결했다.", .fine),
        ("부당이득 50억원을 환수한다.", .fine),
        ("공장 건설에는 2년간 5조원이 들어간다.", .budget),
        ("국내 협동로봇 시장은 2028년 1조원 규모로 커진다.", .marketSize),
        ("가온해운은 벌크선 4척을 발주했다. 발주액은 1800억원이다.", .price),
        ("나래바이오, 유럽 제약사에 항체 기술이전…총 9억弗", .price),
        ("가온식품, 대만 마트에 김 3억円 공급", .price),
        ("노조는 기본급 15만원 인상을 요구했다.", .salary),
        ("현장 인부 일당은 18만원이다.", .salary),
        ("미집행 보수 비용 700억원을 집행하지 않았다.", .budget),
        ("두 구단은 5년간 유소년 육성에 300억원을 쓰기로 했다.", .budget),
        ("업계는 삭감 폭이 2억 달러에 이를 것으로 본다.", .budget),
        // Round 2, issue 17 on blind text: abbreviations, per-unit subsidies, loans, valuations.
        ("나래전자, 3분기 영업익 2천억원…전년比 40%↑", .profit),
        ("가온은행의 상반기 순익은 9천억원이다.", .profit),
        ("농가에는 ha당 직불금 200만원이 지급된다.", .budget),
        ("동해마린은 진흥공단에서 정책자금 200억원을 빌렸다.", .debt),
        ("가온중공업은 회사채 3천억원을 발행했다.", .debt),
        ("모아로보틱스는 1천억원의 가치를 인정받았다.", .valuation),
        ("상장을 앞둔 가온뱅크의 몸값은 5조원으로 거론된다.", .valuation),
        ("반도체 수출은 150억 달러였다.", .revenue),
        ("가온테크의 광고 수익은 800억원이다.", .revenue),
        ("가온건설은 도로 공사를 620억원에 낙찰받았다.", .price),
        ("대졸 신입 초봉은 5200만원이다.", .salary),
        ("공정위는 이행강제금 3억원을 물렸다.", .fine),
        ("나래전자의 영업손익은 -212억원이다.", .profit),
        ("가온테크는 300억원 규모 시리즈B를 마쳤다.", .investment),
        ("시장은 가온테크의 밸류에이션을 2조원으로 본다.", .valuation),
    ])
    func kinds(_ text: String, _ kind: MoneyKind) {
        #expect(money(text).map(\.kind) == [kind])
    }

    @Test func moneyTakenByFraudHasNoKind() {
        // `투자자` is near, but the amount is what was taken from them.
        #expect(money("법원은 투자자 300명을 속여 450억원을 가로챈 일당에게 중형을 선고했다.").map(\.kind) == [nil])
        #expect(money("회삿돈 12억원을 횡령한 혐의다.").map(\.kind) == [nil])
    }

    @Test func aQuotedClauseEndsAtDago() {
        // The reporting clause's `예산` (in an office's name) is not the amount's word.
        let found = money("가온전력의 총부채는 90조원으로 2조원 줄었다고 국회예산정책처가 밝혔다.")
        #expect(found.map(\.kind) == [.debt, .debt])
    }

    @Test func aChangeMeasuresWhatTheAmountBeforeItMeasured() {
        #expect(money("가온구는 내년 예산을 9천억원으로 짰다. 올해보다 400억원 늘었다.").map(\.kind) == [.budget, .budget])
        #expect(money("매출은 2조원이다. 전년 대비 300억원 감소했다.").map(\.kind) == [.revenue, .revenue])
        #expect(money("올해 매출은 1조원으로 지난해 9천억원보다 늘었다.").map(\.amountLow) == [1_000_000_000_000, 900_000_000_000])
        // Not a change, or too far back: no kind.
        #expect(money("매출은 2조원이다. 이 제품은 1만원이다.").map(\.kind) == [.revenue, nil])
    }
    @Test func aBreakdownMeasuresWhatTheAmountBeforeItMeasured() {
        // `업체별로는 …`: each firm's part of the fine just named; a list of amounts with no word.
        #expect(money("3개사에 과징금 21억원을 물렸다. 업체별로는 가온건설 9억원, 나래건설 7억원이다.").map(\.kind)
            == [.fine, .fine, .fine])
        #expect(money("예산 500억원을 편성했다. 이 중 200억원은 청년 몫이다.").map(\.kind) == [.budget, .budget])
        #expect(money("과징금은 총 120억원이다. 가온건설이 50억원으로 가장 많았고 나래건설 40억원 순이다.").map(\.kind)
            == [.fine, .fine, .fine])
        // No breakdown word and a new sentence: no kind.
        #expect(money("예산 500억원을 편성했다. 가온건설 9억원, 나래건설 7억원이다.").map(\.kind) == [.budget, nil, nil])
    }

    @Test func eachAmountTakesTheWordOfItsClause() {
        let found = money("총부채 200조원, 매출 10조원을 기록했다.")
        #expect(found.map(\.kind) == [.debt, .revenue])
    }

    @Test func noWordNoKind() {
        #expect(money("이 제품은 1만원이다.").map(\.kind) == [nil])
    }

    @Test func targetsBalancesAndLimitsHaveNoKind() {
        #expect(money("조선 3사의 올해 수주 목표는 480억 달러다.").map(\.kind) == [nil])
        #expect(money("이 은행의 PF 대출 잔액은 4천억원이다.").map(\.kind) == [nil])
        #expect(money("예금자 보호 한도가 1억원으로 올랐다.").map(\.kind) == [nil])
        #expect(money("무역수지는 60억 달러 흑자를 기록했다. 경상수지 흑자 50억 달러, 나래전자는 3천억원 적자를 냈다.").map(\.kind)
            == [nil, nil, .loss])
    }

    @Test func aMayorIsNotAMarket() {
        #expect(money("가온시장은 2천억원을 투입한다.").map(\.kind) == [.budget])
    }
}
