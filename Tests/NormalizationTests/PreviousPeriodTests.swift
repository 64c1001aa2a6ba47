import NewsModel
import Testing
@testable import Normalization

/// `전년 동기`, `전년 동월`, `전 분기`, `전월`, `전년`: counted from the period named just before.
@Suite("Previous periods")
struct PreviousPeriodTests {
    /// Published 2025-10-31 08:00.
    let published = CivilDateTime(year: 2025, month: 10, day: 31, hour: 8)

    private func dates(_ text: String) -> [DateMention] {
        let result = Normalizer().normalize(text, field: .body, reference: published)
        expectSpansMatchSurfaces(text, result)
        return result.dates
    }

    @Test func sameQuarterOfThePreviousYear() {
        let found = dates("나래전자는 3분기 영업이익 1조원을 기록했다고 30일 공시했다. 영업이익은 전년 동기보다 12% 늘었다.")
        #expect(found.map(\.surface) == ["3분기", "30일", "전년 동기"])
        #expect(found.last?.value == "2024-Q3")
        #expect(found.last?.precision == .quarter)
    }

    @Test func sameMonthAndHalfOfThePreviousYear() {
        #expect(dates("9월 수출액은 전년 동월보다 5% 늘었다.").map(\.value) == ["2025-09", "2024-09"])
        #expect(dates("2024년 상반기 순이익은 전년 같은 기간의 두 배다.").map(\.value) == ["2024-H1", "2023-H1"])
    }

    @Test func previousQuarterMonthAndYear() {
        #expect(dates("올해 2분기 매출은 전 분기보다 늘었다.").map(\.value) == ["2025-Q2", "2025-Q1"])
        #expect(dates("1분기 실적은 전분기 대비 줄었다.").map(\.value) == ["2025-Q1", "2024-Q4"])
        #expect(dates("1월 물가는 전월보다 올랐다.").map(\.value) == ["2025-01", "2024-12"])
        #expect(dates("2024년 매출은 전년보다 10% 늘었다.").map(\.value) == ["2024", "2023"])
    }

    @Test func withNoPeriodBeforeThePublishTimeCounts() {
        #expect(dates("수출은 전년 대비 5% 늘었다.").map(\.value) == ["2024"])
        #expect(dates("매출은 전 분기보다 줄었다.").map(\.value) == ["2025-Q3"])
        // `전년 동기` of nothing named is no date.
        #expect(dates("영업이익은 전년 동기보다 12% 늘었다.").isEmpty)
    }

    @Test func aPeriodTwoSentencesBackIsOutOfReach() {
        let found = dates("3분기 매출이 늘었다. 공장도 새로 지었다. 영업이익은 전년 동기보다 줄었다.")
        #expect(found.map(\.value) == ["2025-Q3"])
    }

    @Test func wordsThatOnlyStartLikeThem() {
        // 전월세 (rents), 전년도 is a year, 전분기 inside a word is not read.
        #expect(dates("전월세 전환율이 올랐다.").isEmpty)
        #expect(dates("2023년 실적은 전년도보다 나빴다.").map(\.value) == ["2023", "2022"])
    }
}
