import Export
import Extraction
import Foundation
import Logging
import NewsModel
import Normalization
import Tagging

/// One `knews run`: find inputs, skip what is unchanged, extract, normalize and tag on worker
/// threads, write everything in one SQLite transaction, then rewrite the CSVs.
///
/// Reading is a single producer (WARC files are sequential streams), the stages run on
/// `jobs` workers, and one thread at a time writes the database (SQLite allows no more): the
/// only thread with one job, the workers taking turns with more (`WriterTurn`). Pages are
/// saved in input order either way, so results never depend on thread timing.
public struct PipelineRunner: Sendable {
    public let config: PipelineConfig
    public let options: RunOptions
    public let logger: Logger

    public init(config: PipelineConfig, options: RunOptions = RunOptions(), logger: Logger) {
        self.config = config
        self.options = options
        self.logger = logger
    }

    public var sqlitePath: String { options.sqlitePath ?? config.sqlitePath }
    public var csvDirectory: String? { options.csvDirectory ?? config.csvDirectory }
    public var jobs: Int { max(1, options.jobs ?? config.jobs ?? ProcessInfo.processInfo.activeProcessorCount) }

    public func run() throws(PipelineError) -> RunReport {
        let clock = Stopwatch()
        let inputs = options.inputs ?? config.inputs
        guard !inputs.isEmpty else {
            throw .config(.missingKey(path: config.configPath, key: "inputs"))
        }
        let problems = ArticleExtractor.validate(config.sites)
        guard problems.isEmpty else {
            throw .config(.invalidXPath(path: config.configPath, problems: problems))
        }
        let times = PublishTimeResolver(identifier: config.timeZoneIdentifier)

        let database = sqlitePath
        try PipelineRunner.makeFolder(for: database)
        do {
            try ArticleStore.checkBeforeOpening(path: database)
        } catch {
            throw .outputUnwritable(path: database, reason: "\(error)")
        }
        let lock = try RunLock(path: RunLock.path(forDatabase: database))
        defer { withExtendedLifetime(lock) {} }

        let firstLoad = FirstLoad(databasePath: database)
        try lock.holdDatabase(database)
        let store: ArticleStore
        do {
            store = try ArticleStore(path: database)
        } catch {
            firstLoad.removeIfFailed(logger: logger)
            throw .outputUnwritable(path: database, reason: "\(error)")
        }

        // Organizations earlier runs discovered with strong evidence are matched like gazetteer
        // names from the first page on.
        // So are the acronyms earlier runs learnt from a definition.
        // One gazetteer for the run: the tagger, the learnt acronyms and the run-level pass.
        let gazetteer = PipelineRunner.loadGazetteer(config)
        let discovered: [Entity]
        let acronyms: [(acronym: String, entity: Entity)]
        do {
            discovered = try ArticleStore.discoveredEntities(
                databaseAt: database, minConfidence: RunDiscoveries.strongConfidence
            ).map(\.entity)
            acronyms = try RunLevelPass.learnedAcronyms(
                databaseAt: database, gazetteer: gazetteer.0, discovered: discovered)
        } catch {
            throw .outputUnwritable(path: database, reason: "\(error)")
        }
        let tagger = try PipelineRunner.makeTagger(
            config: config, logger: logger, discovered: discovered, acronyms: acronyms, gazetteer: gazetteer)
        if !discovered.isEmpty || !acronyms.isEmpty {
            logger.info("matching \(discovered.count) organizations and \(acronyms.count) acronyms learnt in earlier runs")
        }
        let analyzer = ArticleAnalyzer(config: config, tagger: tagger, times: times)

        let found = InputFinder.files(matching: inputs)
        // Opened before the run's transaction begins; read on the producer's thread.
        let fingerprints: FingerprintLookup
        do {
            fingerprints = try FingerprintLookup(path: database, logger: logger)
        } catch {
            throw .outputUnwritable(path: database, reason: "\(error)")
        }

        // A newer knews analyses text differently (its version is part of every article's
        // fingerprint), but an unchanged file is skipped before it is read: the first run after
        // an upgrade reads every input once, as --full does, so old rows get the new columns.
        var full = options.full
        if !full, let previous = PipelineRunner.lastSuccessfulVersion(database), previous != KnewsVersion.current {
            logger.notice("the last successful run was knews \(previous); this is \(KnewsVersion.current), so every input is read again once")
            full = true
        }

        let runID: Int64
        do {
            runID = try store.beginRun(
                startedAt: times.now(), knewsVersion: KnewsVersion.current, configSHA256: config.sha256)
        } catch {
            throw .outputUnwritable(path: database, reason: "\(error)")
        }
        logger.info("run \(runID) started: \(found.files.count) input files, \(jobs) jobs, database \(database)")

        var writer = RunWriter(store: store, runID: runID, logger: logger, showProgress: options.showProgress, totalFiles: found.files.count)
        writer.report.filesSeen = found.files.count
        for issue in found.issues {
            writer.record(issue)
        }

        let producer = InputProducer(
            files: found.files, fingerprints: fingerprints, full: full,
            reader: InputReader(maxDocumentBytes: config.maxInputBytes))
        var worker = DocumentWorker(profiles: config.sites, analyzer: analyzer)
        worker.pageSeconds = config.pageSeconds
        if jobs == 1 {
            let extractor = worker.makeExtractor()
            var batch = ResultBatch()
            producer.produce { work in
                if batch.append(worker.process(work, extractor: extractor)) {
                    for result in batch.drain() { writer.handle(result) }
                }
            }
            for result in batch.drain() { writer.handle(result) }
        } else {
            let turn = WriterTurn<WorkItem, WorkResult, RunWriter>(writer) { $0.handle($1) }
            PipelineRunner.runParallel(producer: producer, worker: worker, jobs: jobs, turn: turn)
            writer = turn.finished()
        }
        writer.finishProgress()
        if writer.failure == nil {
            propagate(&writer, store: store, runID: runID, loaded: discovered, config: config, gazetteer: gazetteer.0)
        }

        // Field health, inside the run's transaction: compared with earlier runs before this
        // run's rows exist, then stored with the run.
        let healthRows = writer.health.values.sorted { $0.source < $1.source }
        if writer.failure == nil {
            do {
                let warnings = try FieldHealthCheck(profiles: config.sites).warnings(for: healthRows, store: store, runID: runID)
                try store.recordSourceHealth(healthRows, runID: runID)
                for warning in warnings {
                    logger.warning("field health: \(warning.message)")
                    writer.record(warning)
                    writer.report.healthWarnings.append(warning.message)
                }
            } catch {
                writer.failure = error
            }
        }
        writer.report.sourceHealth = healthRows

        if let signal = SignalHandler.received {
            store.abandonRun(
                runID, finishedAt: times.now(),
                reason: "stopped by \(SignalHandler.name(of: signal)) before it finished; its writes were rolled back",
                status: "aborted")
            if let csvDirectory {
                ExportState(directory: csvDirectory, databasePath: database).removeLeftovers()
            }
            throw .interrupted(signal: signal, runID: runID)
        }
        if let failure = writer.failure {
            store.abandonRun(runID, finishedAt: times.now(), reason: "\(failure)")
            firstLoad.removeIfFailed(logger: logger)
            throw .outputUnwritable(path: database, reason: "\(failure)")
        }

        var report = writer.report
        let limit = options.maxErrorRate ?? config.maxErrorRate
        let attempted = report.documents + writer.filesWithoutDocuments
        let tooManyErrors = limit.map { attempted > 0 && Double(report.inputErrors) / Double(attempted) > $0 } ?? false
        report.seconds = clock.seconds
        let strict = options.strict || config.failOnHealth
        let healthFails = strict && !report.healthWarnings.isEmpty
        let summary = RunSummary(
            finishedAt: times.now(), status: tooManyErrors || healthFails ? "failed" : "success",
            filesSeen: report.filesSeen, filesSkipped: report.filesSkipped,
            articlesInserted: report.articlesInserted, articlesUpdated: report.articlesUpdated,
            articlesUnchanged: report.articlesUnchanged, inputErrors: report.inputErrors,
            inputWarnings: report.inputWarnings,
            message: healthFails
                ? "stored, but failed the field health check (--strict or fail_on_health): see input_errors with stage 'health'"
                : nil)
        // A run that changed no article leaves the data tables, and so their CSVs, as they
        // were: only the run log moves. Rewriting them all would dominate a nightly rerun.
        let changedArticles = report.articlesInserted + report.articlesUpdated > 0
        let exporter = CSVExporter(options: CSVOptions(
            byteOrderMark: config.csvByteOrderMark, neutralizeFormulas: config.csvNeutralizeFormulas,
            splitByMonth: config.csvSplitByMonth))
        var exportFailure: PipelineError?
        // Issue 20: what the CSV folder needs, decided from its manifest (see ExportState).
        let exportState = csvDirectory.map { ExportState(directory: $0, databasePath: database) }
        let exportPlan = exportState?.plan(runID: runID, changedArticles: changedArticles)
        if let reason = exportPlan?.reason {
            logger.notice("rewriting every CSV: \(reason)")
        }
        let export = csvDirectory.map { directory in
            {
                ExportState.faultPoint("after-commit")
                let csvClock = Stopwatch()
                do {
                    try exporter.export(
                        databaseAt: database, to: directory, only: exportPlan?.only, threads: jobs)
                    if let exportState, let exportPlan {
                        try exportState.finish(exportPlan, runID: runID, threads: jobs)
                    }
                } catch {
                    exportFailure = .outputUnwritable(path: directory, reason: "\(error)")
                }
                report.stageSeconds.csv = csvClock.seconds
            }
        }
        // With more than one job the export runs while the store builds the indexes a first
        // load deferred and copies its log into the database file; one job means one thread.
        let beside = jobs > 1 ? export : nil
        let commitClock = Stopwatch()
        let indexFailure: StoreError?
        do {
            indexFailure = try store.finishRun(runID, summary: summary, alongside: beside)
        } catch {
            store.abandonRun(runID, finishedAt: times.now(), reason: "\(error)")
            firstLoad.removeIfFailed(logger: logger)
            throw .outputUnwritable(path: database, reason: "\(error)")
        }
        report.stageSeconds.write += commitClock.seconds - report.stageSeconds.csv
        logger.info("run \(runID): rollup tables \(store.lastRollupRebuiltWhole ? "rebuilt whole" : "updated") in \(Int((store.lastRollupSeconds * 1000).rounded())) ms")
        if let indexFailure {
            logger.warning("""
                run \(runID) is saved, but its indexes could not be built: \(indexFailure). \
                Queries on dates, sources, currencies and organizations stay slow until the \
                next run, which builds them.
                """)
        }
        if beside == nil, let export {
            export()
        }
        if let exportFailure {
            throw exportFailure
        }
        do {
            try DatasetteMetadata.write(forDatabaseAt: database)
        } catch {
            throw .outputUnwritable(path: database, reason: "\(error)")
        }
        report.seconds = clock.seconds
        logger.notice("\(report.summaryLine)")
        for line in report.summaryDetails(databasePath: database) {
            logger.notice("\(line)")
        }
        if tooManyErrors, let limit {
            throw .tooManyBadInputs(errors: report.inputErrors, inputs: attempted, limit: limit)
        }
        if healthFails {
            throw .healthDropped(warnings: report.healthWarnings)
        }
        return report
    }

