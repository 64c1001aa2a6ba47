import NewsModel
import Testing
@testable import Normalization

/// `이날`, `같은 날`, `당일`, `전날`, `전일`, `다음날`, `익일` against the story day (the day
/// before the lead's reporting verb) or the scene day of the same or previous sentence.
@Suite("Story day")
struct StoryDayTests {
    /// Published Wednesday 2025-09-03 18:00.
    let published = CivilDateTime(year: 2025, month: 9, day: 3, hour: 18)

    private func values(_ text: String, reference: CivilDateTime? = nil, field: TextField = .body) -> [String: String] {
        let result = Normalizer().normalize(text, field: field, reference: reference ?? published)
        expectSpansMatchSurfaces(text, result)
        return Dictionary(result.dates.map { ($0.surface, $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func backgroundDayInAnEarlierParagraphDoesNotAnchorLaterAnaphora() {
        // The counter-example, in invented words: the story day is the 2nd, the 27th of
        // August is a background meeting two sentences before `전날`/`이날`.
        let text = """
            가온시는 2일 조례 개정안을 입법 예고했다고 밝혔다.
            시는 2025년 8월 27일 회의에서 개정 방향을 정했다. 이후 주민 의견을 모았다.
            시는 전날 주민들에게 통지서를 보냈고, 이날 오후 브리핑을 열었다.
            """
        let result = Normalizer().normalize(text, field: .body, reference: published)
        #expect(result.storyDay == CivilDateTime(year: 2025, month: 9, day: 2))
        let v = Dictionary(result.dates.map { ($0.surface, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(v["2025년 8월 27일"] == "2025-08-27")
        #expect(v["전날"] == "2025-09-01")
        #expect(v["이날 오후"] == nil)
        #expect(v["이날"] == "2025-09-02")
    }

    @Test func sceneDayInTheSameOrPreviousSentenceWins() {
        let v = values("가온시는 2일 밝혔다. 시의회는 지난달 28일 본회의를 열었다. 이날 조례가 통과됐다.")
        #expect(v["지난달 28일"] == "2025-08-28")
        #expect(v["이날"] == "2025-08-28")
    }

    @Test func anaphoraNeverCompounds() {
        let result = Normalizer().normalize(
            "나래전자는 3일 신제품을 발표했다. 회사는 전날 예약을 받았다. 앞서 전날 밤 점검도 마쳤다.",
            field: .body, reference: published)
        #expect(result.dates.map(\.value) == ["2025-09-03", "2025-09-02", "2025-09-02"])
    }

    @Test func rangeStartIsBackgroundNotScene() {
        // `지난 6월 8일부터` is when a rule began; `이날 0시` is the story day's midnight.
        let v = values("가온시는 2일 발표했다. 지난 6월 8일부터 시행된 규정이 바뀐다. 시는 이날 0시까지 신청을 받았다.")
        #expect(v["이날 0시"] == "2025-09-02T00")
    }

    @Test func newWordsForTheSameDayAndTheNext() {
        let v = values("가온시는 2일 밝혔다. 같은 날 시의회도 회의를 열었다. 당일 안건은 3건이었다.")
        #expect(v["같은 날"] == "2025-09-02")
        #expect(v["당일"] == "2025-09-02")
        let w = values("나래전자는 2일 밝혔다. 회사는 전일 이사회를 열었고, 제품은 익일 출고된다.")
        #expect(w["전일"] == "2025-09-01")
        #expect(w["익일"] == "2025-09-03")
    }

    @Test func withoutAReportingVerbThePublishDayIsTheStoryDay() {
        let result = Normalizer().normalize("축제가 열린다. 이날 오후 개막식이 있다.", field: .body, reference: published)
        #expect(result.storyDay == nil)
        #expect(result.dates.map(\.value) == ["2025-09-03"])
    }

    @Test func theTitleUsesTheBodysStoryDay() {
        let n = Normalizer()
        let body = n.normalize("가온시는 1일 예산안을 발표했다.", field: .body, reference: published)
        let title = n.normalize("가온시, 이날 예산안 발표", field: .title, reference: published, storyDay: body.storyDay)
        #expect(body.storyDay == CivilDateTime(year: 2025, month: 9, day: 1))
        #expect(title.dates.map(\.value) == ["2025-09-01"])
    }

    @Test func aLaterDayBeforeTheVerbIsTheStoryDay() {
        // `다음달 21일` is what will happen; `18일 밝혔다` is the story's day.
        let text = "한결조합은 총회를 다음달 21일 오후 4시 연다고 1일 밝혔다.\n구는 같은 날 계획을 공람했다."
        let result = Normalizer().normalize(text, field: .body, reference: published)
        #expect(result.storyDay == CivilDateTime(year: 2025, month: 9, day: 1))
        #expect(result.dates.last?.value == "2025-09-01")
    }

    @Test func onlyTheLeadNamesTheStoryDay() {
        let result = Normalizer().normalize("축제가 열린다.\n시는 1일 계획을 밝혔다.", field: .body, reference: published)
        #expect(result.storyDay == nil)
    }

    @Test func offsetsCountFromTheStoryDay() {
        let v = values("가온시는 1일 밝혔다. 사업은 사흘 뒤 시작된다. 두 달 전 계획이 나왔고 일주일 전 공고됐다.")
        #expect(v["사흘 뒤"] == "2025-09-04")
        #expect(v["두 달 전"] == "2025-07")
        #expect(v["일주일 전"] == "2025-08-25")
    }

    @Test func aRecentDayBeforeTheLeadsPastTenseVerbIsTheStoryDay() {
        // Published on the 3rd, the lead tells what happened on the 2nd without a reporting verb.
        let result = Normalizer().normalize(
            "마루상사는 2일 기업회생 절차를 신청했다. 법원은 사흘 뒤로 심문 기일을 잡았다.", field: .body, reference: published)
        #expect(result.storyDay == CivilDateTime(year: 2025, month: 9, day: 2))
        #expect(result.dates.map(\.value) == ["2025-09-02", "2025-09-05"])
        // A future act, an old day or a second sentence does not name it.
        let future = Normalizer().normalize("시는 5일 축제를 연다. 이날 오후 개막한다.", field: .body, reference: published)
        #expect(future.storyDay == nil)
        let old = Normalizer().normalize("시는 지난 2월 1일 조례를 바꿨다.", field: .body, reference: published)
        #expect(old.storyDay == nil)
        let second = Normalizer().normalize("축제가 끝났다. 시는 2일 결과를 정리했다.", field: .body, reference: published)
        #expect(second.storyDay == nil)
    }

    @Test func thatDayIsAnAnaphoricDay() {
        let v = values("가온시는 2일 밝혔다. 시의회는 지난달 28일 본회의를 열었다. 그날 조례가 통과됐다.")
        #expect(v["그날"] == "2025-08-28")
    }
}
