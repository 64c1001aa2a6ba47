import Export
import NewsModel
import Testing
@testable import Pipeline

@Suite struct ResultBatchTests {
    private func page(_ name: String, bodyBytes: Int) -> WorkResult {
        let article = Article(
            url: "https://news.example/\(name)", title: "제목", body: String(repeating: "a", count: bodyBytes),
            inputPath: name)
        let analyzed = AnalyzedArticle(article: article, publishedAt: nil, publishedDate: nil, contentHash: name)
        let outcome = ArticleAnalyzer.Outcome(
            prepared: PreparedArticle(analyzed), warnings: [], skippedRelativeDates: 0,
            normalizeSeconds: 0, tagSeconds: 0)
        return .analyzed(DocumentOutcome(path: name, articles: [outcome], issues: [], noArticle: false, extractSeconds: 0))
    }

    private func finished(_ name: String) -> WorkResult {
        .fileFinished(.skipped(name, fingerprint: nil, readSeconds: 0))
    }

    private func paths(_ results: [WorkResult]) -> [String] {
        results.map { result in
            switch result {
            case let .analyzed(outcome): outcome.path
            case let .fileFinished(outcome): outcome.path
            }
        }
    }

    @Test func handsOverAfterMaxResultsInTheOrderTheyCame() {
        var batch = ResultBatch(maxResults: 3, maxTextBytes: 1 << 20)
        #expect(batch.append(page("a", bodyBytes: 10)) == false)
        #expect(batch.append(finished("a")) == false)
        #expect(batch.append(page("b", bodyBytes: 10)) == true)
        let drained0 = batch.drain()
        #expect(paths(drained0) == ["a", "a", "b"])
        #expect(batch.results.isEmpty)
        // The count starts again after a drain.
        #expect(batch.append(page("c", bodyBytes: 10)) == false)
        let drained1 = batch.drain()
        #expect(paths(drained1) == ["c"])
    }

    @Test func largeArticlesHandOverEarly() {
        var batch = ResultBatch(maxResults: 100, maxTextBytes: 1_000)
        #expect(batch.append(page("a", bodyBytes: 600)) == false)
        // Title (6 bytes) and body count: 600 + 6 + 400 + 6 crosses 1,000.
        #expect(batch.append(page("b", bodyBytes: 400)) == true)
        let drained2 = batch.drain()
        #expect(paths(drained2) == ["a", "b"])
        // The byte count starts again too.
        #expect(batch.append(page("c", bodyBytes: 600)) == false)
    }

    @Test func fileEndsCarryNoTextAndOnlyCountAsResults() {
        var batch = ResultBatch(maxResults: 4, maxTextBytes: 1)
        #expect(batch.append(finished("a")) == false)
        #expect(batch.append(finished("b")) == false)
        #expect(batch.append(finished("c")) == false)
        #expect(batch.append(finished("d")) == true)
    }
}
