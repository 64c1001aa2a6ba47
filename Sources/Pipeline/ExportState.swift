import Export
import Foundation
import Logging

/// Whether a CSV folder still equals its database, and so how much of it a run must rewrite.
///
/// A run that changes no article rewrites only `runs.csv` and `input_errors.csv`; that is only
/// right when the other files are exactly what the last export of this database wrote. An
/// export killed after the database committed, a full disk halfway through, a file edited or
/// deleted by hand, or a folder written from another database would otherwise leave stale
/// files for good. The proof is `manifest.json` (`CSVFolderManifest`): written after the
/// last CSV of every export, it names the database (by real path) and the run, with each
/// file's SHA-256. Anything that does not match means every file is rewritten and leftover
/// temporary files are removed.
struct ExportState {
    /// What this run's export must do.
    struct Plan: Sendable {
        /// Files to rewrite; nil rewrites every file.
        var only: Set<String>?
        /// Why everything is rewritten when less would normally do, for the log.
        var reason: String?
        /// Files verified unchanged against the manifest, kept as they are.
        var kept: [CSVFolderManifest.Entry]
    }

    /// The files every export rewrites: the run log moves with every run.
    static let alwaysRewritten: Set<String> = ["runs.csv", "input_errors.csv"]

    let directory: String
    /// The database's real path.
    let database: String

    init(directory: String, databasePath: String) {
        self.directory = directory
        database = ExportState.realPath(databasePath)
    }

    /// Decides what to rewrite. Called inside the run's transaction, before the commit, so
    /// `runID` is not yet visible to `ArticleStore.query`'s fresh connection.
    ///
    /// - Parameter changedArticles: whether this run inserted or updated an article.
    func plan(runID: Int64, changedArticles: Bool) -> Plan {
        let leftovers = removeLeftovers()
        if changedArticles {
            return Plan(only: nil, reason: nil, kept: [])
        }
        if !leftovers.isEmpty {
            return Plan(only: nil, reason: "an earlier export left \(leftovers.joined(separator: ", ")) behind", kept: [])
        }
        guard let manifest = CSVFolderManifest.read(in: directory) else {
            return Plan(only: nil, reason: "the folder has no readable \(CSVFolderManifest.fileName)", kept: [])
        }
        guard manifest.database == database else {
            return Plan(only: nil, reason: "the folder was written from another database (\(manifest.database))", kept: [])
        }
        if let changed = runsChangingArticles(after: manifest.runID, before: runID) {
            return Plan(only: nil, reason: "run \(changed) changed articles after the folder's last export (run \(manifest.runID))", kept: [])
        }
        var kept: [CSVFolderManifest.Entry] = []
        for name in CSVExporter.fileNames where !ExportState.alwaysRewritten.contains(name) {
            guard let recorded = manifest.files.first(where: { $0.name == name }) else {
                return Plan(only: nil, reason: "\(name) is not in \(CSVFolderManifest.fileName)", kept: [])
            }
            guard let found = CSVFolderManifest.entry(forFileAt: directory + "/" + name, name: name, countRows: false) else {
                return Plan(only: nil, reason: "\(name) is missing", kept: [])
            }
            guard found.sha256 == recorded.sha256 else {
                return Plan(only: nil, reason: "\(name) differs from what run \(manifest.runID) wrote", kept: [])
            }
            kept.append(recorded)
        }
        // Monthly partitions (`csv: {split_by: month}`) are kept only as the manifest names them.
        let monthly = CSVExporter.monthlyFolder + "/"
        for recorded in manifest.files where recorded.name.hasPrefix(monthly) {
            guard let found = CSVFolderManifest.entry(forFileAt: directory + "/" + recorded.name, name: recorded.name, countRows: false),
                  found.sha256 == recorded.sha256
            else {
                return Plan(only: nil, reason: "\(recorded.name) is missing or differs from what run \(manifest.runID) wrote", kept: [])
            }
            kept.append(recorded)
        }
        return Plan(only: ExportState.alwaysRewritten, reason: nil, kept: kept)
    }

    /// The first run after `first` and before `last` that committed an inserted or updated
    /// article, or nil. Runs rolled back keep zero counts, so they never count; an unreadable
    /// database answers "some run" (-1), which means a full rewrite.
    private func runsChangingArticles(after first: Int64, before last: Int64) -> Int64? {
        do {
            let rows = try ArticleStore.query(databaseAt: database, """
                SELECT min(run_id) FROM runs
                WHERE run_id > ? AND run_id < ? AND articles_inserted + articles_updated > 0
                """, [.integer(first), .integer(last)])
            if case let .integer(id)? = rows.first?.first { return id }
            // A manifest naming a run the database does not have is not this database's.
            let known = try ArticleStore.query(databaseAt: database, "SELECT 1 FROM runs WHERE run_id = ?", [.integer(first)])
            return known.isEmpty ? first : nil
        } catch {
            return -1
        }
    }

