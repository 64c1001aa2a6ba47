internal import CSQLite
import Foundation
import NewsModel

/// The SQLite database a run writes into.
///
/// Opening creates the schema or migrates it in place (see `Schema`). A run's writes all land
/// in one transaction between `beginRun` and `finishRun`, so a dashboard reading during a run
/// sees the previous state, and a run killed at any point leaves the previous database intact:
/// SQLite's write-ahead log ignores frames that no commit record follows.
///
/// Not thread-safe: one thread at a time makes the calls (the pipeline passes the store from
/// worker to worker under a lock). Every per-row statement is prepared once per store and
/// rebound for each row.
public final class ArticleStore {
    private let database: Database
    /// The run whose transaction is open, if any.
    private var openRunID: Int64?
    private var statements: RunStatements?
    /// Entities already written, by name. Cleared when a run is rolled back, since the ids
    /// it handed out are then gone.
    private var entityCache: [EntityName: StoredEntity] = [:]
    private var inputLookup: Statement?
    /// `entitySpans(articleID:)`'s statement, prepared on first use.
    private var selectEntitySpans: Statement?
    /// The `CREATE INDEX` statements `finishRun` runs after the open run's commit: on a first
    /// load those `beginRun` dropped, and any index of the schema found missing. Usually empty
    /// otherwise.
    private var pendingIndexes: [String] = []

    /// The file's path, as given.
    public let path: String

    /// Seconds the last `finishRun` spent updating the rollup tables (0 when it had no
    /// changed article), for the run's log and the BI benchmark.
    public private(set) var lastRollupSeconds = 0.0
    /// The last `finishRun` found the rollup tables out of step with its increments (or an
    /// amount sum overflowed) and rebuilt them whole.
    public private(set) var lastRollupRebuiltWhole = false

    /// The open run's rollup bookkeeping (see `Rollups`): the parts of the articles it
    /// replaced, taken away at `finishRun`; the articles it wrote, whose old parts are no
    /// longer in the tables once taken; the entities whose stored name or type it changed.
    private var replacedParts = RollupDelta()
    private var writtenThisRun: Set<Int64> = []
    private var renamedEntities: Set<Int64> = []
    private var articleRollupReader: RollupReader?

    /// `PRAGMA cache_size`: 32 MiB (negative values are KiB).
    private static let cacheSize = -32768
    /// `PRAGMA cache_size` while a first load builds its deferred indexes: 2 MiB (see `buildIndexes`).
    private static let indexBuildCacheSize = -2048

    /// Opens or creates the database at `path` and brings its schema up to date.
    ///
    /// Connection settings, and why:
    /// - `journal_mode=WAL`: readers (dashboards, Datasette, the CSV export) keep reading the
    ///   last committed state while a run's long transaction is open, and never block it.
    /// - `synchronous=FULL`: every commit is on disk before `finishRun` returns, so cron's
    ///   "success" survives a power cut. A run commits once (plus its `running` row), so the
    ///   extra fsync costs nothing measurable; NORMAL in WAL mode could lose the last run.
    /// - `foreign_keys=ON`: SQLite's default is off per connection; the cascades from
    ///   articles to mentions and the integrity the tests check depend on it.
    /// - `busy_timeout` 5 s (set in `Database`): waits out a reader's checkpoint or a short
    ///   lock instead of failing; a second run holding the write lock still fails clearly.
    /// - `cache_size` 32 MiB: a run's index pages stay in memory; well under the RSS budget.
    /// - `wal_autocheckpoint=0`: SQLite would otherwise copy the whole log into the database
    ///   file inside a run's `COMMIT`; `finishRun` does it itself, beside the caller's work.
    public init(path: String) throws(StoreError) {
        self.path = path
        database = try Database(path: path)
        let found = Int(try database.scalarInt("PRAGMA user_version") ?? 0)
        if found > Schema.latestVersion {
            throw StoreError.schemaTooNew(found: found, supported: Schema.latestVersion)
        }
        // Before the switch to WAL, which rewrites the file's header: a foreign database
        // must be left byte for byte as it was.
        try ArticleStore.refuseForeign(database, path: path)
        try database.execute("PRAGMA journal_mode = WAL")
        try database.execute("PRAGMA foreign_keys = ON")
        try database.execute("PRAGMA synchronous = FULL")
        try database.execute("PRAGMA cache_size = \(ArticleStore.cacheSize)")
        try database.execute("PRAGMA temp_store = MEMORY")
        try database.execute("PRAGMA wal_autocheckpoint = 0")
        try migrate()
    }

    /// Throws when `database` holds tables but no knews schema version: someone else's file.
    private static func refuseForeign(_ database: Database, path: String) throws(StoreError) {
        guard Int(try database.scalarInt("PRAGMA user_version") ?? 0) == 0 else { return }
        let objects = try database.scalarInt(
            "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'") ?? 0
        if objects > 0 {
            throw StoreError.sqlite(
                code: SQLITE_ERROR,
                message: "\(path) already holds tables but no knews schema version; "
                    + "it is not a knews database, so knews leaves it alone",
                sql: "PRAGMA user_version")
        }
    }