    /// The run-level pass of discovery (`RunLevelPass`) over the articles this run saved.
    private func propagate(
        _ writer: inout RunWriter, store: ArticleStore, runID: Int64, loaded: [Entity], config: PipelineConfig,
        gazetteer: Gazetteer
    ) {
        let clock = Stopwatch()
        do {
            guard let (added, discovered) = try RunLevelPass.addMentions(
                store: store, runID: runID, discoveries: writer.discoveries, loaded: Set(loaded.map(\.name)),
                spans: writer.mentionSpans, config: config, gazetteer: gazetteer)
            else { return }
            writer.report.entityMentions += added
            logger.debug("run-level pass: \(discovered) discovered organizations, \(added) more mentions in \(format2(clock.seconds)) s")
        } catch {
            writer.failure = error
        }
        writer.report.stageSeconds.tag += clock.seconds
    }

    /// The knews version of the database's last successful run, nil for a new database.
    static func lastSuccessfulVersion(_ database: String) -> String? {
        let rows = try? ArticleStore.query(databaseAt: database, """
            SELECT knews_version FROM runs WHERE status = 'success' AND knews_version IS NOT NULL
            ORDER BY run_id DESC LIMIT 1
            """)
        return rows?.first?.first?.textValue
    }

    /// `discovered`: organizations found by discovery (in earlier runs, or earlier in this one)
    /// to match like gazetteer names. `gazetteer`: `loadGazetteer(config)`, when the caller
    /// already has it.
    static func makeTagger(
        config: PipelineConfig, logger: Logger, discovered: [Entity] = [],
        acronyms: [(acronym: String, entity: Entity)] = [], gazetteer loaded: (Gazetteer, [String])? = nil
    ) throws(PipelineError) -> OrganizationTagger {
        let (gazetteer, problems) = loaded ?? loadGazetteer(config)
        if let first = problems.first {
            throw .config(.gazetteer(path: config.configPath, reason: first))
        }
        var rejected: [String] = []
        for file in config.rejectFiles {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw .config(.gazetteer(path: config.configPath, reason: "cannot read the reject list \(file)"))
            }
            rejected += OrganizationTagger.rejectedNames(tsv: text)
        }
        let clock = Stopwatch()
        let tagger = OrganizationTagger(
            gazetteer: gazetteer, discovered: discovered, rejected: rejected, acronyms: acronyms)
        logger.debug("gazetteer automaton built in \(format2(clock.seconds * 1000)) ms")
        return tagger
    }

    /// The built-in list with every `gazetteer:` file merged in order, and one problem per file
    /// that could not be merged (`knews validate` lists them all, a run stops at the first).
    static func loadGazetteer(_ config: PipelineConfig) -> (Gazetteer, [String]) {
        var gazetteer = Gazetteer.builtin()
        var problems: [String] = []
        for file in config.gazetteerFiles {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder.boolValue {
                problems.append("gazetteer \(file) is a folder; give the path of a TSV file in it")
                continue
            }
            do {
                try gazetteer.merge(contentsOfFile: file)
            } catch {
                problems.append("\(error)")
            }
        }
        return (gazetteer, problems)
    }

    static func makeFolder(for file: String) throws(PipelineError) {
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .outputUnwritable(path: folder, reason: (error as NSError).localizedDescription)
        }
    }

    /// One producer thread and `jobs` worker threads that take turns at saving (`WriterTurn`).
    static func runParallel(
        producer: InputProducer, worker: DocumentWorker, jobs: Int, turn: WriterTurn<WorkItem, WorkResult, RunWriter>
    ) {
        let pipe = OrderedPipe<WorkItem, WorkResult>(window: 64 * jobs)
        var threads: [Thread] = []
        let group = DispatchGroup()
        let producerThread = Thread {
            producer.produce { pipe.put($0) }
            pipe.closeInput()
            group.leave()
        }
        threads.append(producerThread)
        for _ in 0..<jobs {
            threads.append(Thread {
                let extractor = worker.makeExtractor()
                while let (sequence, item) = pipe.take() {
                    pipe.complete(sequence, worker.process(item, extractor: extractor))
                    // Bursts of at least 32 keep SQLite's pages in cache while saving; the
                    // window of 64 pages per job leaves room to go on parsing meanwhile.
                    turn.saveReady(from: pipe, minimum: 32)
                }
                group.leave()
            })
        }
        for thread in threads {
            // Deeply nested broken markup recurses in libxml2; give it room.
            thread.stackSize = 16 << 20
            group.enter()
            thread.start()
        }
        group.wait()
        // Every page is done; what no burst took is saved now.
        turn.saveReady(from: pipe, minimum: 1)
    }
}
