import NewsModel
import Testing
@testable import Tagging

/// Right boundaries: a name may carry a particle or a chain of them, and the mention is the
/// name alone.
@Suite struct ParticleBoundaryTests {
    static let particles = [
        "은", "는", "이", "가", "을", "를", "의", "와", "과", "도", "로", "으로", "에", "에서", "에게",
        "까지", "부터", "만", "이나", "이라며", "이라고", "측", "등",
    ]
    static let chains = [
        "에서는", "와의", "과의", "으로부터", "에서도", "이며", "이다", "였다", "이었다", "에는", "에도",
        "로서", "로부터", "처럼", "보다", "하고", "랑", "에게는", "까지도", "측은", "측에서는", "등이",
        "등과", "만으로", "으로서의", "에서의", "과는", "이라는", "에선",
    ]
    /// A Korean name, a Korean alias, a Latin name and a mixed one.
    static let names = ["산업통상자원부", "과기정통부", "KT", "SK텔레콤"]

    @Test(arguments: particles + chains, names)
    func nameWithParticle(particle: String, name: String) throws {
        let tagger = try sampleTagger()
        let body = "올해 \(name)\(particle) 새 사업을 발표했다."
        let result = tagger.tag(title: "", body: body)
        #expect(result.mentions.map(\.surface) == [name])
        #expect(result.mentions.first?.start == 3)
        #expect(invariantViolations(result, title: "", body: body).isEmpty)
    }

    /// Words that start with a name but continue with something that is not a particle chain.
    @Test(arguments: [
        "과기정통부장관", "산업부문", "KT스카이라이프", "SK텔레콤스", "네이버로봇", "네이버의장",
        "카카오뱅크", "삼성전자서비스", "과기부처", "네이버웹툰", "KT는데요카",
    ])
    func nameInsideLongerWord(word: String) throws {
        let tagger = try sampleTagger()
        #expect(gazetteerFound(tagger, "업계는 \(word) 소식에 주목했다") == [])
    }

    @Test func chainRecognizerAcceptsOnlyWholeChains() {
        func accepts(_ tail: String) -> Bool {
            ParticleChains.isChain(Array(tail.unicodeScalars.map(\.value))[...])
        }
        #expect(accepts("에서는"))
        #expect(accepts("으로부터"))
        #expect(accepts("측에서는"))
        #expect(accepts(""))
        #expect(!accepts("장관"))
        #expect(!accepts("에서는요금"))
        #expect(!accepts("클라우드"))
        #expect(!accepts("이노베이션"))
    }
}

/// Left boundaries and the non-word characters around names.
@Suite struct PunctuationBoundaryTests {
    @Test(arguments: [
        ("네이버,", "네이버"), ("네이버.", "네이버"), ("'네이버'", "네이버"), ("\"네이버\"", "네이버"),
        ("(네이버)", "네이버"), ("[네이버]", "네이버"), ("‘네이버’", "네이버"), ("“네이버”", "네이버"),
        ("「네이버」", "네이버"), ("《네이버》", "네이버"), ("<네이버>", "네이버"), ("네이버!", "네이버"),
        ("네이버?", "네이버"), ("네이버:", "네이버"), ("네이버…", "네이버"), ("네이버/", "네이버"),
        ("美엔비디아", "엔비디아"), ("KT-", "KT"), ("‘KT’", "KT"), ("(KT)", "KT"), ("KT.", "KT"),
        ("“네이버”는", "네이버"), ("네이버\u{00A0}", "네이버"), ("#네이버", "네이버"),
    ])
    func punctuationAround(text: String, expected: String) throws {
        let tagger = try sampleTagger()
        let body = "업계는 \(text) 소식에 주목했다"
        let result = tagger.tag(title: "", body: body)
        #expect(result.mentions.map(\.surface) == [expected])
        #expect(invariantViolations(result, title: "", body: body).isEmpty)
    }

    @Test func namesJoinedByMiddleDots() throws {
        let tagger = try sampleTagger()
        #expect(found(tagger, "네이버·카카오·KT") == ["네이버", "카카오", "KT"])
        #expect(found(tagger, "네이버ㆍ카카오ㆍKT가") == ["네이버", "카카오", "KT"])
        #expect(found(tagger, "네이버, 카카오, KT 등") == ["네이버", "카카오", "KT"])
    }

