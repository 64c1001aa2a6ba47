import NewsModel
import Testing
@testable import Normalization

@Suite("Money amounts")
struct MoneyTests {
    @Test("table", arguments: allMoneyCases)
    func table(_ c: MoneyCase) {
        let result = Normalizer().normalize(c.text, field: .body, reference: friday)
        expectSpansMatchSurfaces(c.text, result)
        #expect(result.money.count == c.expected.count, "found \(result.money.map(\.surface))")
        for (found, want) in zip(result.money, c.expected) {
            let start = scalarOffset(of: want.surface, in: c.text, occurrence: want.occurrence)
            #expect(found.surface == want.surface)
            #expect(found.start == start)
            #expect(found.end == (start ?? -1) + want.surface.unicodeScalars.count)
            #expect(found.currency == want.currency)
            #expect(found.amountLow == want.low)
            #expect(found.amountHigh == want.high)
            #expect(found.qualifier == want.qualifier)
            #expect(found.vague == want.vague)
            #expect(found.field == .body)
        }
        #expect(result.warnings.isEmpty)
    }

    /// Headlines drop `원` after 억 and 조; bodies do not, and counts keep their counter.
    @Test func headlineAmountsWithoutWonAreWon() {
        let title = Normalizer().normalize("누리전자, 매출 3조 눈앞…과징금 48억에 2천억대 투자", field: .title, reference: nil)
        #expect(title.money.map(\.surface) == ["3조", "48억", "2천억"])
        #expect(title.money.map(\.amountLow) == [3_000_000_000_000, 4_800_000_000, 200_000_000_000])
        #expect(title.money.allSatisfy { $0.currency == "KRW" })
        let counts = Normalizer().normalize("가입자 1억 명 돌파, 누적 3억건·조회 2억뷰", field: .title, reference: nil)
        #expect(counts.money.isEmpty)
        let body = Normalizer().normalize("과징금 48억을 부과했다.", field: .body, reference: nil)
        #expect(body.money.isEmpty)
    }

    @Test func tooLargeAmountIsAWarningNotAMention() {
        let text = "가상의 누적 피해액 9,999경 원은 계산 착오였다."
        let result = Normalizer().normalize(text, field: .body, reference: friday)
        #expect(result.money.isEmpty)
        let start = scalarOffset(of: "9,999경 원", in: text) ?? -1
        #expect(result.warnings == ["amount 9,999경 원 in body at \(start) is too large to store exactly"])
    }

    @Test func tooManyDigitsIsAWarning() {
        let text = "잔액 123456789012345678901원"
        let result = Normalizer().normalize(text, field: .title, reference: nil)
        #expect(result.money.isEmpty)
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.contains("in title at 3") == true)
    }

    @Test func largestExactAmountStillFits() {
        // Int64.max is 9,223,372,036,854,775,807 ≈ 922경 3372조.
        let fits = Normalizer().normalize("922경 3372조 원", field: .body, reference: nil)
        #expect(fits.money.first?.amountLow == 9_223_372_000_000_000_000)
        #expect(fits.warnings.isEmpty)
        let tooBig = Normalizer().normalize("923경 원", field: .body, reference: nil)
        #expect(tooBig.money.isEmpty)
        #expect(tooBig.warnings.count == 1)
    }

    @Test func titleFieldAndOffsetsAfterNonBMPScalars() {
        // An emoji is one scalar (two UTF-16 units): offsets must count scalars.
        let text = "🚀 스타트업 50억원 유치"
        let result = Normalizer().normalize(text, field: .title, reference: friday)
        #expect(result.money.count == 1)
        #expect(result.money.first?.field == .title)
        #expect(result.money.first?.start == 7)
        #expect(result.money.first?.end == 11)
        expectSpansMatchSurfaces(text, result)
    }

    @Test func emptyAndPunctuationOnlyFields() {
        #expect(Normalizer().normalize("", field: .body, reference: friday).money.isEmpty)
        #expect(Normalizer().normalize("원 원 억 조 $ € ~ -", field: .body, reference: friday).money.isEmpty)
    }
}