    /// Checks, read-only and before a run creates its lock file or changes anything, that
    /// the file at `path` is absent, empty, or a knews database. A foreign SQLite database
    /// (or a file that is not SQLite at all) is left byte-identical.
    public static func checkBeforeOpening(path: String) throws(StoreError) {
        var info = stat()
        guard stat(path, &info) == 0, info.st_size > 0 else { return }
        let database = try Database(path: path, readOnly: true, create: false)
        try refuseForeign(database, path: path)
    }

    /// The schema version of the open database (`PRAGMA user_version`).
    public var schemaVersion: Int {
        get throws(StoreError) { Int(try database.scalarInt("PRAGMA user_version") ?? 0) }
    }

    /// The newest schema version this knews writes.
    public static var supportedSchemaVersion: Int { Schema.latestVersion }

    // MARK: Migration

    private func migrate() throws(StoreError) {
        // Up to date: no write lock needed, so opening never waits for a running run.
        if Int(try database.scalarInt("PRAGMA user_version") ?? 0) == Schema.latestVersion { return }
        // Decide inside a write transaction, so two processes opening an old file at once
        // cannot both migrate it.
        try database.execute("BEGIN IMMEDIATE")
        do throws(StoreError) {
            let current = Int(try database.scalarInt("PRAGMA user_version") ?? 0)
            if current > Schema.latestVersion {
                throw StoreError.schemaTooNew(found: current, supported: Schema.latestVersion)
            }
            if current == 0 {
                try ArticleStore.refuseForeign(database, path: path)
            }
            for migration in Schema.migrations where migration.version > current {
                for sql in migration.statements {
                    try database.execute(sql)
                }
                try migration.backfill?(database)
                try database.execute("PRAGMA user_version = \(migration.version)")
            }
            for sql in Schema.viewRefresh {
                try database.execute(sql)
            }
            try database.execute("COMMIT")
        } catch {
            try? database.execute("ROLLBACK")
            throw error
        }
    }

    // MARK: Runs

    /// Records a `running` row in `runs` (committed at once, so a crashed run leaves a trace),
    /// marks older `running` rows `aborted`, then opens the run's transaction.
    ///
    /// Fails with `SQLITE_BUSY` after 5 s when another process holds the write lock (another
    /// run): the run must not start then.
    public func beginRun(startedAt: String, knewsVersion: String, configSHA256: String) throws(StoreError) -> Int64 {
        if let openRunID {
            throw StoreError.misuse("run \(openRunID) is still open; finish or abandon it first")
        }
        entityCache.removeAll()
        replacedParts = RollupDelta()
        writtenThisRun = []
        renamedEntities = []
        try database.execute("BEGIN IMMEDIATE")
        let runID: Int64
        do throws(StoreError) {
            let abort = try database.prepare("""
                UPDATE runs SET status = 'aborted', finished_at = coalesce(finished_at, ?),
                    message = 'killed or crashed before it finished; its writes were rolled back'
                WHERE status = 'running'
                """)
            abort.bind(1, startedAt)
            try abort.run()
            let insert = try database.prepare("""
                INSERT INTO runs (started_at, status, knews_version, config_sha256)
                VALUES (?, 'running', ?, ?)
                """)
            insert.bind(1, startedAt)
            insert.bind(2, knewsVersion)
            insert.bind(3, configSHA256)
            try insert.run()
            runID = database.lastInsertRowID
            try database.execute("COMMIT")
        } catch {
            try? database.execute("ROLLBACK")
            throw error
        }
        try database.execute("BEGIN IMMEDIATE")
        do throws(StoreError) {
            pendingIndexes = try indexesToBuildAfterCommit()
            if statements == nil {
                statements = try RunStatements(database)
            }
        } catch {
            try? database.execute("ROLLBACK")
            pendingIndexes = []
            throw error
        }
        openRunID = runID
        return runID
    }

