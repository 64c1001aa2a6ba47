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
    /// Maps extracted site and profile names to one name per outlet (`articles.source`).
    var sources = SourceNames()
    /// Names of the config's site profiles: an article whose extracted source is one of them
    /// was read by that profile, whose XPaths the field health check names.
    var profileNames: Set<String> = []

    struct Outcome: Sendable {
        /// Ready for the writer: sentence numbers and digest computed here, on the worker.
        var prepared: PreparedArticle
        var warnings: [String]
        var skippedRelativeDates: Int
        var normalizeSeconds: Double
        var tagSeconds: Double
        /// The site profile that extracted the article, if one did.
        var profile: String? = nil
    }

    func analyze(_ extracted: Article) -> Outcome {
        var article = extracted
        let profile = extracted.source.flatMap { profileNames.contains($0) ? $0 : nil }
        article.source = sources.name(extracted: extracted.source, url: extracted.url)
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
            normalizeSeconds: normalizeSeconds, tagSeconds: tagSeconds, profile: profile)
    }
}
