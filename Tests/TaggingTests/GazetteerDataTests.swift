import Foundation
import NewsModel
import Testing
@testable import Tagging

/// The checked-in lists in data/gazetteer/ and the Swift table generated from them.
@Suite struct GazetteerDataTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// One list, parsed by the same code as user files (its own header row, comments).
    static func list(_ file: String) throws -> Gazetteer {
        let path = root.appendingPathComponent("data/gazetteer/\(file)").path
        return try Gazetteer(tsv: GazetteerTSV.readText(path: path), source: file)
    }

    /// Editing a TSV without running the generator must fail the tests, not ship a stale table.
    @Test func generatedSwiftIsCurrent() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.root.appendingPathComponent("scripts/generate_gazetteer.py").path, "--check"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(message)")
    }

    /// Every list is part of the built-in gazetteer, row for row.
    @Test(arguments: [
        "central_government.tsv", "assembly_courts.tsv", "committees.tsv", "metropolitan.tsv",
        "basic_local.tsv", "public_institutions.tsv", "research_institutes.tsv",
        "regional_institutions.tsv", "regional_offices.tsv", "groups.tsv", "companies.tsv", "media.tsv",
        "foreign_bodies.tsv",
    ])
    func everyListIsBuiltIn(file: String) throws {
        let builtin = Gazetteer.builtin()
        let list = try Self.list(file)
        #expect(list.count > 0)
        for entry in list.entries {
            let compiled = builtin.entry(named: entry.name)
            #expect(compiled?.aliases == entry.aliases, "\(entry.name)")
            #expect(compiled?.country == entry.country, "\(entry.name)")
            #expect(compiled?.strictAliases == entry.strictAliases, "\(entry.name)")
        }
    }

    /// 행정안전부's count on 2025-01-01: 75 autonomous cities, 82 counties, 69 districts, each
    /// with its council; plus the two administrative cities of Jeju.
    @Test func all226LocalGovernmentsAndTheirCouncils() throws {
        let entries = try Self.list("basic_local.tsv").entries
        let councils = Set(entries.map(\.name).filter { $0.hasSuffix("의회") })
        let governments = entries.map(\.name).filter { !$0.hasSuffix("의회") && $0 != "제주시" && $0 != "서귀포시" }
        #expect(governments.count == 226)
        #expect(councils.count == 226)
        for government in governments {
            #expect(councils.contains(government + "의회"), "\(government) has no council")
        }
        func unit(_ name: String) -> Character { name.last! }
        #expect(governments.filter { unit($0) == "시" }.count == 75)
        #expect(governments.filter { unit($0) == "군" }.count == 82)
        #expect(governments.filter { unit($0) == "구" }.count == 69)
        // Shared names are never bare: `중구` would be any of six districts.
        let builtin = Gazetteer.builtin()
        for shared in ["중구", "동구", "서구", "남구", "북구", "강서구", "고성군", "중구청", "동구의회"] {
            #expect(builtin.entries.allSatisfy { $0.name != shared && !$0.aliases.contains(shared) }, "\(shared)")
        }
        #expect(entries.allSatisfy { $0.type == .agency && $0.country == "KR" })
    }

    @Test func all17MetropolitanGovernmentsAndTheirCouncils() throws {
        let entries = try Self.list("metropolitan.tsv").entries
        let governments = entries.filter {
            ($0.name.hasSuffix("특별시") || $0.name.hasSuffix("광역시") || $0.name.hasSuffix("도")
                || $0.name.hasSuffix("특별자치시"))
        }
        #expect(governments.count == 17)
        let names = Set(entries.map(\.name))
        for government in governments {
            #expect(names.contains(government.name + "의회"), "\(government.name) has no council")
            #expect(names.contains(government.name + "교육청"), "\(government.name) has no office of education")
        }
    }

    /// No surface (name or alias) names two entities, across every list.
    @Test func noSurfaceNamesTwoEntities() {
        var owner: [String: String] = [:]
        var clashes: [String] = []
        for entry in Gazetteer.builtin().entries {
            for surface in [entry.name] + entry.aliases {
                if let other = owner[surface], other != entry.name { clashes.append("\(surface): \(other), \(entry.name)") }
                owner[surface] = entry.name
            }
        }
        #expect(clashes == [])
    }

    /// Korean public bodies are KR; foreign ones carry their country in name and column; only
    /// international organizations and companies have none.
    @Test func countries() throws {
        let builtin = Gazetteer.builtin()
        let foreign = try Self.list("foreign_bodies.tsv").entries
        for entry in builtin.entries where entry.type == .agency {
            if foreign.contains(where: { $0.name == entry.name }) { continue }
            #expect(entry.country == "KR", "\(entry.name)")
        }
        #expect(builtin.entries.filter { $0.type == .company }.allSatisfy { $0.country == nil })
        for entry in foreign where entry.name.hasPrefix("미국 ") { #expect(entry.country == "US", "\(entry.name)") }
        for entry in foreign where entry.name.hasPrefix("중국 ") { #expect(entry.country == "CN", "\(entry.name)") }
        for entry in foreign where entry.name.hasPrefix("일본 ") { #expect(entry.country == "JP", "\(entry.name)") }
        #expect(builtin.entry(named: "국제통화기금")?.country == nil)
        #expect(builtin.entry(named: "유럽중앙은행")?.country == "EU")
    }

    // MARK: Through the real tagger

    private func tagged(_ body: String) -> [(surface: String, name: String)] {
        builtinTagger.tag(title: "", body: body).mentions.map { ($0.surface, $0.entityName) }
    }

    private func names(_ body: String) -> [String] { tagged(body).map(\.name) }

    @Test func groupNames() {
        #expect(names("삼성과 SK, 현대자동차 등이 참여했다.") == ["삼성그룹", "SK그룹", "현대자동차"])
        #expect(names("SK 측과 협업하고 LG는 빠졌다.") == ["SK그룹", "LG그룹"])
        #expect(names("롯데와 한화, CJ의 투자 계획에 GS도 합류했다.") == ["롯데그룹", "한화그룹", "CJ그룹", "GS그룹"])
        // Places, subsidiaries and the word for "modern" are not the groups.
        #expect(names("삼성동에서 만나 삼성역으로 갔다.") == [])
        #expect(names("SK하이닉스와 SKT, LG전자가 합류했다.") == ["SK하이닉스", "SK텔레콤", "LG전자"])
        #expect(names("현대 사회에서 현대인의 삶은 바쁘다.") == [])
        // A particle the name's last sound never takes means another word: a road, the family.
        #expect(names("삼성로에서 만난 삼성가 사람들") == [])
        #expect(names("삼성이 먼저 발표했고 롯데가, SK가 뒤따랐다.") == ["삼성그룹", "롯데그룹", "SK그룹"])
        // A bare group name the matcher turns down is never discovered as an organization of
        // its own, whatever context surrounds it; letters take either particle.
        let tagged = builtinTagger.tag(title: "", body: "새 전시관에는 LG이 빠졌다. 회사 측은 SK 측과도 협의하고 있다고 설명했다.")
        #expect(!tagged.entities.contains { $0.name == "LG" || $0.name == "SK" })
        #expect(tagged.mentions.map(\.entityName).contains("LG그룹"))
        #expect(names("CJ ENM이 제작해 넷플릭스에서 공개된 드라마") == ["CJ ENM", "넷플릭스"])
        // 측 and 등 with any particles keep a bare name the group.
        #expect(names("회사 측은 SK 측과도 협의했다.") == ["SK그룹"])
        // So do the group's suppliers and people (`삼성 1차 협력사`, `LG 출신`).
        #expect(names("삼성 1차 협력사인 가온정밀과 SK 협력업체, LG 출신 인력") == ["삼성그룹", "가온정밀", "SK그룹", "LG그룹"])
        #expect(names("삼성동 일대 협력사") == [])
    }

    /// Bare 현대 is the group only in a list of groups; alone it stays the word for "modern".
    @Test func listOnlyGroupNames() {
        #expect(names("두 회사가 앞서 있고 삼성과 현대도 투자를 늘리고 있다.") == ["삼성그룹", "현대자동차그룹"])
        #expect(names("현대·SK, 현대와 LG가 나섰다.") == ["현대자동차그룹", "SK그룹", "현대자동차그룹", "LG그룹"])
        #expect(names("삼성 및 현대는 불참했다.") == ["삼성그룹", "현대자동차그룹"])
        #expect(names("삼성과 현대차, 현대모비스가 참여했다.") == ["삼성그룹", "현대자동차", "현대모비스"])
        #expect(names("삼성과 현대적인 디자인, 근현대와 SK") == ["삼성그룹", "SK그룹"])
        #expect(names("현대에 들어 현대 사회는 바쁘다.") == [])
    }

    @Test func regionalOfficesFederationsAndLeagues() {
        #expect(names("인천본부세관과 서울지방국세청, 중노위는 밝혔다.")
            == ["인천본부세관", "서울지방국세청", "중앙노동위원회"])
        #expect(names("금융정보분석원(FIU)과 수산물품질관리원이 나섰다.")
            == ["금융정보분석원", "금융정보분석원", "국립수산물품질관리원"])
        let builtin = Gazetteer.builtin()
        for name in ["농협중앙회", "수협중앙회", "새마을금고중앙회", "저축은행중앙회", "한국야구위원회"] {
            #expect(builtin.entry(named: name)?.type == .company, "\(name)")
        }
        #expect(builtin.entry(named: "경기남부경찰청")?.country == "KR")
        #expect(builtin.entry(named: "중국 교통운수부")?.country == "CN")
    }

    @Test func officesUsedAsPlaces() {
        #expect(names("협약식은 연천군청 대회의실에서 열렸다.") == [])
        #expect(names("서울시청 광장에 모였다. 연천군은 협약을 맺었다.") == ["연천군"])
        // A region before its subdivision is the address: the subdivision may still act.
        #expect(names("성남시 분당구 소재 기업과 경기도 연천군에서 만났다. 서울시 강남구는 밝혔다.") == ["강남구"])
        #expect(names("서울시 시민들과 서울시 대변인") == ["서울특별시", "서울특별시"])
    }

    @Test func copyrightLineHolders() {
        #expect(names("드라마는 SBS가 만들었다.\nⓒ SBS & SBS Digital News Lab") == ["SBS"])
        #expect(names("KBS & SBS가 공동 중계한다.") == ["KBS", "SBS"])
    }

    @Test func groupAliasesAreStrict() {
        let builtin = Gazetteer.builtin()
        for (group, alias) in [("삼성그룹", "삼성"), ("SK그룹", "SK"), ("LG그룹", "LG"), ("롯데그룹", "롯데"),
                               ("한화그룹", "한화"), ("CJ그룹", "CJ"), ("GS그룹", "GS")] {
            #expect(builtin.entry(named: group)?.strictAliases == [alias], "\(group)")
        }
        #expect(builtin.entries.allSatisfy { !$0.aliases.contains("현대") })
    }

    @Test func usCourtsAndArmedServices() {
        #expect(names("한화오션이 美해군 함정을 정비하고 미 해군과 계약했다.") == ["한화오션", "미국 해군", "미국 해군"])
        #expect(names("앞서 연방순회항소법원은 권한을 넘어섰다고 봤다.") == ["미국 연방순회항소법원"])
    }

    @Test func foreignBodiesResolveToTheirCountry() {
        let result = builtinTagger.tag(
            title: "美상무부, 반도체 관세 발표",
            body: "백악관과 미 국방부(펜타곤)는 연준의 결정을 기다렸다. 미국 대법원은 판결을 미뤘고 대법원은 국내 사건을 심리했다. "
                + "중국 상무부와 日 경제산업성, 유럽중앙은행(ECB)도 입장을 냈다. 상무부는 USTR과 협의했다.")
        #expect(result.mentions.map(\.entityName) == [
            "미국 상무부", "백악관", "미국 국방부", "미국 국방부", "미국 연방준비제도", "미국 연방대법원", "대법원",
            "중국 상무부", "일본 경제산업성", "유럽중앙은행", "유럽중앙은행", "미국 상무부", "미국 무역대표부",
        ])
        let country = Dictionary(result.entities.map { ($0.name, $0.country) }, uniquingKeysWith: { a, _ in a })
        #expect(country["미국 국방부"] == "US")
        #expect(country["대법원"] == "KR")
        #expect(country["중국 상무부"] == "CN")
        #expect(country["일본 경제산업성"] == "JP")
        #expect(country["유럽중앙은행"] == "EU")
        // Korean ministries keep their bare names.
        #expect(names("국방부와 법무부, 외교부가 합동 브리핑을 했다.") == ["국방부", "법무부", "외교부"])
    }

    @Test func publicSectorCompleteness() {
        #expect(names("국회사무처와 국회도서관, 국회예산정책처가 협약을 맺었다.") == ["국회사무처", "국회도서관", "국회예산정책처"])
        #expect(names("사법연수원과 사법정책연구원, 헌법재판소 사무처가 참석했다.") == ["사법연수원", "사법정책연구원", "헌법재판소 사무처"])
        #expect(names("전기위원회는 국가AI위원회, 국가인공지능위원회와 논의했다.") == ["전기위원회", "국가인공지능위원회", "국가인공지능위원회"])
        #expect(names("AI안전연구소(K-AISI)와 한국정보통신기술협회(TTA)가 발표했다.") == ["AI안전연구소", "AI안전연구소", "한국정보통신기술협회", "한국정보통신기술협회"])
        // 검찰, 검찰청 and 대검 are one body, named by its head office.
        #expect(names("방대본과 중대본은 검찰과 대검에 자료를 냈다.") == ["중앙방역대책본부", "중앙재난안전대책본부", "대검찰청", "대검찰청"])
        #expect(names("경남테크노파크와 경과원, 인천도시공사가 협약을 맺었다.") == ["경남테크노파크", "경기도경제과학진흥원", "인천도시공사"])
        #expect(names("연천군은 서울시의회, 경기도의회와 협약을 맺었다.") == ["연천군", "서울특별시의회", "경기도의회"])
        #expect(names("서울 중구와 부산 중구청, 강남구의회가 만났다.") == ["서울특별시 중구", "부산광역시 중구", "강남구의회"])
    }

    @Test func mediaCompanies() {
        let result = builtinTagger.tag(title: "", body: "MBC와 SBS, KBS(한국방송공사)가 JTBC와 함께 티빙에 콘텐츠를 공급한다.")
        #expect(result.mentions.map(\.entityName) == ["MBC", "SBS", "KBS", "KBS", "JTBC", "티빙"])
        #expect(result.entities.allSatisfy { $0.type == .company })
        #expect(names("티빙과 쿠팡플레이는 중계를, 디즈니플러스는 드라마를 늘린다.") == ["티빙", "쿠팡플레이", "디즈니플러스"])
    }
}