    /// The indexes for `finishRun` to build once the run has committed.
    ///
    /// On a first load (no article yet) that is the indexes of `Schema.deferredOnFirstLoad`,
    /// dropped here inside the run's transaction: a run that fails rolls the drop back with
    /// everything else. Later runs add to a loaded database, where maintaining the indexes row
    /// by row is cheaper than rebuilding them whole. Building after the commit lets the CSV
    /// export read the data meanwhile; a process killed in between leaves the data committed
    /// and those indexes missing, so any index of the schema found missing is built too.
    private func indexesToBuildAfterCommit() throws(StoreError) -> [String] {
        var existing: [String: String] = [:]
        do {
            // The block ends the statement before the drops change the schema it read.
            let select = try database.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
            while try select.step() {
                existing[select.text(0)] = select.text(1)
            }
        }
        var build = Schema.indexDefinitions.filter { existing[$0.name] == nil }.map(\.sql)
        guard try database.scalarInt("SELECT EXISTS (SELECT 1 FROM articles)") == 0 else {
            // A later run looks every rollup key it changes up through the rollup indexes
            // (`Rollups.apply`, before the commit): one a killed first load left unbuilt is
            // built now, or each lookup would scan its table.
            for sql in build where sql.contains(" ON rollup_") {
                try database.execute(sql)
            }
            return build.filter { !$0.contains(" ON rollup_") }
        }
        for name in Schema.deferredOnFirstLoad.sorted() {
            // Rebuilt from the file's own definition, not from `Schema`: exactly what was there.
            guard let sql = existing[name] else { continue }
            try database.execute("DROP INDEX \"\(name)\"")
            build.append(sql)
        }
        return build
    }

    /// Writes the run's totals and commits everything the run wrote; then builds the indexes
    /// a first load deferred (`indexesToBuildAfterCommit`) and folds the write-ahead log into
    /// the database file, so that a copy of the `.sqlite` file alone is complete.
    ///
    /// With `alongside`, the builds and the copy of the log run on a thread of their own while
    /// `alongside` runs on this one: the pipeline passes its CSV export, which reads the
    /// committed data through connections of its own. At the end of a first load a two-job
    /// run otherwise left a core idle for about 2 s of its last 4 (20,000 pages: index builds
    /// 1.2 s, then the copy of the whole database from the log), and the export has no use
    /// for those indexes. The copy is PASSIVE, so it neither waits for the export's readers
    /// nor blocks them; the log is emptied once `alongside` returns.
    ///
    /// Throws only what keeps the run from committing; the caller then abandons it.
    ///
    /// - Returns: why the indexes could not be built, if they could not (a full temporary
    ///   folder, say). The run is committed and its data readable either way; queries are
    ///   slower until the next run, which builds what is missing.
    @discardableResult
    public func finishRun(
        _ runID: Int64, summary: RunSummary, alongside: (() -> Void)? = nil
    ) throws(StoreError) -> StoreError? {
        try requireOpenRun(runID)
        let update = try database.prepare("""
            UPDATE runs SET finished_at = ?, status = ?, files_seen = ?, files_skipped = ?,
                articles_inserted = ?, articles_updated = ?, articles_unchanged = ?,
                input_errors = ?, input_warnings = ?, message = coalesce(?, message)
            WHERE run_id = ?
            """)
        update.bind(1, summary.finishedAt)
        update.bind(2, summary.status)
        update.bind(3, summary.filesSeen)
        update.bind(4, summary.filesSkipped)
        update.bind(5, summary.articlesInserted)
        update.bind(6, summary.articlesUpdated)
        update.bind(7, summary.articlesUnchanged)
        update.bind(8, summary.inputErrors)
        update.bind(9, summary.inputWarnings)
        update.bind(10, summary.message)
        update.bind(11, runID)
        try update.run()
        lastRollupSeconds = 0
        lastRollupRebuiltWhole = false
        if !writtenThisRun.isEmpty || !replacedParts.isEmpty || !renamedEntities.isEmpty {
            let started = DispatchTime.now().uptimeNanoseconds
            var delta = replacedParts
            try RollupReader(database, scope: .run).read(runID, sign: 1, into: &delta)
            if try !Rollups.apply(delta, renamed: renamedEntities, to: database) {
                lastRollupRebuiltWhole = true
                try Rollups.rebuild(database)
            }
            lastRollupSeconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        }
        try database.execute("COMMIT")
        openRunID = nil
        let pending = pendingIndexes
        pendingIndexes = []
        guard let alongside else {
            let failure = buildIndexes(pending)
            foldLog()
            return failure
        }
        // Only the helper thread uses the connection until it signals; nothing else touches
        // the store meanwhile (`alongside` belongs to the caller, who holds the store).
        nonisolated(unsafe) let store = self
        nonisolated(unsafe) var failure: StoreError?
        let done = DispatchSemaphore(value: 0)
        let helper = Thread {
            failure = store.buildIndexes(pending)
            try? store.database.execute("PRAGMA wal_checkpoint(PASSIVE)")
            done.signal()
        }
        helper.start()
        alongside()
        done.wait()
        foldLog()
        return failure
    }

