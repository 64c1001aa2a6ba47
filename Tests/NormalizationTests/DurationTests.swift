import NewsModel
import Testing
@testable import Normalization

/// Durations, rates, decades, hour precision and the first/last day of every value.
@Suite("Durations and precision")
struct DurationTests {
    private func dates(_ text: String) -> [DateMention] {
        let result = Normalizer().normalize(text, field: .body, reference: friday)
        expectSpansMatchSurfaces(text, result)
        return result.dates
    }

    @Test func durationsAreISO8601AndNotDates() {
        let found = dates("행사는 3일간 열리고 매장은 24시간 운영한다. 공사는 두 달 동안 이어지고 3년간 지원한다. 점검은 30분간, 훈련은 2주 동안 한다.")
        #expect(found.map(\.surface) == ["3일간", "24시간", "두 달 동안", "3년간", "30분간", "2주 동안"])
        #expect(found.map(\.value) == ["P3D", "PT24H", "P2M", "P3Y", "PT30M", "P2W"])
        #expect(found.map(\.precision) == [.day, .hour, .month, .year, .minute, .week])
        #expect(found.allSatisfy { $0.kind == .duration && $0.dateStart == nil && $0.dateEnd == nil })
    }

    @Test func countsNoCalendarHasAreDurations() {
        let found = dates("심사는 60일 걸리고 계약은 6개월 남았다. 가입자는 1년 새 두 배가 됐다. 6개월 전 출시됐다.")
        #expect(found.map(\.surface) == ["60일", "6개월", "1년", "6개월 전"])
        #expect(found.map(\.value) == ["P60D", "P6M", "P1Y", "2024-12"])
        #expect(found.map(\.kind) == [.duration, .duration, .duration, .date])
    }

    @Test func yearsAndMonthsAreOneLength() {
        let found = dates("개발에 1년 6개월간 매달렸고 공사는 2년 3개월 동안 이어진다. 심사는 1년 2개월 걸렸다.")
        #expect(found.map(\.surface) == ["1년 6개월간", "2년 3개월 동안", "1년 2개월"])
        #expect(found.map(\.value) == ["P1Y6M", "P2Y3M", "P1Y2M"])
        #expect(found.allSatisfy { $0.kind == .duration && $0.precision == .month })
        // A prison term stays none.
        #expect(dates("징역 1년 6개월을 선고받았다.").isEmpty)
    }

    @Test func aQuarterOrHalfAfterANamedYearIsThatYears() {
        let found = dates("2023년 1분기와 2분기 실적, 2027년 상반기와 하반기 계획, 지난해 3분기, 4분기 매출")
        #expect(found.map(\.value) == ["2023-Q1", "2023-Q2", "2027-H1", "2027-H2", "2024-Q3", "2024-Q4"])
        // A range of quarters, like `7~8월`: its first and last, in the year named.
        let range = dates("2023년 1~3분기 누적 매출")
        #expect(range.map(\.surface) == ["2023년 1", "3분기"])
        #expect(range.map(\.value) == ["2023-Q1", "2023-Q3"])
        // Alone, a quarter is the publish year's.
        #expect(dates("2023년 실적을 냈다. 2분기에는 흑자를 냈다.").map(\.value) == ["2023", "2025-Q2"])
    }

    @Test func ratesAreNeitherDatesNorDurations() {
        #expect(dates("지하철은 1일 총 173회를 늘려 운행한다.").isEmpty)
        #expect(dates("방문객은 1일 평균 3천명이다.").isEmpty)
        #expect(dates("하루 평균 500건이 접수된다.").isEmpty)
        #expect(dates("셔틀버스는 1일 4회, 순환열차는 1일 12번 다닌다.").isEmpty)
        // A day followed by a round or an ordinal is still the day.
        #expect(dates("오는 1일 2회차 공연이 열린다.").map(\.value) == ["2025-07-01"])
    }

    @Test func aboutOrOverALengthIsADuration() {
        let found = dates("양측은 석 달 가까이 줄다리기를 했고 공사는 3년 넘게 멈췄다.")
        #expect(found.map(\.surface) == ["석 달", "3년"])
        #expect(found.map(\.value) == ["P3M", "P3Y"])
        #expect(found.allSatisfy { $0.kind == .duration })
    }

