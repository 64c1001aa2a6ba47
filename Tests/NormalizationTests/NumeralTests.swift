import NewsModel
import Testing
@testable import Normalization

/// The numeral parser on its own: every form of number Korean news uses for amounts.
@Suite("Korean numerals")
struct NumeralTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var low: Int64
        var high: Int64
        var length: Int
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "2조5천억", low: 2_500_000_000_000, high: 2_500_000_000_000, length: 5),
        Case(text: "2.5조", low: 2_500_000_000_000, high: 2_500_000_000_000, length: 4),
        Case(text: "1,936억", low: 193_600_000_000, high: 193_600_000_000, length: 6),
        Case(text: "0.5억", low: 50_000_000, high: 50_000_000, length: 4),
        Case(text: "1조4천600억", low: 1_460_000_000_000, high: 1_460_000_000_000, length: 8),
        Case(text: "1천576억", low: 157_600_000_000, high: 157_600_000_000, length: 6),
        Case(text: "4천800만", low: 48_000_000, high: 48_000_000, length: 6),
        Case(text: "3억5000만", low: 350_000_000, high: 350_000_000, length: 7),
        Case(text: "오천억", low: 500_000_000_000, high: 500_000_000_000, length: 3),
        Case(text: "삼십만", low: 300_000, high: 300_000, length: 3),
        Case(text: "천만", low: 10_000_000, high: 10_000_000, length: 2),
        Case(text: "구천구백구십구", low: 9_999, high: 9_999, length: 7),
        Case(text: "일억이천삼백만", low: 123_000_000, high: 123_000_000, length: 7),
        Case(text: "1조 4000억", low: 1_400_000_000_000, high: 1_400_000_000_000, length: 8),
        Case(text: "수천억", low: 200_000_000_000, high: 900_000_000_000, length: 3),
        Case(text: "십수억", low: 1_100_000_000, high: 1_900_000_000, length: 3),
        Case(text: "수십만", low: 200_000, high: 900_000, length: 3),
        Case(text: "200여억", low: 20_000_000_000, high: 20_000_000_000, length: 5),
        Case(text: "1.25", low: 1, high: 1, length: 4),
        Case(text: "12,345,678", low: 12_345_678, high: 12_345_678, length: 10),
        Case(text: "1경", low: 10_000_000_000_000_000, high: 10_000_000_000_000_000, length: 2),
        Case(text: "3백만", low: 3_000_000, high: 3_000_000, length: 3),
        Case(text: "1.5천만", low: 15_000_000, high: 15_000_000, length: 5),
    ]

    @Test(arguments: cases)
    func parses(_ c: Case) {
        let scalars = Array(c.text.unicodeScalars.map(\.value))
        scalars.withUnsafeBufferPointer { buffer in
            let t = ScalarText(buffer)
            let n = KoreanNumeral.parse(t, at: 0)
            #expect(n?.low.roundedToInteger == c.low)
            #expect(n?.high.roundedToInteger == c.high)
            #expect(n?.end == c.length)
            #expect(n?.overflow == false)
        }
    }

    @Test func decimalArithmeticIsExact() {
        // 2.5 × 10^12 through a Double would be exact too; 1234567.891 × 10^8 would not.
        let d = ExactDecimal(mantissa: 1_234_567_891, scale: 3).shifted(by: 8)
        #expect(d?.roundedToInteger == 123_456_789_100_000)
        #expect(ExactDecimal(mantissa: 15, scale: 1).roundedToInteger == 2)
        #expect(ExactDecimal(mantissa: 14, scale: 1).roundedToInteger == 1)
        #expect(ExactDecimal(mantissa: Int64.max, scale: 0).shifted(by: 1) == nil)
        #expect((ExactDecimal(mantissa: Int64.max) + ExactDecimal(mantissa: 1)) == nil)
    }
}
