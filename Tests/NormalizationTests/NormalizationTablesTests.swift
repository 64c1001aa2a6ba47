import Foundation
import NewsModel
import Testing
@testable import Normalization

/// The generated word tables match the TSV files they come from
/// (`python3 scripts/generate_normalization_tables.py` rewrites them).
@Suite("Generated tables")
struct NormalizationTablesTests {
    private static let data = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data/normalization")

    /// Data rows of a TSV file, without comments and header.
    private func rows(_ name: String) throws -> [[String]] {
        let text = try String(contentsOf: Self.data.appendingPathComponent(name), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).filter { !$0.hasPrefix("#") }
        return lines.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func moneyKindsMatchTheTSV() throws {
        let tsv = try rows("money_kinds.tsv")
        #expect(!tsv.isEmpty)
        let generated = NormalizationTables.moneyKindWords.map { [$0.kind?.rawValue ?? "none", $0.word] }
        #expect(generated == tsv.filter { $0[0] != "same" }, "run python3 scripts/generate_normalization_tables.py")
        #expect(NormalizationTables.moneyBreakdownWords == tsv.filter { $0[0] == "same" }.map { $0[1] })
    }

    @Test func reportingVerbsMatchTheTSV() throws {
        let tsv = try rows("reporting_verbs.tsv")
        #expect(!tsv.isEmpty)
        #expect(NormalizationTables.reportingVerbs.map { [$0] } == tsv, "run python3 scripts/generate_normalization_tables.py")
    }

    @Test func ownerCuesMatchTheTSV() throws {
        let tsv = try rows("owner_cues.tsv")
        #expect(!tsv.isEmpty)
        #expect(NormalizationTables.ownerCues.map { [$0.cue, $0.word] } == tsv, "run python3 scripts/generate_normalization_tables.py")
        // Every cue the TSV names is one the resolver reads.
        #expect(Set(tsv.map { $0[0] }) == Set(OwnerCueWords.Cue.allCases.map(\.rawValue)))
    }

    @Test func ownerCueWordsMatchTheLongestWord() {
        let text = Array("나래전자 대표이사는".unicodeScalars.map(\.value))
        let at = { (k: Int) -> UInt32 in k >= 0 && k < text.count ? text[k] : 0 }
        #expect(OwnerCueWords.shared.match(.speaker, at: 5, at) == 4)
        #expect(OwnerCueWords.shared.match(.impose, at: 5, at) == nil)
        #expect(OwnerCueWords.shared.match(.speaker, at: 0, at) == nil)
    }
}
