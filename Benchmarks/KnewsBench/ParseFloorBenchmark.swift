import CLibXML2
import Glibc

/// `knews-bench parse-floor DIR [--limit N]`: libxml2's own speed on the corpus, the ceiling
/// for everything knews does.
///
/// Each page is read into memory first (untimed), then only `htmlReadMemory` and
/// `xmlFreeDoc` are timed: the "parse-only floor" issue 7 compares the end-to-end run
/// against. libxml2 gets no encoding (it reads `<meta charset>` itself), recovery on and
/// errors off, as a careless but fast caller would do. Glibc only, no Foundation: this file
/// must not depend on anything but libxml2.
func runParseFloorBenchmark(_ arguments: [String]) {
    let parsed: BenchArguments
    let limit: Int?
    do {
        parsed = try BenchArguments(arguments, valued: ["limit"], flags: [])
        limit = try parsed.int("limit")
    } catch {
        BenchOutput.fail("\(error)\nusage: knews-bench parse-floor DIR [--limit N]")
    }
    guard let root = parsed.positional.first else {
        BenchOutput.fail("usage: knews-bench parse-floor DIR [--limit N]")
    }
    var files = ParseFloor.htmlFiles(under: root)
    if let limit { files = Array(files.prefix(limit)) }
    guard !files.isEmpty else { BenchOutput.fail("no .html or .htm files under \(root)") }

    xmlInitParser()
    // Encoding errors on CP949 pages labelled euc-kr are printed even with NOERROR; a
    // structured handler on this (the only) thread swallows them.
    xmlSetStructuredErrorFunc(nil) { _, _ in }
    let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
    var pages = 0
    var failed = 0
    var bytes = 0
    var parseNanos: UInt64 = 0
    var parseCPUNanos: UInt64 = 0
    let wallStart = ParseFloor.now()
    var buffer: [UInt8] = []
    for path in files {
        guard ParseFloor.read(path, into: &buffer) else {
            failed += 1
            continue
        }
        let start = ParseFloor.now()
        let cpuStart = ParseFloor.threadCPU()
        let doc = buffer.withUnsafeBufferPointer { raw in
            raw.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), path, nil, options)
            }
        }
        if let doc { xmlFreeDoc(doc) } else { failed += 1 }
        parseNanos += ParseFloor.now() - start
        parseCPUNanos += ParseFloor.threadCPU() - cpuStart
        pages += 1
        bytes += buffer.count
    }
    let wall = Double(ParseFloor.now() - wallStart) / 1e9
    let seconds = Double(parseNanos) / 1e9
    let cpuSeconds = Double(parseCPUNanos) / 1e9
    BenchOutput.printJSON([
        "benchmark": "parse-floor",
        "pages": pages,
        "unparsed": failed,
        "bytes": bytes,
        "seconds": BenchOutput.round(seconds),
        "wall_seconds_with_reads": BenchOutput.round(wall),
        "pages_per_s": BenchOutput.round(Double(pages) / max(seconds, 1e-9), 1),
        "mb_per_s": BenchOutput.round(Double(bytes) / 1e6 / max(seconds, 1e-9), 2),
        "cpu_seconds": BenchOutput.round(cpuSeconds),
        "pages_per_cpu_s": BenchOutput.round(Double(pages) / max(cpuSeconds, 1e-9), 1),
        "peak_rss_mb": BenchOutput.round(BenchOutput.peakRSSMegabytes(), 1),
    ])
}

/// File walking and timing for the parse floor, with the C library only.
enum ParseFloor {
    static func now() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    static func threadCPU() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    /// Every .html/.htm file under `root` (or `root` itself), sorted like the pipeline's finder.
    static func htmlFiles(under root: String) -> [String] {
        var found: [String] = []
        walk(root, into: &found)
        return found.sorted()
    }

    private static func walk(_ path: String, into found: inout [String]) {
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            guard let dir = opendir(path) else { return }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name == "." || name == ".." { continue }
                walk(path + "/" + name, into: &found)
            }
        } else if path.hasSuffix(".html") || path.hasSuffix(".htm") {
            found.append(path)
        }
    }

    /// Reads a whole file into `buffer` (reused between pages); false when it cannot be read.
    static func read(_ path: String, into buffer: inout [UInt8]) -> Bool {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return false }
        let size = Int(info.st_size)
        buffer = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let got = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return -1 }
                return Glibc.read(fd, base + done, size - done)
            }
            if got <= 0 { return false }
            done += got
        }
        return true
    }
}
