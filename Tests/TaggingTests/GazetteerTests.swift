import Foundation
import NewsModel
import Testing
@testable import Tagging

private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

private func fixture(_ name: String) -> String {
    fixtures.appendingPathComponent(name).path
}

@Suite struct GazetteerParsingTests {
    @Test func parsesEntriesAliasesAndEnglishNames() throws {
        let gazetteer = try sampleGazetteer()
        #expect(gazetteer.count == 14)
        let entry = try #require(gazetteer.entry(named: "과학기술정보통신부"))
        #expect(entry.type == .agency)
        #expect(entry.nameEnglish == "Ministry of Science and ICT")
        #expect(entry.aliases == ["과기정통부", "과기부"])
        #expect(entry.origin == GazetteerEntry.Origin(source: "sample", line: 3))
        #expect(gazetteer.entry(named: "경찰청")?.aliases == [])
        #expect(gazetteer.entry(named: "경찰청")?.nameEnglish == "Korean National Police Agency")
    }

    @Test func headerIsOptionalAndCommentsAndBlankLinesAreSkipped() throws {
        let gazetteer = try Gazetteer(tsv: "\n# comment\n네이버\tcompany\n\n  \nKT\tcompany\t\t케이티\n", source: "t")
        #expect(gazetteer.entries.map(\.name) == ["네이버", "KT"])
        #expect(gazetteer.entry(named: "KT")?.aliases == ["케이티"])
        #expect(gazetteer.entry(named: "KT")?.nameEnglish == nil)
    }

    @Test func spreadsheetExportWithBOMCRLFQuotesAndTrailingTabs() throws {
        var gazetteer = try sampleGazetteer()
        try gazetteer.merge(contentsOfFile: fixture("user_excel_export.tsv"))
        let kdata = try #require(gazetteer.entry(named: "한국데이터산업진흥원"))
        #expect(kdata.nameEnglish == "Korea Data Agency")
        #expect(kdata.aliases == ["K-DATA", "데이터진흥원"])
        #expect(gazetteer.entry(named: "다온랩")?.type == .company)
    }

    /// Korean spreadsheets pad cells with full-width (U+3000) and no-break (U+00A0) spaces;
    /// they go like ASCII spaces and tabs, inside quotes too, and spaces within a name stay.
    @Test func cellsLoseEveryKindOfBlankAroundThem() throws {
        let tsv = "\u{3000}네이버 클라우드\u{00A0}\t company\t\t\"\u{3000}네클\u{3000}\" \n"
            + " \u{3000}\t\n"
            + "KT\u{2003}\tcompany\t \"KT Corp\" \n"
        let gazetteer = try Gazetteer(tsv: tsv, source: "t")
        #expect(gazetteer.entries.map(\.name) == ["네이버 클라우드", "KT"])
        #expect(gazetteer.entry(named: "네이버 클라우드")?.aliases == ["네클"])
        #expect(gazetteer.entry(named: "KT")?.nameEnglish == "KT Corp")
        #expect(GazetteerTSV.blanksTrimmed("\u{3000} \t가 나\u{00A0}") == "가 나")
        #expect(GazetteerTSV.blanksTrimmed("\u{3000}\t ") == "")
        // Line and paragraph separators are not blanks to `.whitespaces` either.
        #expect(GazetteerTSV.blanksTrimmed("\u{2028}가") == "\u{2028}가")
    }

    @Test func excelUnicodeTextIsUTF16() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("knews-gazetteer-\(UUID().uuidString).tsv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = "name\ttype\tname_en\taliases\r\n한빛소프트\tcompany\tHanbit Soft\t한빛\r\n"
        var data = Data([0xFF, 0xFE])
        for unit in text.utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        try data.write(to: URL(fileURLWithPath: path))
        var gazetteer = Gazetteer()
        try gazetteer.merge(contentsOfFile: path)
        #expect(gazetteer.entry(named: "한빛소프트")?.aliases == ["한빛"])
    }
}

/// The optional fifth and sixth columns: files written for earlier versions stop after four.
@Suite struct GazetteerCountryColumnTests {
    @Test func countryAndStrictAliasesAreRead() throws {
        let gazetteer = try Gazetteer(tsv: """
            name\ttype\tname_en\taliases\tcountry\tstrict_aliases
            가온국 산업청\tagency\t\t가온 산업청\tXg
            한빛그룹\tcompany\tHanbit Group\t한빛|한빛계열\t\t한빛
            다온기구\tagency
            """, source: "t")
        #expect(gazetteer.entry(named: "가온국 산업청")?.country == "XG")
        #expect(gazetteer.entry(named: "가온국 산업청")?.entity.country == "XG")
        #expect(gazetteer.entry(named: "한빛그룹")?.country == nil)
        #expect(gazetteer.entry(named: "한빛그룹")?.strictAliases == ["한빛"])
        #expect(gazetteer.entry(named: "다온기구")?.strictAliases == [])
    }

