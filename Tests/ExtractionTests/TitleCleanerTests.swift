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

/// `TitleCleaner.key` builds its result as bytes; it must spell what the scalar-by-scalar
/// construction spelled, for ASCII, Hangul, punctuation ranges and astral scalars alike.
@Suite struct TitleKeyTests {
    private func scalarKey(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if v >= 0x30 && v <= 0x39 || v >= 0x61 && v <= 0x7A { out.append(scalar) }
                else if v >= 0x41 && v <= 0x5A { out.append(Unicode.Scalar(v | 0x20)!) }
            } else if !((v >= 0xA0 && v <= 0xBF) || v == 0xD7 || v == 0xF7 || (v >= 0x2000 && v <= 0x2BFF)
                || (v >= 0x3000 && v <= 0x303F) || (v >= 0xFF01 && v <= 0xFF0F) || (v >= 0xFF1A && v <= 0xFF20)
                || (v >= 0xFF3B && v <= 0xFF40) || (v >= 0xFF5B && v <= 0xFF65)) {
                out.append(scalar)
            }
        }
        return String(out)
    }

    @Test(arguments: [
        "“한빛소프트”, 2분기 영업이익 320억원… 전년比 12%↑",
        "[단독] Gaon Tech's AI 칩 — 'HJ-2' 공개 «속보»",
        "ＫＴ，５Ｇ　요금제 개편 ＜경제＞", "e\u{301}te\u{301} 🎉 Café ＿", "", "  ",
    ])
    func keyIsTheScalarKey(title: String) {
        #expect(TitleCleaner.key(title) == scalarKey(title))
        #expect(TitleCleaner.key(title).utf8.elementsEqual(scalarKey(title).utf8))
    }
}