    /// Builds `definitions` in a transaction of their own. They are indexes in random key
    /// order over whole tables, sorted by SQLite at the end of a first load.
    private func buildIndexes(_ definitions: [String]) -> StoreError? {
        guard !definitions.isEmpty else { return nil }
        do throws(StoreError) {
            // SQLite sorts an index build in memory up to the page cache's size, then spills
            // sorted runs to temporary files and merges them. Both settings bound that memory:
            // a 2 MiB cache for the build keeps the sort from adding up to 32 MiB to the run's
            // peak (builds measured no slower), and temp_store = FILE keeps the spilled runs on
            // disk, where MEMORY (the connection's setting, for statement journals) would hold
            // them all: a 100,000-page first load peaked at 307 MB that way. Both are restored
            // for the next run. A temp_store change SQLite refuses (it does once a TEMP table
            // exists, which knews never creates) costs memory, not the build.
            try database.execute("PRAGMA cache_size = \(ArticleStore.indexBuildCacheSize)")
            try? database.execute("PRAGMA temp_store = FILE")
            defer {
                try? database.execute("PRAGMA temp_store = MEMORY")
                try? database.execute("PRAGMA cache_size = \(ArticleStore.cacheSize)")
            }
            try database.execute("BEGIN IMMEDIATE")
            do throws(StoreError) {
                for sql in definitions {
                    try database.execute(sql)
                }
                try database.execute("COMMIT")
            } catch {
                try? database.execute("ROLLBACK")
                throw error
            }
            return nil
        } catch {
            return error
        }
    }

    /// Copies the write-ahead log into the database file and empties it. Best effort: a
    /// reader holding an old snapshot keeps the log from being emptied; the next run finishes
    /// the job (SQLite also folds it when the last connection closes).
    private func foldLog() {
        try? database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    }

    /// Rolls the run's transaction back and marks its `runs` row `failed` (or `aborted`, for a
    /// run stopped by a signal) with the reason.
    /// Never throws: it runs on the way out of a failure, and the rollback itself is what
    /// protects the data (closing the connection would roll back too).
    public func abandonRun(_ runID: Int64, finishedAt: String, reason: String, status: String = "failed") {
        if !database.isAutocommit {
            try? database.execute("ROLLBACK")
        }
        openRunID = nil
        entityCache.removeAll()
        // The rollback put the dropped indexes back; missing ones are found again next run.
        pendingIndexes = []
        guard let mark = try? database.prepare("""
            UPDATE runs SET status = ?, finished_at = ?, message = ? WHERE run_id = ?
            """) else { return }
        mark.bind(1, status)
        mark.bind(2, finishedAt)
        mark.bind(3, reason)
        mark.bind(4, runID)
        try? mark.run()
    }

    private func requireOpenRun(_ runID: Int64) throws(StoreError) {
        guard openRunID == runID else {
            throw StoreError.misuse("run \(runID) is not open (beginRun was not called, or the run was finished)")
        }
        if database.isAutocommit {
            // SQLite rolled the transaction back by itself (disk full, I/O error): the
            // run's writes are gone and must not be reported as committed.
            openRunID = nil
            throw StoreError.misuse("the transaction of run \(runID) was rolled back by SQLite after an earlier error")
        }
    }

    private func runStatements(_ runID: Int64) throws(StoreError) -> RunStatements {
        try requireOpenRun(runID)
        guard let statements else { throw StoreError.misuse("no run statements prepared") }
        return statements
    }

    // MARK: Incremental state

    /// Whether any input was ever recorded: a first load has nothing to look up.
    public var hasFingerprints: Bool {
        get throws(StoreError) { try database.scalarInt("SELECT EXISTS (SELECT 1 FROM inputs)") == 1 }
    }

    /// What the last successful run saw of this input, for the incremental skip.
    /// Inside a run it also sees what this run recorded so far.
    public func fingerprint(forPath path: String) throws(StoreError) -> InputFingerprint? {
        // Called once per input file before the run begins: prepared once, not per call.
        let select: Statement
        if let prepared = inputLookup {
            select = prepared
        } else {
            select = try database.prepare(RunStatements.selectInputSQL)
            inputLookup = select
        }
        defer { select.reset() }
        select.bind(1, path)
        guard try select.step() else { return nil }
        return InputFingerprint(
            path: path, size: select.int64(0), modifiedNanos: select.int64(1), sha256: select.text(2))
    }

    /// Remembers an input as processed by the open run; committed with the run. An input
    /// recorded again unchanged keeps its row (and the `run_id` that first saw it that way).
    public func recordFingerprint(_ fingerprint: InputFingerprint) throws(StoreError) {
        guard let runID = openRunID else {
            throw StoreError.misuse("recordFingerprint called outside a run")
        }
        let upsert = try runStatements(runID).upsertInput
        upsert.bind(1, fingerprint.path)
        upsert.bind(2, fingerprint.size)
        upsert.bind(3, fingerprint.modifiedNanos)
        upsert.bind(4, fingerprint.sha256)
        upsert.bind(5, runID)
        try upsert.run()
    }

    // MARK: Articles

