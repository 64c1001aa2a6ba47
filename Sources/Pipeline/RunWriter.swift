import Export
import Foundation
import Logging
import NewsModel
import Tagging

/// What talks to SQLite during a run, and the run's bookkeeping; one thread at a time uses it
/// (the run's only thread, or the worker holding the `WriterTurn`).
///
/// After the first database error it stops writing but keeps draining results, so the
/// producer and workers finish normally and the run can be rolled back cleanly.
struct RunWriter {
    let store: ArticleStore
    let runID: Int64
    let logger: Logger
    var report = RunReport()
    var failure: StoreError?
    /// Files that produced no page because they could not be read: the denominator of the
    /// error rate counts them next to the pages.
    var filesWithoutDocuments = 0
    /// Filled fields per source among the articles this run read (saved or unchanged).
    var health: [String: SourceHealth] = [:]
    private var progress: ProgressLine?
    private var filesDone = 0
    /// Organizations the articles saved so far discovered with strong evidence, in input order.
    var discoveries = RunDiscoveries()
    /// Where each article saved in this run already has mentions, by URL, kept only when set
    /// to a dictionary (the tests check that both ways give the same rows): the
    /// run-level pass adds a discovered name only where the article names nothing yet. A
    /// `knews run` leaves it nil and the pass reads the spans back from the database, so the
    /// run's memory does not grow with its article count.
    var mentionSpans: [String: [(field: TextField, start: Int, end: Int)]]?

    init(store: ArticleStore, runID: Int64, logger: Logger, showProgress: Bool, totalFiles: Int) {
        self.store = store
        self.runID = runID
        self.logger = logger
        report.runID = runID
        progress = showProgress ? ProgressLine(total: totalFiles) : nil
    }

    mutating func handle(_ result: WorkResult) {
        // A stopping run is rolled back: saving what is in flight would only delay the stop.
        if SignalHandler.received != nil { return }
        let clock = Stopwatch()
        switch result {
        case let .analyzed(outcome):
            report.documents += 1
            report.stageSeconds.extract += outcome.extractSeconds
            if outcome.noArticle {
                report.pagesWithoutArticle += 1
            }
            for issue in Self.issues(of: outcome) {
                record(issue)
            }
            for article in outcome.articles {
                report.stageSeconds.normalize += article.normalizeSeconds
                report.stageSeconds.tag += article.tagSeconds
                report.skippedRelativeDates += article.skippedRelativeDates
                save(article.prepared, acronyms: article.acronyms, profile: article.profile)
            }
        case let .fileFinished(outcome):
            filesDone += 1
            report.stageSeconds.read += outcome.readSeconds
            report.skippedRecords += outcome.skippedRecords
            report.bytesRead += outcome.bytes
            if outcome.skipped {
                report.filesSkipped += 1
                logger.debug("unchanged, skipped: \(outcome.path)")
            } else {
                logger.debug("read \(outcome.path): \(outcome.documents) pages, \(outcome.skippedRecords) records skipped")
            }
            if outcome.documents == 0 && !outcome.skipped && outcome.issues.contains(where: { $0.severity == .error }) {
                filesWithoutDocuments += 1
            }
            for issue in outcome.issues {
                record(issue)
            }
            if let fingerprint = outcome.fingerprint, failure == nil {
                do {
                    try store.recordFingerprint(fingerprint)
                } catch {
                    fail(error)
                }
            }
            progress?.update(done: filesDone, articles: report.articles, errors: report.inputErrors)
        }
        report.stageSeconds.write += clock.seconds
    }

    /// The issues a page records, in the order they are stored: a page without an article,
    /// then the stages' own. `knews analyze` prints the same list.
    static func issues(of outcome: DocumentOutcome) -> [InputIssue] {
        guard outcome.noArticle else { return outcome.issues }
        return [InputIssue(inputPath: outcome.path, stage: "extract", severity: .warning, message: "no article found on the page")]
            + outcome.issues
    }

    mutating func record(_ issue: InputIssue) {
        switch issue.severity {
        case .error: report.issuesByStage[issue.stage, default: RunReport.StageIssues()].errors += 1
        case .warning: report.issuesByStage[issue.stage, default: RunReport.StageIssues()].warnings += 1
        }
        switch issue.severity {
        case .error:
            report.inputErrors += 1
            logger.warning("input error (\(issue.stage)) \(issue.inputPath): \(issue.message)")
        case .warning:
            report.inputWarnings += 1
            logger.info("input warning (\(issue.stage)) \(issue.inputPath): \(issue.message)")
        }
        guard failure == nil else { return }
        do {
            try store.recordIssue(issue, runID: runID)
        } catch {
            fail(error)
        }
    }

    mutating func finishProgress() {
        progress?.finish()
    }

    private mutating func save(_ prepared: PreparedArticle, acronyms: [DefinedAcronym], profile: String?) {
        guard failure == nil else { return }
        let article = prepared.article
        do {
            switch try store.save(prepared, runID: runID) {
            case .inserted: report.articlesInserted += 1
            case .updated: report.articlesUpdated += 1
            case .unchanged:
                report.articlesUnchanged += 1
                return
            }
            discoveries.add(article.entities)
            discoveries.add(acronyms: acronyms, entities: article.entities)
            if mentionSpans != nil {
                mentionSpans?[article.article.url] = article.entityMentions.map { ($0.field, $0.start, $0.end) }
            }
            let input = article.article
            let source = input.source ?? SourceNames.unknown
            health[source, default: SourceHealth(source: source, profile: profile)].add(
                title: !input.title.isEmpty, body: !input.body.isEmpty,
                published: article.publishedAt != nil, author: !(input.author ?? "").isEmpty)
            report.moneyMentions += article.money.count
            report.dateMentions += article.dates.count
            report.entityMentions += article.entityMentions.count
        } catch where error.primaryCode == StoreError.constraintViolation {
            // The store rolled back just this article (it saves each under a savepoint): one
            // article a stage got wrong is an input error, not a reason to lose the whole run.
            record(InputIssue(
                inputPath: article.article.inputPath, stage: "export",
                message: "article \(article.article.url) was not stored: \(error)"))
        } catch {
            fail(error)
        }
    }

    private mutating func fail(_ error: StoreError) {
        if failure == nil {
            logger.error("database write failed, the run will be rolled back: \(error)")
            failure = error
        }
    }
}
