@testable import Extraction
import Foundation
import Testing

/// `Sources/Extraction/ExtractionTables.swift` is generated from `data/extraction/*.tsv`; these
/// fail when someone edits a TSV file without running `scripts/generate_extraction_tables.py`,
/// or edits the generated file by hand.
@Suite struct ExtractionTablesTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The (kind, text) rows of a TSV file, comments and header skipped.
    static func rows(_ file: String) throws -> [(String, String)] {
        let text = try String(contentsOf: root.appendingPathComponent("data/extraction/\(file)"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).filter { !$0.hasPrefix("#") }
        return lines.dropFirst().map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return (cells[0], cells.count > 1 ? cells[1] : "")
        }
    }

    static func words(_ rows: [(String, String)], _ kind: String) -> [String] {
        rows.filter { $0.0 == kind }.map(\.1)
    }

    @Test func theGeneratorFindsTheSwiftFileUpToDate() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.root.appendingPathComponent("scripts/generate_extraction_tables.py").path, "--check"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(message)")
    }

    @Test func everyListMatchesItsTSVRows() throws {
        let boilerplate = try Self.rows("boilerplate.tsv")
        #expect(Self.words(boilerplate, "marker") == ExtractionTables.copyrightMarkers)
        #expect(Self.words(boilerplate, "lead") == ExtractionTables.boilerplateLeads)
        #expect(Self.words(boilerplate, "photo_credit_lead") == ExtractionTables.photoCreditLeads)
        #expect(Self.words(boilerplate, "notice_lead") == ExtractionTables.noticeLeads)
        #expect(Self.words(boilerplate, "notice_marker") == ExtractionTables.noticeMarkers)
        let credits = try Self.rows("credits.tsv")
        #expect(Self.words(credits, "agency") == ExtractionTables.agencies)
        #expect(Self.words(credits, "desk_suffix") == ExtractionTables.deskSuffixes)
        let bylines = try Self.rows("bylines.tsv")
        #expect(Self.words(bylines, "role") == ExtractionTables.roles)
        #expect(Self.words(bylines, "published_label") == ExtractionTables.publishedLabels)
        let classes = try Self.rows("class_words.tsv")
        #expect(Self.words(classes, "specific_container") == ExtractionTables.specificContainers)
        #expect(Self.words(classes, "strong_token") == ExtractionTables.strongTokens)
        #expect(Self.words(classes, "soft_token") == ExtractionTables.softTokens)
    }

    /// Every file says where its list comes from before its header row.
    @Test func everyFileCitesItsSource() throws {
        for file in ["boilerplate.tsv", "credits.tsv", "bylines.tsv", "class_words.tsv"] {
            let text = try String(contentsOf: Self.root.appendingPathComponent("data/extraction/\(file)"), encoding: .utf8)
            let comments = text.split(separator: "\n").prefix { $0.hasPrefix("#") }
            #expect(comments.contains { $0.contains("Source:") }, "\(file) has no Source: line")
        }
    }

    /// The lists drive the extractor: a class word from the TSV decides a verdict.
    @Test func theClassWordsDecideVerdicts() throws {
        func verdict(_ value: String) -> ElementClass.Verdict {
            let bytes = Array(value.utf8)
            return bytes.withUnsafeBufferPointer { ElementClass.verdict(for: $0, isContainerTag: true) }
        }
        for word in ExtractionTables.specificContainers.prefix(5) { #expect(verdict(word).container == 2, "\(word)") }
        for word in ExtractionTables.strongTokens.prefix(5) { #expect(verdict("x-\(word)").strongFurniture, "\(word)") }
        #expect(!verdict("gaon-lede").furniture)
    }
}
