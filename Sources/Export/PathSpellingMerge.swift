#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Migration v5: one row per input file and per `file:` article, whatever spelling a run used.
///
/// Before v5 the incremental state (`inputs.path`) and the URL of a page without a canonical
/// link (`file:<path>#<n>`) used the path as spelled: the same files run through the config
/// and then as `--input corpus` were stored twice (549 duplicates in 2,000 pages). Runs now
/// key both by the real path (symlinks and `..` resolved); this backfill rewrites older rows
/// the same way and merges the duplicates, keeping the newest article of each (its mentions
/// follow by `ON DELETE CASCADE` for the others). Paths whose file is gone are left as they
/// are: there is no real path to merge them on.
enum PathSpellingMerge {
    @Sendable static func run(_ database: Database) throws(StoreError) {
        try mergeInputs(database)
        try mergeArticles(database)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func mergeInputs(_ database: Database) throws(StoreError) {
        var rows: [(path: String, runID: Int64)] = []
        let select = try database.prepare("SELECT path, coalesce(run_id, 0) FROM inputs")
        while try select.step() { rows.append((select.text(0), select.int64(1))) }
        // Newest first, so the row a merge keeps is the one the latest run wrote.
        rows.sort { $0.runID > $1.runID }
        let exists = try database.prepare("SELECT 1 FROM inputs WHERE path = ?")
        let move = try database.prepare("UPDATE inputs SET path = ? WHERE path = ?")
        let drop = try database.prepare("DELETE FROM inputs WHERE path = ?")
        for row in rows {
            guard let real = realPath(row.path), real != row.path else { continue }
            exists.bind(1, real)
            let taken = try exists.step()
            exists.reset()
            let statement = taken ? drop : move
            if taken {
                drop.bind(1, row.path)
            } else {
                move.bind(1, real)
                move.bind(2, row.path)
            }
            try statement.run()
        }
    }

    private static func mergeArticles(_ database: Database) throws(StoreError) {
        var rows: [(id: Int64, url: String, inputPath: String)] = []
        let select = try database.prepare(
            "SELECT article_id, url, input_path FROM articles WHERE url LIKE 'file:%' ORDER BY article_id DESC")
        while try select.step() { rows.append((select.int64(0), select.text(1), select.text(2))) }
        let owner = try database.prepare("SELECT article_id FROM articles WHERE url = ?")
        let move = try database.prepare("UPDATE articles SET url = ?, input_path = ? WHERE article_id = ?")
        let drop = try database.prepare("DELETE FROM articles WHERE article_id = ?")
        for row in rows {
            let spelled = row.url.dropFirst("file:".count)
            guard let hash = spelled.lastIndex(of: "#") else { continue }
            guard let real = realPath(String(spelled[..<hash])) else { continue }
            let url = "file:" + real + spelled[hash...]
            guard url != row.url else { continue }
            owner.bind(1, url)
            let kept = try owner.step() ? owner.int64(0) : nil
            owner.reset()
            if let kept, kept > row.id {
                // The newer article already holds the real URL: this one is its duplicate.
                drop.bind(1, row.id)
                try drop.run()
            } else {
                if let kept {
                    drop.bind(1, kept)
                    try drop.run()
                }
                move.bind(1, url)
                move.bind(2, realPath(row.inputPath) ?? row.inputPath)
                move.bind(3, row.id)
                try move.run()
            }
        }
    }
}