    @Test func fourColumnFilesLoadAsBefore() throws {
        let gazetteer = try Gazetteer(tsv: "name\ttype\tname_en\taliases\n한빛소프트\tcompany\tHanbit Soft\t한빛\n", source: "t")
        let entry = try #require(gazetteer.entry(named: "한빛소프트"))
        #expect(entry.aliases == ["한빛"])
        #expect(entry.country == nil)
        #expect(entry.strictAliases == [])
    }

    /// A user file's country reaches the tagger's entities, so it reaches `entities.country`.
    @Test func countryReachesTheTaggedEntity() throws {
        var gazetteer = try sampleGazetteer()
        try gazetteer.merge(Gazetteer(tsv: "name\ttype\n가온국 산업청\tagency\t\t가온 산업청\tXG\n", source: "t"))
        let result = OrganizationTagger(gazetteer: gazetteer).tag(title: "", body: "가온 산업청은 경찰청과 만났다.")
        #expect(result.entities.map(\.name) == ["가온국 산업청", "경찰청"])
        #expect(result.entities.map(\.country) == ["XG", nil])
    }
}

@Suite struct GazetteerErrorTests {
    static let cases: [(tsv: String, line: Int, message: String)] = [
        ("name\ttype\n네이버\tcompany\n서울대학교\tuniv\n", 3,
         "gazetteer t line 3: type must be agency or company, found 'univ'"),
        ("name\ttype\n네이버\t\tNAVER\n", 2, "gazetteer t line 2: type is empty; it must be agency or company"),
        ("name\ttype\n네이버 company\n", 2, "gazetteer t line 2: no tab found; columns must be separated by tabs: name\ttype\tname_en\taliases\tcountry\tstrict_aliases"),
        ("name\ttype\n네이버\tcompany\tNAVER\tNaver\t\t\t카카오\n", 2,
         "gazetteer t line 2: found 7 columns, expected at most 6 (name, type, name_en, aliases, country, strict_aliases); separate aliases with | rather than tabs"),
        ("name\ttype\n네이버\tcompany\tNAVER\tNaver\t카카오\n", 2,
         "gazetteer t line 2: country must be a two-letter ISO 3166 code such as KR or US, found '카카오'; leave it empty when there is none"),
        ("name\ttype\n한빛그룹\tcompany\t\t\t\t한빛\n", 2,
         "gazetteer t line 2: strict alias '한빛' is not the name or one of the aliases of '한빛그룹'; list it under aliases too"),
        ("name\ttype\n네이버\tcompany\t\tNAVER||Naver\n", 2,
         "gazetteer t line 2: empty alias in 'NAVER||Naver'; separate aliases with a single |"),
        ("name\ttype\n네이버\tcompany\t\tN\n", 2,
         "gazetteer t line 2: 'N' is too short: names and aliases need at least 2 characters, a single character would match everywhere"),
        ("name\ttype\n\tcompany\n", 2, "gazetteer t line 2: the name column is empty"),
    ]

    @Test(arguments: cases)
    func malformedLineNamesFileLineAndProblem(tsv: String, line: Int, message: String) {
        #expect {
            _ = try Gazetteer(tsv: tsv, source: "t")
        } throws: { error in
            guard let error = error as? GazetteerError,
                  case .malformedLine(let path, let reported, _) = error
            else { return false }
            return path == "t" && reported == line && error.description == message
        }
    }

    @Test func badTypeInUserFileNamesTheFile() throws {
        var gazetteer = try sampleGazetteer()
        let path = fixture("bad_type.tsv")
        do {
            try gazetteer.merge(contentsOfFile: path)
            Issue.record("a type of 'univ' must be rejected")
        } catch {
            #expect(error.description == "gazetteer \(path) line 3: type must be agency or company, found 'univ'")
        }
        #expect(gazetteer.entry(named: "한빛소프트") == nil, "a failed merge leaves the gazetteer unchanged")
    }

    @Test func aliasClaimedByTwoEntitiesNamesBoth() throws {
        var gazetteer = try sampleGazetteer()
        let path = fixture("alias_conflict.tsv")
        do {
            try gazetteer.merge(contentsOfFile: path)
            Issue.record("NIPA cannot name two organizations")
        } catch {
            guard case .aliasConflict(let alias, let first, let firstName, let second, let secondName) = error
            else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(alias == "NIPA")
            #expect(firstName == "정보통신산업진흥원")
            #expect(first == .init(source: "sample", line: 6))
            #expect(secondName == "한국인터넷진흥원")
            #expect(second == .init(source: path, line: 3))
            #expect(error.description.contains("'정보통신산업진흥원'"))
            #expect(error.description.contains("'한국인터넷진흥원'"))
            #expect(error.description.contains("line 3"))
        }
    }

    @Test func conflictInsideOneFile() {
        #expect(throws: GazetteerError.self) {
            try Gazetteer(tsv: "가나전자\tcompany\t\t가나\n가나은행\tcompany\t\t가나\n", source: "t")
        }
        // A canonical name used as another entry's alias is a conflict too.
        #expect(throws: GazetteerError.self) {
            try Gazetteer(tsv: "카카오\tcompany\n카카오뱅크\tcompany\t\t카카오\n", source: "t")
        }
    }

    @Test func missingFile() {
        var gazetteer = Gazetteer()
        #expect {
            try gazetteer.merge(contentsOfFile: "/nonexistent/knews/extra.tsv")
        } throws: { error in
            guard case .unreadable(let path, _) = error as? GazetteerError else { return false }
            return path == "/nonexistent/knews/extra.tsv"
                && (error as? GazetteerError)?.description.hasPrefix("gazetteer /nonexistent/knews/extra.tsv: cannot read the file") == true
        }
    }

    @Test func notUTF8() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("knews-gazetteer-\(UUID().uuidString).tsv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data([0xB3, 0xD7, 0xC0, 0xCC, 0x09, 0x61]).write(to: URL(fileURLWithPath: path))  // EUC-KR
        var gazetteer = Gazetteer()
        #expect(throws: GazetteerError.self) { try gazetteer.merge(contentsOfFile: path) }
    }
}