    /// Inserts or updates by URL and replaces the article's mentions when its content changed.
    ///
    /// - Same URL, same `contentHash` and the same mentions: nothing is written, not even
    ///   `run_id` (`.unchanged`), so rerunning over the same inputs changes no row.
    /// - Same text analysed differently (a new gazetteer, a better normalizer, run with
    ///   `--full`): the mentions are replaced (`.updated`); see `AnalysisDigest`.
    /// - A stored row from another input with a longer body is kept (`.unchanged`): a list
    ///   page's lead never overwrites the full article, whichever is read first.
    /// - Entities are upserted by name: a gazetteer entry overwrites a pattern guess, a pattern
    ///   never overwrites a gazetteer entry, and between two pattern guesses the more
    ///   confident one stays.
    ///
    /// If any row fails, none of the article's rows stay (an update is undone by a savepoint,
    /// an insert by hand: see `insertArticle`) and the run's transaction goes on, so the
    /// caller may record an issue and continue. A mention naming an entity that is neither in
    /// `article.entities` nor already stored is skipped (it has no type to store).
    public func save(_ article: AnalyzedArticle, runID: Int64) throws(StoreError) -> SaveOutcome {
        try save(PreparedArticle(article), runID: runID)
    }

    /// `save` for an article whose database-free work a worker thread already did.
    public func save(_ prepared: PreparedArticle, runID: Int64) throws(StoreError) -> SaveOutcome {
        let article = prepared.article
        let s = try runStatements(runID)
        let input = article.article

        s.selectArticle.bind(1, input.url)
        var existing: (id: Int64, version: ArticleRows.Version)?
        if try s.selectArticle.step() {
            let row = s.selectArticle
            existing = (row.int64(0), ArticleRows.Version(
                contentHash: row.text(1), inputPath: row.text(2), bodyLength: row.int64(3), analysisHash: row.optionalText(4)))
        }
        s.selectArticle.reset()

        if let existing, prepared.rows.keepsStored(existing.version) { return .unchanged }

        guard let existing else {
            return try insertArticle(prepared, runID: runID, s)
        }
        // The stored version's part of the rollups, taken away at `finishRun` unless this run
        // wrote that version itself (then it is not in the tables yet).
        var replaced = RollupDelta()
        if !writtenThisRun.contains(existing.id) {
            if articleRollupReader == nil { articleRollupReader = try RollupReader(database, scope: .article) }
            try articleRollupReader?.read(existing.id, sign: -1, into: &replaced)
        }
        // Updating replaces rows that a failure must bring back: a savepoint keeps them.
        try s.savepoint.run()
        do throws(StoreError) {
            bindArticle(s.updateArticle, prepared, runID: runID)
            try s.updateArticle.run()
            let articleID = existing.id
            for delete in [s.deleteMoney, s.deleteDates, s.deleteEntityMentions] {
                delete.bind(1, articleID)
                try delete.run()
            }
            var undo = EntityUndo()  // not needed: the savepoint undoes entities too
            try writeMentions(prepared, articleID: articleID, s, undo: &undo)
            try s.release.run()
            replacedParts.merge(replaced)
            writtenThisRun.insert(articleID)
        } catch {
            try? s.rollbackToSavepoint.run()
            try? s.release.run()
            // Entity ids written under the savepoint are gone with it.
            entityCache.removeAll()
            throw error
        }
        return .updated
    }

    /// A new article is written without a savepoint. SQLite journals every page the first
    /// time a savepoint changes it, and the index pages that every article touches were
    /// journaled again for each one: 7% of the writer's time. A failed insert is undone by
    /// hand instead: deleting the article row cascades to its mentions, and the entities the
    /// save wrote are put back. Each statement is atomic by itself, so that undo sees either
    /// all of a statement's rows or none.
    private func insertArticle(
        _ prepared: PreparedArticle, runID: Int64, _ s: RunStatements
    ) throws(StoreError) -> SaveOutcome {
        var articleID: Int64?
        var undo = EntityUndo()
        do throws(StoreError) {
            bindArticle(s.insertArticle, prepared, runID: runID)
            try s.insertArticle.run()
            let id = database.lastInsertRowID
            articleID = id
            try writeMentions(prepared, articleID: id, s, undo: &undo)
            writtenThisRun.insert(id)
        } catch {
            do throws(StoreError) {
                try undoInsert(articleID: articleID, undo, s)
            } catch let undoError {
                throw StoreError.misuse("undoing the failed save of \(prepared.article.article.url) failed: \(undoError); it failed because: \(error)")
            }
            throw error
        }
        return .inserted
    }

    private func undoInsert(articleID: Int64?, _ undo: EntityUndo, _ s: RunStatements) throws(StoreError) {
        if let articleID {
            let delete = try database.prepare("DELETE FROM articles WHERE article_id = ?")
            delete.bind(1, articleID)
            try delete.run()
        }
        for (name, id) in undo.inserted {
            let delete = try database.prepare("DELETE FROM entities WHERE entity_id = ?")
            delete.bind(1, id)
            try delete.run()
            entityCache[EntityName(name)] = nil
        }
        // Newest first, so an entity replaced twice ends with its oldest values.
        for (name, stored) in undo.replaced.reversed() {
            bindEntity(s.updateEntity, stored.entity)
            s.updateEntity.bind(Int32(ArticleRows.entityColumns.count + 1), stored.id)
            try s.updateEntity.run()
            renamedEntities.insert(stored.id)
            entityCache[EntityName(name)] = stored
        }
    }

