import Export
import NewsModel
import Tagging

/// The run-level pass of discovery: organizations discovered with strong evidence in some
/// article of a run (and acronyms defined in one) are matched in every article the run saved,
/// where that article names nothing yet. After all pages, in article order, on one thread:
/// the same output for any number of jobs.
///
/// `knews run` calls `addMentions`; `knews analyze`, which keeps no store, calls the same
/// `matcher` and `additions` over the articles it printed and turns the additions into rows
/// with `ArticleRows.runMentionRows`, as the store does: the two cannot disagree about what
/// the pass adds. `analyze` applies it to the articles of one call only.
enum RunLevelPass {
    /// Adds the pass's mentions (and their entities) to the articles of the open run `runID`
    /// in `store`. `loaded`: names matched from the first page on (discovered in earlier
    /// runs), which the pages already tagged. `spans`: each article's own mentions by URL, kept
    /// by the caller (`RunWriter.mentionSpans`; the tests compare both ways); nil reads them back from
    /// the store, and only for the articles the matcher finds a name in, so a run keeps no
    /// per-article state until its end. `gazetteer`: the run's, when already loaded. `chunk`:
    /// articles read from the store at a time (`ArticleStore.addRunMentions`).
    /// Returns the number of mentions added, or nil when nothing was discovered.
    static func addMentions(
        store: ArticleStore, runID: Int64, discoveries: RunDiscoveries, loaded: Set<String>,
        spans: [String: [(field: TextField, start: Int, end: Int)]]?, config: PipelineConfig,
        gazetteer: Gazetteer? = nil, chunk: Int = 256
    ) throws(StoreError) -> (added: Int, discovered: Int)? {
        guard let (matcher, discovered) = matcher(
            discoveries: discoveries, loaded: loaded, config: config, gazetteer: gazetteer)
        else { return nil }
        var readFailure: StoreError?
        let added = try store.addRunMentions(runID: runID, chunk: chunk) { articleID, url, title, body in
            // Most articles name none of the run's new names: they cost one scan, no read.
            let found = matcher.matchNames(title: title, body: body)
            guard !found.mentions.isEmpty, readFailure == nil else { return ([], []) }
            let own: [(field: TextField, start: Int, end: Int)]
            if let spans {
                own = spans[url] ?? []
            } else {
                do throws(StoreError) {
                    own = try store.entitySpans(articleID: articleID)
                } catch {
                    readFailure = error
                    return ([], [])
                }
            }
            return withoutOverlap(found, own: own)
        }
        if let readFailure { throw readFailure }
        return (added, discovered)
    }

    /// A matcher of the names the run discovered (less those `loaded` already matched) and the
    /// acronyms it saw defined, with how many names it holds; nil when there is nothing to match.
    /// `gazetteer`: the run's, when already loaded (else loaded here).
    static func matcher(
        discoveries: RunDiscoveries, loaded: Set<String>, config: PipelineConfig, gazetteer: Gazetteer? = nil
    ) -> (matcher: OrganizationTagger, discovered: Int)? {
        let fresh = discoveries.entities.filter { !loaded.contains($0.name) }
        let acronyms = discoveries.acronyms
        guard !fresh.isEmpty || !acronyms.isEmpty else { return nil }
        // The gazetteer's own names are left out: the acronyms of its entries must not become
        // surfaces it already has (`NIA` may be an alias of another entry).
        let gazetteer = gazetteer ?? PipelineRunner.loadGazetteer(config).0
        let taken = Set(gazetteer.entries.flatMap { [$0.name] + $0.aliases })
        let matcher = OrganizationTagger(
            gazetteer: Gazetteer(), discovered: fresh, acronyms: acronyms.filter { !taken.contains($0.acronym) })
        return (matcher, fresh.count)
    }

    /// Acronyms that earlier runs learnt from a definition (`한빛정보진흥원(HJIA)` in some
    /// article): stored mentions whose surface is an acronym (2-12 capital letters, digits, `&`,
    /// `-`) that is neither its entity's name nor any gazetteer name or alias, for a gazetteer
    /// entry or one of the `discovered` names this run loads; the first stored wins. A later run
    /// matches them like aliases from its first page on, as it matches the discovered names, so
    /// an article that only writes `HJIA` still names the institute.
    static func learnedAcronyms(
        databaseAt path: String, gazetteer: Gazetteer, discovered: [Entity]
    ) throws(StoreError) -> [(acronym: String, entity: Entity)] {
        // SQLite takes the bare column `e.name` from the row of MIN(mention_id).
        let rows = try ArticleStore.query(databaseAt: path, """
            SELECT m.surface, e.name, MIN(m.mention_id) FROM entity_mentions m
            JOIN entities e ON e.entity_id = m.entity_id
            WHERE m.surface <> e.name AND length(m.surface) BETWEEN 2 AND 12
              AND m.surface GLOB '[A-Z]*' AND m.surface NOT GLOB '*[^A-Z0-9&-]*'
            GROUP BY m.surface ORDER BY MIN(m.mention_id)
            """)
        guard !rows.isEmpty else { return [] }
        let taken = Set(gazetteer.entries.flatMap { [$0.name] + $0.aliases })
        let loaded = Dictionary(discovered.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var acronyms: [(acronym: String, entity: Entity)] = []
        for row in rows {
            guard case .text(let acronym) = row[0], case .text(let name) = row[1], !taken.contains(acronym) else { continue }
            if let entry = gazetteer.entry(named: name) {
                acronyms.append((acronym, entry.entity))
            } else if let entity = loaded[name] {
                acronyms.append((acronym, entity))
            }
        }
        return acronyms
    }

    /// What the pass adds to one article: the matcher's mentions that overlap none of the
    /// article's own, with their entities.
    static func additions(
        _ matcher: OrganizationTagger, title: String, body: String, own: [(field: TextField, start: Int, end: Int)]
    ) -> (entities: [Entity], mentions: [EntityMention]) {
        withoutOverlap(matcher.matchNames(title: title, body: body), own: own)
    }

    /// `found`'s mentions that overlap none of `own`, with `found`'s entities.
    static func withoutOverlap(
        _ found: TaggingResult, own: [(field: TextField, start: Int, end: Int)]
    ) -> (entities: [Entity], mentions: [EntityMention]) {
        let mentions = found.mentions.filter { mention in
            !own.contains { $0.field == mention.field && $0.start < mention.end && mention.start < $0.end }
        }
        return (found.entities, mentions)
    }
}