@Suite struct GazetteerOverrideTests {
    @Test func userFileOverridesAndExtends() throws {
        var gazetteer = try sampleGazetteer()
        try gazetteer.merge(contentsOfFile: fixture("user_override.tsv"))
        #expect(gazetteer.count == 15)
        let kakao = try #require(gazetteer.entry(named: "카카오"))
        #expect(kakao.nameEnglish == "Kakao Corp.")
        #expect(kakao.aliases == ["카카오톡운영사", "Kakao"])
        #expect(kakao.origin.line == 4)

        let tagger = OrganizationTagger(gazetteer: gazetteer)
        let body = "Kakao와 한빛, 국가경찰이 참여했다. 한빛소프트는 경찰청과 협력한다."
        let result = tagger.tag(title: "", body: body)
        #expect(result.mentions.map(\.entityName) == ["카카오", "한빛소프트", "경찰청", "한빛소프트", "경찰청"])
        #expect(result.entities.first { $0.name == "한빛소프트" }?.origin == .gazetteer)
        #expect(invariantViolations(result, title: "", body: body).isEmpty)
    }

    @Test func overridingDropsTheOldAliases() throws {
        var gazetteer = try sampleGazetteer()
        // 해경 is moved from 해양경찰청 to a new entry: legal because 해양경찰청 is overridden first.
        try gazetteer.merge(Gazetteer(tsv: """
            해양경찰청\tagency\tKorea Coast Guard\t
            해경본부\tagency\t\t해경
            """, source: "user"))
        let tagger = OrganizationTagger(gazetteer: gazetteer)
        #expect(found(tagger, "해경은 해양경찰청과") == ["해경=해경본부", "해양경찰청"])
    }

    @Test func laterTypeWins() throws {
        var gazetteer = try sampleGazetteer()
        try gazetteer.add(GazetteerEntry(name: "네이버", type: .agency))
        let tagger = OrganizationTagger(gazetteer: gazetteer)
        #expect(tagger.tag(title: "", body: "네이버").entities.first?.type == .agency)
        #expect(found(tagger, "NAVER") == [], "the override has no English name nor aliases")
    }

    @Test func sharedEnglishNamesAreNotMatchedNorErrors() throws {
        let gazetteer = try Gazetteer(tsv: """
            가나전자\tcompany\tGana\t
            가나은행\tcompany\tGana\t
            다라전자\tcompany\tDara\t
            """, source: "t")
        let tagger = OrganizationTagger(gazetteer: gazetteer)
        #expect(found(tagger, "Gana와 Dara가") == ["Dara=다라전자"])
    }
}

/// The gazetteer's lines are cut by scanning scalars; they must be the lines a split on
/// `Character`s gives (`"\r\n"` one line end, CR and LF alone otherwise, empty lines kept).
@Suite struct GazetteerLineTests {
    @Test(arguments: [
        "", "\n", "a", "a\n", "a\r\nb", "a\rb\nc\r\n", "\r\r\n\n", "한빛\t회사\r\n\r\n가온\n",
        "name\ttype\n\u{301}결합\r\n", "끝\r", "\u{FEFF}name\ttype\r\nx\ty",
    ])
    func linesAreTheCharacterSplit(text: String) {
        let expected = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        let lines = GazetteerTSV.lines(of: text)
        #expect(lines.map(String.init) == expected.map(String.init))
        #expect(lines.map { Array($0.utf8) } == expected.map { Array($0.utf8) })
    }
}