    /// Binds the article's values (`ArticleRows.articleColumns`) and then the run, as
    /// `RunStatements` numbers them.
    private func bindArticle(_ write: Statement, _ prepared: PreparedArticle, runID: Int64) {
        let values = prepared.rows.article
        for (offset, value) in values.enumerated() {
            write.bind(Int32(offset + 1), value)
        }
        write.bind(Int32(values.count + 1), runID)
    }

    private func writeMentions(
        _ prepared: PreparedArticle, articleID: Int64, _ s: RunStatements, undo: inout EntityUndo
    ) throws(StoreError) {
        // Entities first: an amount's owner is stored as the entity's id.
        let rows = try prepared.rows.resolved { (name, given) throws(StoreError) in
            try entityID(for: name, given: given, s, undo: &undo)
        }
        for (insert, table) in [(s.insertMoney, rows.money), (s.insertDate, rows.dates), (s.insertEntityMention, rows.entityMentions)] {
            try insert.insert(count: table.count) { statement, at, row in
                statement.bind(at + 1, articleID)
                for (offset, value) in table[row].enumerated() {
                    statement.bind(at + Int32(offset + 2), value)
                }
            }
        }
    }

    // MARK: Entities

    private struct StoredEntity {
        var id: Int64
        var entity: Entity
    }

    /// What saving one new article did to `entities`, so that a failed save can be undone
    /// without a savepoint: entities it inserted are deleted, those it replaced restored.
    private struct EntityUndo {
        var inserted: [(name: String, id: Int64)] = []
        var replaced: [(name: String, stored: StoredEntity)] = []
    }

    /// The id of `name`, inserting or upgrading the stored entity as `given` warrants.
    private func entityID(
        for name: String, given: Entity?, _ s: RunStatements, undo: inout EntityUndo
    ) throws(StoreError) -> Int64? {
        let key = EntityName(name)
        var stored = entityCache[key]
        if stored == nil {
            s.selectEntity.bind(1, name)
            if try s.selectEntity.step() {
                let entity = Entity(
                    name: name,
                    type: EntityType(rawValue: s.selectEntity.text(1)) ?? .company,
                    nameEnglish: s.selectEntity.optionalText(2),
                    origin: EntityOrigin(rawValue: s.selectEntity.text(3)) ?? .pattern,
                    confidence: s.selectEntity.double(4),
                    country: s.selectEntity.optionalText(5), evidence: s.selectEntity.optionalText(6))
                stored = StoredEntity(id: s.selectEntity.int64(0), entity: entity)
            }
            s.selectEntity.reset()
        }
        guard let given else {
            if let stored { entityCache[key] = stored }
            return stored?.id
        }
        guard var current = stored else {
            bindEntity(s.insertEntity, given)
            try s.insertEntity.run()
            let id = database.lastInsertRowID
            entityCache[key] = StoredEntity(id: id, entity: given)
            undo.inserted.append((name, id))
            return id
        }
        if ArticleStore.shouldReplace(current.entity, with: given) {
            undo.replaced.append((name, current))
            bindEntity(s.updateEntity, given)
            s.updateEntity.bind(Int32(ArticleRows.entityColumns.count + 1), current.id)
            try s.updateEntity.run()
            renamedEntities.insert(current.id)
            current.entity = given
        }
        entityCache[key] = current
        return current.id
    }

    /// Gazetteer over pattern; a changed gazetteer entry over the old one; between pattern
    /// guesses, the more confident. Equal entities are never rewritten.
    static func shouldReplace(_ stored: Entity, with new: Entity) -> Bool {
        if stored == new { return false }
        switch (stored.origin, new.origin) {
        case (.pattern, .gazetteer), (.gazetteer, .gazetteer): return true
        case (.gazetteer, .pattern): return false
        case (.pattern, .pattern): return new.confidence > stored.confidence
        }
    }

    private func bindEntity(_ statement: Statement, _ entity: Entity) {
        for (offset, value) in ArticleRows.entityValues(entity).enumerated() {
            statement.bind(Int32(offset + 1), value)
        }
    }

    // MARK: Run-level mentions