    @Test func weeksAgoEvenThen() {
        // Friday 2025-06-27 is in W26: three weeks before is W23.
        let found = dates("계획은 3주 전만 해도 불투명했다.")
        #expect(found.map(\.value) == ["2025-W23"])
        #expect(found.map(\.precision) == [.week])
    }

    @Test func aBareMonthAcrossTheTurnOfTheYearIsTheNearest() {
        let december = CivilDateTime(year: 2025, month: 12, day: 20, hour: 10)
        let next = Normalizer().normalize("새 요금은 1월 1일 0시부터 적용된다.", field: .body, reference: december).dates
        #expect(next.map(\.value) == ["2026-01-01T00"])
        let january = CivilDateTime(year: 2026, month: 1, day: 8, hour: 10)
        let last = Normalizer().normalize("12월 수출은 늘었고 3월 재개한다.", field: .body, reference: january).dates
        #expect(last.map(\.value) == ["2025-12", "2026-03"])
    }

    @Test func decades() {
        let found = dates("1970년대 산업화와 90년대 외환위기, 2020년대 전환기")
        #expect(found.map(\.value) == ["197X", "199X", "202X"])
        #expect(found.allSatisfy { $0.precision == .decade })
        #expect(found.first?.dateStart == "1970-01-01")
        #expect(found.first?.dateEnd == "1979-12-31")
    }

    @Test func hourWithoutMinutesIsHourPrecision() {
        let found = dates("행사는 다음달 21일 오후 4시 시작, 1일 오전 9시 접수, 2025년 6월 30일 정오 마감, 6월 29일 자정 종료, 6월 28일 0시 개시.")
        #expect(found.map(\.value) == ["2025-07-21T16", "2025-06-01T09", "2025-06-30T12", "2025-06-30T00", "2025-06-28T00"])
        #expect(found.allSatisfy { $0.precision == .hour })
    }

    @Test func minutesKeepMinutePrecision() {
        let found = dates("2025년 7월 1일 오후 4시 30분 개막, 7월 2일 16:00 폐막, 7월 3일 오후 2시 반 시상")
        #expect(found.map(\.precision) == [.minute, .minute, .minute])
        #expect(found.map(\.value) == ["2025-07-01T16:30", "2025-07-02T16:00", "2025-07-03T14:30"])
    }

    @Test func everyDateHasItsFirstAndLastDay() {
        let found = dates("2025년 6월 27일 오후 4시, 2025년 2월, 2026년 1분기, 2026년 하반기, 2027년, 이번주")
        let bounds = found.map { "\($0.dateStart ?? "-")..\($0.dateEnd ?? "-")" }
        #expect(bounds == [
            "2025-06-27..2025-06-27", "2025-02-01..2025-02-28", "2026-01-01..2026-03-31",
            "2026-07-01..2026-12-31", "2027-01-01..2027-12-31", "2025-06-23..2025-06-29",
        ])
        #expect(found.allSatisfy { $0.kind == .date })
    }

    @Test func yearsAgoAndSince() {
        let found = dates("회사는 3년 만에 흑자로 돌아섰다.")
        #expect(found.map(\.value) == ["2022"])
        #expect(found.first?.precision == .year)
    }

    @Test func timeSinceAnActIsADuration() {
        let found = dates("투자를 밝힌 지 2년이 지났다. 회사를 세운 지 사흘 만에 문을 닫았다. 출범한 지 100일이 됐다.")
        #expect(found.map(\.surface) == ["2년", "사흘", "100일"])
        #expect(found.map(\.value) == ["P2Y", "P3D", "P100D"])
        #expect(found.allSatisfy { $0.kind == .duration })
    }

    @Test func midnightEndsTheDayItFollows() {
        let found = dates("통행 제한은 30일 자정까지 이어지고, 다음달 1일 0시에 풀린다. 행사는 29일 오후 9시부터 자정까지 열린다.")
        #expect(found.map(\.value) == ["2025-07-01T00", "2025-07-01T00", "2025-06-29T21", "2025-06-30T00"])
        #expect(found.map(\.precision) == [.hour, .hour, .hour, .hour])
    }
}
