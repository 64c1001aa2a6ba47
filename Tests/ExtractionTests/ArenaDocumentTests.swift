@testable import Extraction
import Foundation
import NewsModel
import Testing

/// Parse trees live in the thread's arena (`knews_arena.h`); these pin what that must not
/// change: documents that overlap, pages bigger than the arena's first chunk, and many
/// pages in a row on one thread.
@Suite struct ArenaDocumentTests {
    private static func page(_ title: String, paragraphs: Int) -> [UInt8] {
        var html = "<html><head><title>\(title)</title></head><body><div class=\"article_body\">"
        for n in 0..<paragraphs {
            html += "<p>\(title) 기사의 \(n)번째 문단입니다. 과학기술정보통신부는 2조5천억원을 투입한다고 밝혔다.</p>"
        }
        return Array((html + "</div></body></html>").utf8)
    }

    /// The second document is parsed while the first is alive, so it cannot share the
    /// arena; both trees must stay intact, whichever is dropped first.
    @Test func overlappingDocumentsKeepTheirTrees() {
        let outcome = Mutex("")
        onNewThread {
            var first: HTMLDocument? = HTMLDocument(utf8: Self.page("첫째", paragraphs: 40), url: nil)
            let second = HTMLDocument(utf8: Self.page("둘째", paragraphs: 40), url: nil)
            let third = HTMLDocument(utf8: Self.page("셋째", paragraphs: 3), url: nil)
            var texts = [first?.root?.normalizedText ?? "", second?.root?.normalizedText ?? "", third?.root?.normalizedText ?? ""]
            first = nil  // releases the arena while the others still live
            let fourth = HTMLDocument(utf8: Self.page("넷째", paragraphs: 300), url: nil)  // bigger than the first, over where the second would be if it shared the arena
            texts.append(second?.root?.normalizedText ?? "")
            texts.append(fourth?.root?.normalizedText ?? "")
            outcome.set(texts.joined(separator: "\u{1}"))
        }
        let texts = outcome.get().components(separatedBy: "\u{1}")
        #expect(texts.count == 5)
        #expect(texts[0].contains("첫째 기사의 39번째 문단"))
        #expect(texts[1].contains("둘째 기사의 39번째 문단") && !texts[1].contains("첫째"))
        #expect(texts[2].contains("셋째 기사의 2번째 문단") && !texts[2].contains("둘째"))
        #expect(texts[3] == texts[1], "the second tree is untouched by the first's release")
        #expect(texts[4].contains("넷째 기사의 4번째 문단"))
    }

    /// A page of about 6 MB needs several arena chunks; the page after it, on the same
    /// thread, reuses them and comes out exactly as it does on a fresh thread.
    @Test func aHugePageThenASmallOne() throws {
        let huge = InputDocument(path: "huge.html", bytes: Self.page("거대", paragraphs: 40_000))
        let small = InputDocument(path: "small.html", bytes: Self.page("작은", paragraphs: 4))
        let results = Mutex<[[Article]]>([])
        onNewThread {
            guard let extractor = try? ArticleExtractor(profiles: []) else { return }
            let afterHuge = [extractor.extract(huge).articles, extractor.extract(small).articles]
            results.set(afterHuge)
        }
        let fresh = Mutex<[Article]>([])
        onNewThread {
            guard let extractor = try? ArticleExtractor(profiles: []) else { return }
            fresh.set(extractor.extract(small).articles)
        }
        let got = results.get()
        try #require(got.count == 2 && got[0].count == 1)
        #expect(got[0][0].body.contains("거대 기사의 39999번째 문단"))
        #expect(got[0][0].body.components(separatedBy: "\n").count >= 40_000)
        #expect(got[1] == fresh.get())
        #expect(got[1].first?.body.contains("작은 기사의 3번째 문단") == true)
    }

    /// Hundreds of pages in a row on one thread: each extraction equals the first.
    @Test func manyPagesInARowOnOneThread() throws {
        let names = ["generic-jsonld-graph.html", "generic-og.html", "generic-byline.html", "cp949-meta-euckr.html", "malformed.html"]
        let documents = try names.map { try Fixtures.document($0) }
        let mismatches = Mutex(0)
        let firsts = Mutex(0)
        onNewThread {
            guard let extractor = try? ArticleExtractor(profiles: []) else { return }
            let expected = documents.map { extractor.extract($0).articles }
            firsts.set(expected.filter { !$0.isEmpty }.count)
            var bad = 0
            for round in 0..<100 {
                let index = round % documents.count
                if extractor.extract(documents[index]).articles != expected[index] { bad += 1 }
            }
            mismatches.set(bad)
        }
        #expect(firsts.get() >= 4, "the fixtures yield articles")
        #expect(mismatches.get() == 0)
    }
}
