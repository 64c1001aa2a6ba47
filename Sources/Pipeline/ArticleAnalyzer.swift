import Export
import NewsModel
import Normalization
import Tagging

/// Runs normalization and tagging over one extracted article: the per-article work that the
/// worker threads share.
struct ArticleAnalyzer: Sendable {
    let normalizer: Normalizer
    let tagger: OrganizationTagger
    let times: PublishTimeResolver
    /// Part of every content hash, so a knews upgrade followed by `--full` refreshes mentions
    /// that a newer recognizer would find differently.
    let analysisVersion: String

    struct Outcome: Sendable {
        /// Ready for the writer: sentence numbers and digest computed here, on the worker.
        var prepared: PreparedArticle
        var warnings: [String]
        var skippedRelativeDates: Int
        var normalizeSeconds: Double
        var tagSeconds: Double
        /// Acronyms the article defines, for the run-level pass.
        var acronyms: [DefinedAcronym] = []
    }

    func analyze(_ article: Article) -> Outcome {
        let published = times.resolve(article.published)
        let normalizeClock = Stopwatch()
        let title = normalizer.normalize(article.title, field: .title, reference: published?.local)
        let body = normalizer.normalize(article.body, field: .body, reference: published?.local)
        let normalizeSeconds = normalizeClock.seconds
        let tagClock = Stopwatch()
        let tags = tagger.tag(title: article.title, body: article.body)
        let tagSeconds = tagClock.seconds
        let hash = Digest.sha256Hex(ofParts: [
            analysisVersion, article.url, article.source ?? "", article.title, article.body,
            published?.iso8601 ?? "", article.author ?? "",
        ])
        let analyzed = AnalyzedArticle(
            article: article, publishedAt: published?.iso8601, publishedDate: published?.date,
            contentHash: hash, money: title.money + body.money, dates: title.dates + body.dates,
            entities: tags.entities, entityMentions: tags.mentions)
        return Outcome(
            prepared: PreparedArticle(analyzed), warnings: title.warnings + body.warnings,
            skippedRelativeDates: title.skippedRelative + body.skippedRelative,
            normalizeSeconds: normalizeSeconds, tagSeconds: tagSeconds, acronyms: tags.acronyms)
    }
}
