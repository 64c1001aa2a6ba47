import Glibc
import NewsModel

/// Expands pipeline.yml `inputs` into the sorted list of files to read.
public enum InputFinder {
    /// Extensions a folder walk keeps (case-insensitive); a file named explicitly is read whatever its name.
    static let keptSuffixes = [".html", ".htm", ".html.gz", ".htm.gz", ".gz", ".warc", ".warc.gz"]

    /// Files, folders (recursive) and globs (`*`, `?`, `[...]`, `**` for any depth), sorted by
    /// path and deduplicated so runs are reproducible. A spec that matches nothing is an issue
    /// (stage `read`), never a crash.
    public static func files(matching specs: [String]) -> (files: [InputFile], issues: [InputIssue]) {
        // An array sorted once, not a dictionary by path and a sorted copy of it: listing
        // 100,000 files peaked at 37 MB instead of 49.
        var found: [InputFile] = []
        var issues: [InputIssue] = []
        for rawSpec in specs {
            let spec = lexicallyNormalized(rawSpec)
            var kept = 0
            var matchedSomething = false
            if Glob.hasWildcard(Substring(spec)) {
                for path in expandGlob(spec) {
                    matchedSomething = true
                    kept += add(path, explicit: true, into: &found, issues: &issues)
                }
            } else {
                var st = stat()
                if stat(spec, &st) != 0 {
                    let reason = String(cString: strerror(errno))
                    issues.append(InputIssue(inputPath: rawSpec, stage: "read", message: "input \"\(rawSpec)\" cannot be read: \(reason)"))
                    continue
                }
                let kind = st.st_mode & S_IFMT
                if kind != S_IFDIR, kind != S_IFREG {
                    let what = kind == S_IFIFO ? "a FIFO (named pipe)" : kind == S_IFSOCK ? "a socket" : "a device"
                    issues.append(InputIssue(inputPath: rawSpec, stage: "read", message: "input \"\(rawSpec)\" is \(what), not a file or folder; knews reads files it can hash and read again"))
                    continue
                }
                matchedSomething = true
                kept += add(spec, explicit: true, into: &found, issues: &issues)
            }
            if kept == 0 {
                let message = matchedSomething
                    ? "input \"\(rawSpec)\" holds no .html, .htm, .gz or .warc files"
                    : "input \"\(rawSpec)\" matches no files"
                issues.append(InputIssue(inputPath: rawSpec, stage: "read", message: message))
            }
        }
        found.sort { $0.path < $1.path }
        // One file reached through two specs is read once.
        var files: [InputFile] = []
        files.reserveCapacity(found.count)
        for file in found where files.last?.path != file.path {
            files.append(file)
        }
        return (files, issues)
    }

