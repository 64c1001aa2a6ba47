import Extraction
import NewsModel

/// The per-page work of a worker thread: extract, then analyze every article found.
struct DocumentWorker: Sendable {
    let profiles: [SiteProfile]
    let analyzer: ArticleAnalyzer
    /// `limits.page_seconds`: slower pages are recorded (their articles are kept).
    var pageSeconds = PipelineConfig.defaultPageSeconds

    /// Each thread makes its own: libxml2 documents and XPath contexts stay on one thread.
    func makeExtractor() -> ArticleExtractor? {
        // Profiles were validated before the run started, so this only fails on a bug;
        // the worker then reports every page instead of crashing the run.
        try? ArticleExtractor(profiles: profiles)
    }

    func process(_ item: WorkItem, extractor: ArticleExtractor?) -> WorkResult {
        switch item {
        case let .fileFinished(outcome):
            return .fileFinished(outcome)
        case let .document(document):
            guard let extractor else {
                return .analyzed(DocumentOutcome(
                    path: document.path, articles: [],
                    issues: [InputIssue(inputPath: document.path, stage: "extract", message: "the site profiles could not be compiled")],
                    noArticle: false, extractSeconds: 0))
            }
            let clock = Stopwatch()
            let extraction = extractor.extract(document)
            let extractSeconds = clock.seconds
            var issues = extraction.issues
            if extractSeconds > pageSeconds {
                // libxml2 cannot be interrupted mid-parse; the pre-scan (PageBudget) bounds
                // the known slow cases, and whatever else is slow is named here.
                issues.append(InputIssue(
                    inputPath: document.path, stage: "extract", severity: .warning,
                    message: "the page took \(Int(extractSeconds * 10) / 10).\(Int(extractSeconds * 10) % 10) s to extract, over limits.page_seconds (\(pageSeconds) s); it was kept, but look at what makes it slow"))
            }
            var articles: [ArticleAnalyzer.Outcome] = []
            articles.reserveCapacity(extraction.articles.count)
            for article in extraction.articles {
                let outcome = analyzer.analyze(article)
                for warning in outcome.warnings {
                    issues.append(InputIssue(inputPath: document.path, stage: "normalize", severity: .warning, message: warning))
                }
                articles.append(outcome)
            }
            return .analyzed(DocumentOutcome(
                path: document.path, articles: articles, issues: issues,
                noArticle: extraction.noArticle, extractSeconds: extractSeconds))
        }
    }
}
