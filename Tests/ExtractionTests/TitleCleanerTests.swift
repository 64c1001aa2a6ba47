import Testing
@testable import Extraction

/// `<title>` is the last resort for a headline; it usually carries the site name too.
@Suite struct TitleCleanerTests {
    @Test(arguments: [
        ("수원시, 골목상권 AI 키오스크 지원 확대 - 경인데일리", "수원시, 골목상권 AI 키오스크 지원 확대"),
        ("반도체 특별법 국회 통과 | 한빛경제", "반도체 특별법 국회 통과"),
        ("정부, 데이터센터 전력망 확충 < 산업 < 서울테크데일리", "정부, 데이터센터 전력망 확충"),
        ("과기정통부, 내년 AI 예산 2조5천억원 요구", "과기정통부, 내년 AI 예산 2조5천억원 요구"),
    ])
    func stripsASiteNameSuffix(raw: String, expected: String) {
        #expect(TitleCleaner.strip(raw, siteName: nil, aggressive: true) == expected)
    }

    @Test func aSiteFirstTitleYieldsTheHeadlineThePageShows() {
        let lines = Array("전체기사 경제 사회\n경인데일리\n수원시, 골목상권 AI 키오스크 지원 확대\n기사입력 2025-05-09 07:12\n".utf8)
        #expect(TitleCleaner.headlineAfterSitePrefix("경인데일리 - 수원시, 골목상권 AI 키오스크 지원 확대", visibleLines: lines)
            == "수원시, 골목상권 AI 키오스크 지원 확대")
        #expect(TitleCleaner.headlineAfterSitePrefix("경인데일리 :: 수원시, 골목상권 AI 키오스크 지원 확대", visibleLines: lines)
            == "수원시, 골목상권 AI 키오스크 지원 확대")
    }

    @Test func aTopicPrefixStaysWhenThePageDoesNotShowTheRestAlone() {
        // `반도체 - …` is a headline with a topic tag, not a site name: the rest never stands alone.
        let lines = Array("반도체 - 메모리 가격 반등, 수출 회복 신호로 읽힌다\n본문 첫 문단이다.\n".utf8)
        #expect(TitleCleaner.headlineAfterSitePrefix("반도체 - 메모리 가격 반등, 수출 회복 신호로 읽힌다", visibleLines: lines) == nil)
        // A part that only appears inside a longer line does not count either.
        let inside = Array("오늘의 기사: 수원시, 골목상권 AI 키오스크 지원 확대 소식\n".utf8)
        #expect(TitleCleaner.headlineAfterSitePrefix("경인데일리 - 수원시, 골목상권 AI 키오스크 지원 확대", visibleLines: inside) == nil)
    }

    @Test func aKnownSiteNameIsStrippedEvenWhenNotAggressive() {
        #expect(TitleCleaner.strip("AI 바우처 2차 공모 시작 - 한빛경제", siteName: "한빛경제", aggressive: false) == "AI 바우처 2차 공모 시작")
        #expect(TitleCleaner.strip("한빛경제 | AI 바우처 2차 공모 시작", siteName: "한빛경제", aggressive: false) == "AI 바우처 2차 공모 시작")
    }
}
