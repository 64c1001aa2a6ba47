import Foundation
import NewsModel
import Testing
@testable import Export

/// Replacing an article's mentions on update is linear in their count (issue 20, item 6):
/// one DELETE per mention table by `article_id`, each an index range, never a scan per row.
@Suite(.serialized) struct MentionReplaceTests {
    /// Every replace-on-update delete reads the mention table through its `article_id` index.
    @Test func eachDeleteSearchesByTheArticleIndex() throws {
        let folder = try TemporaryFolder()
        let database = folder.file("k.sqlite")
        try runOnce(database, [sampleArticle().analyzed])
        for table in ["money_mentions", "date_mentions", "entity_mentions"] {
            let plan = try rows(database, "EXPLAIN QUERY PLAN DELETE FROM \(table) WHERE article_id = ?", [.integer(1)])
                .map { $0.last?.description ?? "" }.joined(separator: " | ")
            #expect(plan.contains("SEARCH \(table) USING COVERING INDEX \(table)_article (article_id=?)")
                || plan.contains("SEARCH \(table) USING INDEX \(table)_article (article_id=?)"), "\(plan)")
            #expect(!plan.contains("SCAN"), "\(plan)")
        }
    }

    /// An article with many mentions: its update does about as much SQLite work as its
    /// insert (virtual machine steps, counted by SQLite, not wall time).
    @Test func anUpdateWith150000MentionsCostsAboutItsInsert() throws {
        let folder = try TemporaryFolder()
        let database = folder.file("k.sqlite")
        let sentence = "누리전자는 1억원을 투자했다. "
        var builder = ArticleBuilder(
            url: "https://news.example.kr/huge", title: "누리전자 투자",
            body: String(repeating: sentence, count: 50_000))
        let scalars = sentence.unicodeScalars.count
        for index in 0..<50_000 {
            let start = index * scalars
            builder.money.append(MoneyMention(field: .body, start: start + 6, end: start + 9, surface: "1억원", currency: "KRW", amountLow: 100_000_000, amountHigh: 100_000_000))
            builder.dates.append(DateMention(field: .body, start: start + 6, end: start + 9, surface: "1억원", value: "2025", precision: .year, relative: false))
            builder.entityMentions.append(EntityMention(entityName: "누리전자", field: .body, start: start, end: start + 4, surface: "누리전자"))
        }
        builder.entities = [Entity(name: "누리전자", type: .company, origin: .gazetteer)]

        let store = try ArticleStore(path: database)
        let first = try store.beginRun(startedAt: "2025-06-28T03:00:00+09:00", knewsVersion: "t", configSHA256: "a")
        var outcome: SaveOutcome?
        let insertSteps = try store.operationsForTests { () throws in outcome = try store.save(builder.analyzed, runID: first) }
        #expect(outcome == .inserted)
        try store.finishRun(first, summary: runSummary(inserted: 1))

        builder.title += " (수정)"
        let second = try store.beginRun(startedAt: "2025-06-29T03:00:00+09:00", knewsVersion: "t", configSHA256: "a")
        let updateSteps = try store.operationsForTests { () throws in outcome = try store.save(builder.analyzed, runID: second) }
        #expect(outcome == .updated)
        try store.finishRun(second, summary: runSummary(updated: 1))
        #expect(try count(database, "money_mentions") == 50_000)
        #expect(try count(database, "entity_mentions") == 50_000)
        // Deleting is a second pass over the rows: at most about twice the insert's steps.
        #expect(updateSteps < insertSteps * 3, "insert \(insertSteps) steps, update \(updateSteps)")
    }
}