    /// Adds mentions to the articles saved in run `runID` (still open): `find` gets each
    /// article's id, URL, title and body, in article order, and returns mentions to add (which
    /// must not overlap the article's own, `entitySpans(articleID:)`) with their entities. The
    /// run-level pass of discovery uses it: a name discovered in one article of the run is then
    /// mentioned in every article that writes it. Returns the number of mentions added.
    ///
    /// Articles are read `chunk` at a time, found first and written after (each select is
    /// finished before any insert): what is held between the two is one chunk's additions,
    /// whatever the size of the run.
    public func addRunMentions(
        runID: Int64, chunk: Int = 256,
        find: (_ articleID: Int64, _ url: String, _ title: String, _ body: String) -> (entities: [Entity], mentions: [EntityMention])
    ) throws(StoreError) -> Int {
        let select = try database.prepare("""
            SELECT article_id, url, title, body FROM articles
            WHERE run_id = ? AND article_id > ? ORDER BY article_id LIMIT ?
            """)
        let s = try runStatements(runID)
        var added = 0
        var after = Int64.min
        while true {
            select.bind(1, runID)
            select.bind(2, after)
            select.bind(3, chunk)
            var pending: [(id: Int64, entities: [Entity], mentions: [EntityMention], title: String, body: String)] = []
            var rows = 0
            while try select.step() {
                rows += 1
                let id = select.int64(0)
                after = id
                let title = select.text(2)
                let body = select.text(3)
                let (entities, mentions) = find(id, select.text(1), title, body)
                if !mentions.isEmpty {
                    pending.append((id, entities, mentions, title, body))
                }
            }
            select.reset()
            for article in pending {
                added += try insertRunMentions(article, s)
            }
            if rows < chunk { break }
        }
        return added
    }

    private func insertRunMentions(
        _ article: (id: Int64, entities: [Entity], mentions: [EntityMention], title: String, body: String),
        _ s: RunStatements
    ) throws(StoreError) -> Int {
        var undo = EntityUndo()  // the run's transaction undoes these on failure
        let rows = try ArticleRows.runMentionRows(
            article.mentions, entities: article.entities, title: article.title, body: article.body
        ) { (name, given) throws(StoreError) in
            try entityID(for: name, given: given, s, undo: &undo)
        }
        try s.insertEntityMention.insert(count: rows.count) { insert, at, row in
            insert.bind(at + 1, article.id)
            for (offset, value) in rows[row].enumerated() {
                insert.bind(at + Int32(offset + 2), value)
            }
        }
        return rows.count
    }