    /// Adds a file, or walks a folder keeping the known extensions.
    /// Returns how many files the path contributed (already-found ones included).
    private static func add(_ path: String, explicit: Bool, into found: inout [InputFile], issues: inout [InputIssue]) -> Int {
        var st = stat()
        guard stat(path, &st) == 0 else { return 0 }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            return walk(path, into: &found, issues: &issues)
        } else if (st.st_mode & S_IFMT) == S_IFREG, explicit || isKept(path) {
            found.append(file(path, st))
            return 1
        }
        return 0
    }

    /// The file under its real path (symbolic links, `.` and `..` resolved): the incremental
    /// state and `file:` URLs are keyed by it, so `corpus/a.html`, `./corpus//a.html`, an
    /// absolute spelling and a link to the folder are one input, never duplicates.
    private static func file(_ path: String, _ st: stat) -> InputFile {
        let nanos = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        return InputFile(path: realPath(path) ?? path, size: Int64(st.st_size), modifiedNanos: nanos)
    }

    /// `realpath(3)`, or nil when the path cannot be resolved.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `./a//b/./c.html` → `a/b/c.html`, so one file reached through two specs is read once.
    /// `..` and symbolic links are left alone: resolving them could change what is read.
    static func lexicallyNormalized(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    static func isKept(_ path: String) -> Bool {
        let lower = path.lowercased()
        return keptSuffixes.contains { lower.hasSuffix($0) }
    }

    private static func join(_ dir: String, _ name: String) -> String {
        dir.hasSuffix("/") ? dir + name : dir + "/" + name
    }

    /// Names in a folder, sorted; hidden entries (`.git`) are left out. A name that is not
    /// valid UTF-8 cannot be held by a Swift `String` without changing its bytes (and then
    /// opening it fails): it goes to `unreadable`, escaped, so the caller records it rather
    /// than skipping it silently.
    private static func entries(_ dir: String, unreadable: inout [String]) -> [String] {
        guard let d = opendir(dir) else { return [] }
        defer { closedir(d) }
        var names: [String] = []
        while let entry = readdir(d) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if bytes.first == UInt8(ascii: ".") { continue }
            guard let name = String(validating: bytes, as: UTF8.self) else {
                unreadable.append(escaped(bytes))
                continue
            }
            names.append(name)
        }
        return names.sorted()
    }

    private static func entries(_ dir: String) -> [String] {
        var ignored: [String] = []
        return entries(dir, unreadable: &ignored)
    }

    /// A byte-exact, printable spelling of a file name: valid UTF-8 as is, other bytes as
    /// `\xNN` (the form `ls --quoting-style=escape` and Python's `surrogateescape` users know).
    static func escaped(_ bytes: [UInt8]) -> String {
        var out = ""
        var index = 0
        while index < bytes.count {
            // Longest valid UTF-8 sequence starting here, else one escaped byte.
            var decoded = false
            for length in stride(from: min(4, bytes.count - index), through: 1, by: -1) {
                if let text = String(validating: bytes[index..<(index + length)], as: UTF8.self), text.unicodeScalars.count == 1 {
                    out += text == "\\" ? "\\\\" : text
                    index += length
                    decoded = true
                    break
                }
            }
            if !decoded {
                out += "\\x" + String(bytes[index], radix: 16, uppercase: true).leftPadded(to: 2)
                index += 1
            }
        }
        return out
    }

    /// Recursive folder walk. Symbolic links to folders are not followed, so a link cycle
    /// cannot make a run endless; links to files are read.
    @discardableResult
    private static func walk(_ dir: String, into found: inout [InputFile], issues: inout [InputIssue]) -> Int {
        var kept = 0
        var unreadable: [String] = []
        let names = entries(dir, unreadable: &unreadable)
        for name in unreadable {
            let path = join(dir, name)
            issues.append(InputIssue(
                inputPath: path, stage: "read",
                message: "file name \"\(name)\" is not valid UTF-8 and was not read; rename it (for example with convmv -f cp949 -t utf-8)"))
        }
        for name in names {
            let path = join(dir, name)
            var lst = stat()
            guard lstat(path, &lst) == 0 else { continue }
            let isLink = (lst.st_mode & S_IFMT) == S_IFLNK
            var st = lst
            if isLink, stat(path, &st) != 0 { continue }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                if !isLink { kept += walk(path, into: &found, issues: &issues) }
            } else if (st.st_mode & S_IFMT) == S_IFREG, isKept(path) {
                found.append(file(path, st))
                kept += 1
            }
        }
        return kept
    }

    /// Paths matching a glob; `**` as a whole component matches any number of folders.
    static func expandGlob(_ pattern: String) -> [String] {
        let absolute = pattern.hasPrefix("/")
        let components = pattern.split(separator: "/", omittingEmptySubsequences: true)
        // The fixed prefix (no wildcard) is where the search starts.
        var prefixCount = 0
        while prefixCount < components.count, !Glob.hasWildcard(components[prefixCount]) { prefixCount += 1 }
        var base = components[..<prefixCount].joined(separator: "/")
        if absolute { base = "/" + base }
        let rest = Array(components[prefixCount...])
        var results: [String] = []
        match(rest[...], in: base, display: base, into: &results)
        return Array(Set(results)).sorted()
    }

    private static func match(_ rest: ArraySlice<Substring>, in dir: String, display: String, into results: inout [String]) {
        guard let first = rest.first else {
            if !display.isEmpty { results.append(display) }
            return
        }
        let fsDir = dir.isEmpty ? "." : dir
        if first == "**" {
            // Zero folders…
            match(rest.dropFirst(), in: dir, display: display, into: &results)
            // …or one more, then `**` again.
            for name in entries(fsDir) {
                let path = dir.isEmpty ? name : join(dir, name)
                var lst = stat()
                guard lstat(path, &lst) == 0, (lst.st_mode & S_IFMT) == S_IFDIR else { continue }
                match(rest, in: path, display: path, into: &results)
            }
            return
        }
        let pattern = String(first)
        for name in entries(fsDir) where fnmatch(pattern, name, FNM_PERIOD) == 0 {
            let path = dir.isEmpty ? name : join(dir, name)
            if rest.count == 1 {
                results.append(path)
            } else {
                var st = stat()
                guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { continue }
                match(rest.dropFirst(), in: path, display: path, into: &results)
            }
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
