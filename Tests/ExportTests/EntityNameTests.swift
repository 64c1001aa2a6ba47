import Foundation
import NewsModel
import Testing
@testable import Export

/// The store's entity cache compares names as the database does, byte for byte.
@Suite struct EntityNameTests {
    @Test func keysCompareBytesNotCanonicalEquivalence() {
        let composed = "한국전력", decomposed = "한국전력".decomposedStringWithCanonicalMapping
        #expect(composed == decomposed, "Swift calls them equal")
        #expect(EntityName(composed) != EntityName(decomposed))
        #expect(EntityName(composed) == EntityName(String(decoding: Array(composed.utf8), as: UTF8.self)))
        #expect(Set([EntityName(composed), EntityName(decomposed), EntityName(composed)]).count == 2)
    }

    /// Two spellings that are canonically equal are two rows under the UNIQUE name (SQLite
    /// compares bytes); each mention must point at the row of its own spelling.
    @Test func canonicallyEqualSpellingsKeepTheirOwnRows() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        let decomposed = "정보통신산업진흥원".decomposedStringWithCanonicalMapping
        var first = sampleArticle(url: "https://news.example.kr/article/1")
        first.entities = [Entity(name: "정보통신산업진흥원", type: .agency, origin: .gazetteer, confidence: 1)]
        first.entityMentions = [EntityMention(entityName: "정보통신산업진흥원", field: .body, start: 0, end: 3, surface: "정보통")]
        var second = sampleArticle(url: "https://news.example.kr/article/2")
        second.entities = [Entity(name: decomposed, type: .agency, origin: .pattern, confidence: 0.6)]
        second.entityMentions = [EntityMention(entityName: decomposed, field: .body, start: 0, end: 3, surface: "정보통")]
        _ = try runOnce(path, [first.analyzed, second.analyzed])
        let stored = try rows(path, """
            SELECT a.url, hex(e.name), e.origin FROM entity_mentions m
            JOIN articles a USING (article_id) JOIN entities e USING (entity_id) ORDER BY a.url
            """)
        func hex(_ text: String) -> String { text.utf8.map { String(format: "%02X", $0) }.joined() }
        #expect(stored == [
            [.text("https://news.example.kr/article/1"), .text(hex("정보통신산업진흥원")), .text("gazetteer")],
            [.text("https://news.example.kr/article/2"), .text(hex(decomposed)), .text("pattern")],
        ])
        #expect(try count(path, "entities") == 2)
        try expectIntact(path)
    }
}