    /// Where article `articleID` already has organization mentions (field, start, end), as
    /// stored: the run-level pass reads them back for the few articles it adds to, instead of
    /// keeping every article's spans in memory for the whole run.
    public func entitySpans(articleID: Int64) throws(StoreError) -> [(field: TextField, start: Int, end: Int)] {
        if selectEntitySpans == nil {
            selectEntitySpans = try database.prepare(
                #"SELECT field, start, "end" FROM entity_mentions WHERE article_id = ?"#)
        }
        guard let select = selectEntitySpans else { return [] }
        select.bind(1, articleID)
        defer { select.reset() }
        var spans: [(field: TextField, start: Int, end: Int)] = []
        while try select.step() {
            guard let field = TextField(rawValue: select.text(0)) else { continue }
            spans.append((field, Int(select.int64(1)), Int(select.int64(2))))
        }
        return spans
    }

    // MARK: Issues

    /// Records a bad input of the open run; committed with the run.
    public func recordIssue(_ issue: InputIssue, runID: Int64) throws(StoreError) {
        let insert = try runStatements(runID).insertIssue
        insert.bind(1, runID)
        for (offset, value) in ArticleRows.issueValues(issue).enumerated() {
            insert.bind(Int32(offset + 2), value)
        }
        try insert.run()
    }

    // MARK: Field health

    /// Stores the run's per-source field counts; committed with the run.
    public func recordSourceHealth(_ rows: [SourceHealth], runID: Int64) throws(StoreError) {
        try requireOpenRun(runID)
        let insert = try database.prepare("""
            INSERT INTO source_health (run_id, source, profile, articles, title_filled, body_filled,
                published_filled, author_filled, title_share, body_share, published_share, author_share)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for row in rows {
            insert.bind(1, runID)
            insert.bind(2, row.source)
            insert.bind(3, row.profile)
            insert.bind(4, row.articles)
            for (offset, field) in SourceHealth.Field.allCases.enumerated() {
                insert.bind(Int32(5 + offset), row.filled[field, default: 0])
                insert.bind(Int32(9 + offset), row.share(field))
            }
            try insert.run()
            insert.reset()
        }
    }

    /// The shares of `field` filled for `source` in the last `runs` successful runs before
    /// `runID` that read that source, newest first.
    public func previousShares(
        source: String, field: SourceHealth.Field, before runID: Int64, runs: Int = 3
    ) throws(StoreError) -> [Double] {
        let select = try database.prepare("""
            SELECT h.\(field.rawValue)_share FROM source_health AS h
            JOIN runs AS r ON r.run_id = h.run_id
            WHERE h.source = ? AND h.run_id < ? AND r.status = 'success'
            ORDER BY h.run_id DESC LIMIT ?
            """)
        select.bind(1, source)
        select.bind(2, runID)
        select.bind(3, runs)
        var shares: [Double] = []
        while try select.step() { shares.append(select.double(0)) }
        return shares
    }

    /// Lets tests force a run's pages out to the write-ahead log before it commits, as a
    /// large run does, to check what a crash at that moment leaves.
    func shrinkCacheForTests() throws(StoreError) {
        try database.execute("PRAGMA cache_size = 8")
    }

    /// The indexes the store's own connection sees, uncommitted drops included.
    func indexNamesForTests() throws(StoreError) -> [String] {
        let select = try database.prepare(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
        var names: [String] = []
        while try select.step() { names.append(select.text(0)) }
        return names
    }

    /// `PRAGMA temp_store` and `PRAGMA cache_size` of the store's connection.
    func connectionSettingsForTests() throws(StoreError) -> (tempStore: Int64?, cacheSize: Int64?) {
        (try database.scalarInt("PRAGMA temp_store"), try database.scalarInt("PRAGMA cache_size"))
    }

    /// SQLite virtual-machine operations (in thousands) `body` makes on the store's
    /// connection, counted by SQLite's progress handler: a measure of work, not of time.
    func operationsForTests(_ body: () throws -> Void) rethrows -> Int {
        final class Counter { var ticks = 0 }
        let counter = Counter()
        let context = Unmanaged.passUnretained(counter).toOpaque()
        sqlite3_progress_handler(database.handle, 1000, { context in
            (Unmanaged<AnyObject>.fromOpaque(context!).takeUnretainedValue() as! Counter).ticks += 1
            return 0
        }, context)
        defer { sqlite3_progress_handler(database.handle, 0, nil, nil) }
        try withExtendedLifetime(counter) { try body() }
        return counter.ticks
    }

    /// Lets tests make SQLite refuse long values, as it would past its 1 GB limit.
    func limitValueLengthForTests(_ bytes: Int32) {
        sqlite3_limit(database.handle, SQLITE_LIMIT_LENGTH, bytes)
    }

    // MARK: Tables (knews analyze)

    /// The tables holding an article's mentions, in the order `knews analyze` writes them.
    public static let mentionTables = ["money_mentions", "date_mentions", "entity_mentions"]

    /// Every row `sql` returns on the store's own connection, so it sees the open run's
    /// uncommitted writes (`PRAGMA table_info`, say, for `knews analyze --print-schema`).
    public func rows(_ sql: String) throws(StoreError) -> [StoredRow] {
        let statement = try database.prepare(sql)
        var rows: [StoredRow] = []
        while try statement.step() { rows.append(StoredRow(statement)) }
        return rows
    }

    // MARK: Reading

    /// The entities of origin `pattern` stored with at least `minConfidence`, in the order they
    /// were first stored (so a run that loads them is deterministic), with their mention counts.
    ///
    /// Reads the last committed state on a fresh read-only connection; an empty list when the
    /// database does not exist yet.
    public static func discoveredEntities(
        databaseAt path: String, minConfidence: Double = 0
    ) throws(StoreError) -> [DiscoveredEntity] {
        let database = try Database(path: path, readOnly: true, create: false)
        let statement = try database.prepare("""
            SELECT e.name, e.type, e.name_en, e.confidence, e.evidence,
                   COUNT(m.entity_id), COUNT(DISTINCT m.article_id)
            FROM entities e LEFT JOIN entity_mentions m ON m.entity_id = e.entity_id
            WHERE e.origin = 'pattern' AND e.confidence >= ?
            GROUP BY e.entity_id ORDER BY e.entity_id
            """)
        statement.bind(1, minConfidence)
        var found: [DiscoveredEntity] = []
        while try statement.step() {
            let entity = Entity(
                name: statement.text(0), type: EntityType(rawValue: statement.text(1)) ?? .company,
                nameEnglish: statement.optionalText(2), origin: .pattern, confidence: statement.double(3),
                evidence: statement.optionalText(4))
            found.append(DiscoveredEntity(
                entity: entity, mentions: Int(statement.int64(5)), articles: Int(statement.int64(6))))
        }
        return found
    }

    /// Runs one SQL statement on a fresh read-only connection and returns every row.
    ///
    /// For tests and tools: it sees the last committed state, like any dashboard would.
    /// `arguments` bind to the statement's `?` parameters in order.
    public static func query(
        databaseAt path: String, _ sql: String, _ arguments: [SQLiteValue] = []
    ) throws(StoreError) -> [[SQLiteValue]] {
        let database = try Database(path: path, readOnly: true, create: false)
        let statement = try database.prepare(sql)
        for (offset, argument) in arguments.enumerated() {
            statement.bind(Int32(offset + 1), argument)
        }
        var rows: [[SQLiteValue]] = []
        let columns = statement.columnCount
        while try statement.step() {
            var row: [SQLiteValue] = []
            row.reserveCapacity(Int(columns))
            for column in 0..<columns { row.append(statement.value(column)) }
            rows.append(row)
        }
        return rows
    }
}
