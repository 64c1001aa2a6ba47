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
        /// Acronyms the article defines, for the run-level pass.
        var acronyms: [DefinedAcronym] = []
        /// The site profile that extracted the article, if one did.
        var profile: String? = nil
    }

    /// What normalization and tagging find in one article, with each amount's owner set.
    struct Mentions {
        var money: [MoneyMention]
        var dates: [DateMention]
        var tags: TaggingResult
        var warnings: [String]
        var skippedRelative: Int
        var normalizeSeconds: Double
        var tagSeconds: Double
    }

    /// The one code path from text to mentions, shared by `knews run` and `knews normalize`.
    /// The body goes first: its lead names the story day (`… 3일 밝혔다`) that the title's
    /// `이날` refers to.
    static func mentions(
        title: String, body: String, reference: CivilDateTime?, normalizer: Normalizer, tagger: OrganizationTagger
    ) -> Mentions {
        let normalizeClock = Stopwatch()
        let bodyFound = normalizer.normalize(body, field: .body, reference: reference)
        let titleFound = normalizer.normalize(title, field: .title, reference: reference, storyDay: bodyFound.storyDay)
        let normalizeSeconds = normalizeClock.seconds
        let tagClock = Stopwatch()
        let tags = tagger.tag(title: title, body: body)
        var money = titleFound.money + bodyFound.money
        MoneyOwnerResolver.assign(&money, field: .title, text: title, mentions: tags.mentions, entities: tags.entities)
        MoneyOwnerResolver.assign(&money, field: .body, text: body, mentions: tags.mentions, entities: tags.entities)
        let tagSeconds = tagClock.seconds
        return Mentions(
            money: money, dates: titleFound.dates + bodyFound.dates, tags: tags,
            warnings: titleFound.warnings + bodyFound.warnings,
            skippedRelative: titleFound.skippedRelative + bodyFound.skippedRelative,
            normalizeSeconds: normalizeSeconds, tagSeconds: tagSeconds)
    }

    func analyze(_ extracted: Article) -> Outcome {
        var article = extracted
        let profile = extracted.source.flatMap { profileNames.contains($0) ? $0 : nil }
        article.source = sources.name(extracted: extracted.source, url: extracted.url)
        let published = times.resolve(article.published)
        let found = Self.mentions(
            title: article.title, body: article.body, reference: published?.local, normalizer: normalizer, tagger: tagger)
        let hash = Digest.sha256Hex(ofParts: [
            analysisVersion, article.url, article.source ?? "", article.title, article.body,
            published?.iso8601 ?? "", article.author ?? "",
        ])
        let analyzed = AnalyzedArticle(
            article: article, publishedAt: published?.iso8601, publishedDate: published?.date,
            contentHash: hash, money: found.money, dates: found.dates,
            entities: found.tags.entities, entityMentions: found.tags.mentions)
        return Outcome(
            prepared: PreparedArticle(analyzed), warnings: found.warnings,
            skippedRelativeDates: found.skippedRelative,
            normalizeSeconds: found.normalizeSeconds, tagSeconds: found.tagSeconds,
            acronyms: found.tags.acronyms, profile: profile)
    }
}

extension ArticleAnalyzer {
    /// The analyzer for `config`, as `knews run` and `knews analyze` both build it (one
    /// place, so the outlet names and profile names they apply cannot drift apart).
    init(config: PipelineConfig, tagger: OrganizationTagger, times: PublishTimeResolver) {
        self.init(normalizer: Normalizer(), tagger: tagger, times: times, analysisVersion: KnewsVersion.current)
        sources = SourceNames(configured: config.sourceNames)
        profileNames = Set(config.sites.map(\.name))
    }
}
