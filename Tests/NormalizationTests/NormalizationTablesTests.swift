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
        #expect(generated == tsv, "run python3 scripts/generate_normalization_tables.py")
    }

    @Test func reportingVerbsMatchTheTSV() throws {
        let tsv = try rows("reporting_verbs.tsv")
        #expect(!tsv.isEmpty)
        #expect(NormalizationTables.reportingVerbs.map { [$0] } == tsv, "run python3 scripts/generate_normalization_tables.py")
    }
}