    /// Writes the manifest once every file of `plan` is written: what was kept, plus every
    /// `.csv` file of the folder that was not kept (all just written).
    ///
    /// The files are hashed on up to `threads` threads (a run passes its `--jobs`): with two
    /// jobs this is the export's serial tail, one file after another on one core.
    func finish(_ plan: Plan, runID: Int64, threads: Int = 1) throws {
        var entries = plan.kept
        let keptNames = Set(plan.kept.map(\.name))
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let hashed = (names + monthlyFiles()).sorted().filter { name in
            name.hasSuffix(".csv") && !keptNames.contains(name) && !(name as NSString).lastPathComponent.hasPrefix(".")
        }
        nonisolated(unsafe) let found = UnsafeMutableBufferPointer<CSVFolderManifest.Entry?>.allocate(capacity: hashed.count)
        found.initialize(repeating: nil)
        defer { found.deinitialize().deallocate() }
        let directory = directory
        // Largest first, each thread taking the next file when done: each writes only the
        // slots of the files it took.
        let sizes = hashed.map { name -> Int in
            var status = stat()
            return stat(directory + "/" + name, &status) == 0 ? Int(status.st_size) : 0
        }
        let order = hashed.indices.sorted { sizes[$0] > sizes[$1] }
        let queue = TableQueue(count: order.count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, hashed.count))) { _ in
            while let next = queue.next() {
                let index = order[next]
                found[index] = CSVFolderManifest.entry(forFileAt: directory + "/" + hashed[index], name: hashed[index])
            }
        }
        entries.append(contentsOf: found.compactMap { $0 })
        entries.sort { $0.name < $1.name }
        try CSVFolderManifest(database: database, runID: runID, files: entries).write(in: directory)
    }

    /// Removes the temporary files (`.<name>.tmp`) a killed or failed export left behind, in
    /// the CSV folder and beside the database (`metadata.json`'s), and returns their names.
    /// Runs hold the lock, so no other writer owns them.
    @discardableResult
    func removeLeftovers() -> [String] {
        var removed: [String] = []
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names.sorted() where name.hasPrefix(".")
            && (name.hasSuffix(".csv.tmp") || name == "." + CSVFolderManifest.fileName + ".tmp") {
            if unlink(directory + "/" + name) == 0 { removed.append(name) }
        }
        for name in monthlyFiles(includingHidden: true) where (name as NSString).lastPathComponent.hasPrefix(".")
            && name.hasSuffix(".csv.tmp") {
            if unlink(directory + "/" + name) == 0 { removed.append(name) }
        }
        let metadata = (database as NSString).deletingLastPathComponent + "/.metadata.json.tmp"
        if unlink(metadata) == 0 { removed.append(".metadata.json.tmp") }
        return removed
    }

    /// The files under the monthly partitions folder, as `by_month/YYYY-MM/<file>`.
    private func monthlyFiles(includingHidden: Bool = false) -> [String] {
        let root = CSVExporter.monthlyFolder
        let months = (try? FileManager.default.contentsOfDirectory(atPath: directory + "/" + root)) ?? []
        var found: [String] = []
        for month in months.sorted() {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory + "/" + root + "/" + month)) ?? []
            for file in files.sorted() where includingHidden || !file.hasPrefix(".") {
                found.append(root + "/" + month + "/" + file)
            }
        }
        return found
    }

    /// `realpath(3)`; for a file that does not exist yet, its folder's real path and its name.
    static func realPath(_ path: String) -> String {
        func resolve(_ path: String) -> String? {
            guard let resolved = realpath(path, nil) else { return nil }
            defer { free(resolved) }
            return String(cString: resolved)
        }
        if let resolved = resolve(path) { return resolved }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        if let resolved = resolve(folder) {
            return (resolved == "/" ? "" : resolved) + "/" + url.lastPathComponent
        }
        return url.standardizedFileURL.path
    }

    /// A crash at a named point, for the tests and `scripts/torture.sh` only: with
    /// `KNEWS_FAULT=<point>` in the environment the process dies there as `kill -9` would,
    /// without cleanup. Points: `after-commit` (the run committed, no CSV written yet).
    /// With `KNEWS_PAUSE=<point>` it prints `paused at <point>` on stderr and sleeps
    /// `KNEWS_PAUSE_SECONDS` (default 5) there instead, so a test can act in that moment.
    static func faultPoint(_ point: String) {
        let environment = ProcessInfo.processInfo.environment
        if environment["KNEWS_FAULT"] == point {
            _exit(137)
        }
        if environment["KNEWS_PAUSE"] == point {
            let line = "paused at \(point)\n"
            _ = line.withCString { write(2, $0, strlen($0)) }
            usleep(UInt32((Double(environment["KNEWS_PAUSE_SECONDS"] ?? "") ?? 5) * 1_000_000))
        }
    }
}
