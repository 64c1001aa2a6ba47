/// Results of one job held back so that the writer saves many pages in a row.
///
/// With one job, a single thread parses a page, analyses it and saves it to SQLite. Saving
/// walks the b-trees of four tables and their indexes; parsing the next page builds a new tree
/// in the same cache, so every save found those pages evicted. Saving a batch of pages in a row keeps
/// them hot (cachegrind with a 2 MiB last-level cache, 300 pages: 2.2 M misses one page at a
/// time, 1.2 M with 32 pages, 0.86 M with 128), and the parser finds its own state warm in
/// turn. Results are handed over in the order they came, so nothing but timing changes.
struct ResultBatch {
    /// Pages held at most before the writer gets them.
    let maxResults: Int
    /// Article text held at most (UTF-8 bytes of titles and bodies): a few huge pages flush
    /// early, so memory stays flat whatever the pages.
    let maxTextBytes: Int
    private(set) var results: [WorkResult] = []
    private var textBytes = 0

    init(maxResults: Int = 128, maxTextBytes: Int = 8 << 20) {
        self.maxResults = max(1, maxResults)
        self.maxTextBytes = maxTextBytes
        results.reserveCapacity(self.maxResults)
    }

    /// Adds a result; true when the batch should now be handed over.
    mutating func append(_ result: WorkResult) -> Bool {
        if case let .analyzed(outcome) = result {
            for article in outcome.articles {
                let input = article.prepared.article.article
                textBytes += input.title.utf8.count + input.body.utf8.count
            }
        }
        results.append(result)
        return results.count >= maxResults || textBytes >= maxTextBytes
    }

    /// The held results, oldest first; the batch is empty afterwards.
    mutating func drain() -> [WorkResult] {
        textBytes = 0
        defer { results.removeAll(keepingCapacity: true) }
        return results
    }
}
