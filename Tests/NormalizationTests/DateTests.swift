import NewsModel
import Testing
@testable import Normalization

@Suite("Dates")
struct DateTests {
    @Test("table", arguments: allDateCases)
    func table(_ c: DateCase) {
        let result = Normalizer().normalize(c.text, field: .body, reference: c.reference)
        expectSpansMatchSurfaces(c.text, result)
        #expect(result.dates.count == c.expected.count, "found \(result.dates.map { "\($0.surface)=\($0.value)" })")
        for (found, want) in zip(result.dates, c.expected) {
            let start = scalarOffset(of: want.surface, in: c.text, occurrence: want.occurrence)
            #expect(found.surface == want.surface)
            #expect(found.start == start)
            #expect(found.end == (start ?? -1) + want.surface.unicodeScalars.count)
            #expect(found.value == want.value)
            #expect(found.precision == want.precision)
            #expect(found.relative == want.relative)
            #expect(found.qualifier == want.qualifier)
        }
    }

    @Test func relativeExpressionsAreSkippedAndCountedWithoutReference() {
        let text = "2025년 6월 25일 착공했고 27일 기념식을 열었다. 오늘 발표했고 내년 하반기 완공한다."
        let result = Normalizer().normalize(text, field: .body, reference: nil)
        #expect(result.dates.map(\.surface) == ["2025년 6월 25일"])
        #expect(result.skippedRelative == 3)
        expectSpansMatchSurfaces(text, result)
    }

    @Test func invalidReferenceCountsAsUnknown() {
        let bad = CivilDateTime(year: 2025, month: 13, day: 40)
        let result = Normalizer().normalize("오늘 발표했다.", field: .body, reference: bad)
        #expect(result.dates.isEmpty)
        #expect(result.skippedRelative == 1)
    }

    @Test func anchorDoesNotLeakBetweenFields() {
        let n = Normalizer()
        _ = n.normalize("지난 20일 기념식", field: .title, reference: friday)
        let body = n.normalize("이날 발표했다.", field: .body, reference: friday)
        #expect(body.dates.first?.value == "2025-06-27")
    }

    @Test func valueFormatsMatchTheirPrecision() {
        let text = "2025년 6월 27일 오후 4시, 2025년 6월, 2026년 1분기, 2026년 하반기, 2027년, 이번주"
        let result = Normalizer().normalize(text, field: .body, reference: friday)
        let byPrecision = Dictionary(result.dates.map { ($0.precision, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(byPrecision[.hour] == "2025-06-27T16")
        #expect(byPrecision[.month] == "2025-06")
        #expect(byPrecision[.quarter] == "2026-Q1")
        #expect(byPrecision[.half] == "2026-H2")
        #expect(byPrecision[.year] == "2027")
        #expect(byPrecision[.week] == "2025-W26")
    }
}