    @Test func startAndEndOfText() throws {
        let tagger = try sampleTagger()
        #expect(found(tagger, "네이버") == ["네이버"])
        #expect(found(tagger, "네이버는") == ["네이버"])
        #expect(found(tagger, "협력사는 카카오") == ["카카오"])
        #expect(found(tagger, "KT") == ["KT"])
        #expect(found(tagger, "") == [])
        #expect(found(tagger, "\n네이버\n") == ["네이버"])
    }

    @Test(arguments: [
        ("중부해양경찰청", [String]()),  // 해양경찰청 and 경찰청 are inside a longer word
        ("해양경찰청은", ["해양경찰청"]),  // the longer name, never 경찰청 inside it
        ("경찰청은", ["경찰청"]),
        ("서울경찰청", []),
        ("네이버클라우드는", ["네이버클라우드"]),  // its own company, not 네이버
        ("네이버클라우드", ["네이버클라우드"]),
        ("신네이버", []),
        ("3KT", []),
        ("5G와KT", []),
    ])
    func insideLongerWord(text: String, expected: [String]) throws {
        let tagger = try sampleTagger()
        #expect(gazetteerFound(tagger, "올해 \(text) 발표") == expected)
    }
}

/// Latin names: ASCII word boundaries, case-sensitive, Korean particles allowed.
@Suite struct LatinBoundaryTests {
    @Test(arguments: [
        ("KT는", ["KT"]), ("NIPA가", ["NIPA=정보통신산업진흥원"]), ("KT의", ["KT"]),
        ("AWS와", ["AWS=아마존웹서비스"]), ("SKT에서는", ["SKT=SK텔레콤"]), ("NAVER", ["NAVER=네이버"]),
        ("Naver", ["Naver=네이버"]), ("NVIDIA", ["NVIDIA=엔비디아"]),
        ("Amazon Web Services", ["Amazon Web Services=아마존웹서비스"]),
        ("KTX", []), ("KTX를", []), ("NIAID", []), ("NIAID는", []), ("kt", []), ("Kt", []),
        ("naver", []), ("KT1", []), ("AKT", []), ("KTs", []), ("NIA2", []), ("SKTelecom", []),
        ("AWS2024", []), ("xNIPA", []),
    ])
    func latinName(text: String, expected: [String]) throws {
        let tagger = try sampleTagger()
        #expect(found(tagger, "이번 \(text) 발표") == expected)
    }
}

/// Every alias names its canonical entity, and one entity appears once per article.
@Suite struct AliasMergingTests {
    @Test(arguments: [
        ("과학기술정보통신부", "과학기술정보통신부"), ("과기정통부", "과학기술정보통신부"),
        ("과기부", "과학기술정보통신부"), ("산업부", "산업통상자원부"), ("해경", "해양경찰청"),
        ("NIPA", "정보통신산업진흥원"), ("NIA", "한국지능정보사회진흥원"), ("케이티", "KT"),
        ("SKT", "SK텔레콤"), ("AWS", "아마존웹서비스"), ("NAVER", "네이버"), ("Naver", "네이버"),
        ("Samsung Electronics", "삼성전자"), ("NVIDIA", "엔비디아"),
    ])
    func aliasResolves(alias: String, canonical: String) throws {
        let tagger = try sampleTagger()
        let result = tagger.tag(title: "", body: "이날 \(alias)는 발표했다")
        #expect(result.mentions.map(\.entityName) == [canonical])
        #expect(result.mentions.map(\.surface) == [alias])
        #expect(result.entities.map(\.name) == [canonical])
        #expect(result.entities.first?.origin == .gazetteer)
    }

    @Test func aliasesMergeIntoOneEntity() throws {
        let tagger = try sampleTagger()
        let title = "과기정통부, AI 예산 확대"
        let body = "과학기술정보통신부는 17일 … 과기부 관계자는 “과기정통부가 주도한다”고 말했다."
        let result = tagger.tag(title: title, body: body)
        #expect(result.entities.map(\.name) == ["과학기술정보통신부"])
        #expect(result.mentions.map(\.surface) == ["과기정통부", "과학기술정보통신부", "과기부", "과기정통부"])
        #expect(result.mentions.map(\.field) == [.title, .body, .body, .body])
        #expect(result.entities.first?.type == .agency)
        #expect(invariantViolations(result, title: title, body: body).isEmpty)
    }
}
