import CArena
import CLibXML2
import Extraction
import Glibc

/// `knews-bench parse-floor DIR [--limit N] [--arena]`: libxml2's own speed on the corpus, the
/// ceiling for everything knews does.
///
/// Each page is read into memory first (untimed), then only `htmlReadMemory` and
/// `xmlFreeDoc` are timed: the "parse-only floor" issue 7 compares the end-to-end run
/// against. libxml2 gets no encoding (it reads `<meta charset>` itself), recovery on and
/// errors off, as a careless but fast caller would do.
///
/// `--arena` parses through the per-thread arena knews itself gives libxml2 (`knews_arena.h`)
/// and releases it instead of calling `xmlFreeDoc`: the parse as knews does it, so that the
/// cost of the stages after the parse can be read off against it. Issue 7's floor is the
/// run without it.
func runParseFloorBenchmark(_ arguments: [String]) {
    let usage = "usage: knews-bench parse-floor DIR [--limit N] [--arena]"
    let parsed: BenchArguments
    let limit: Int?
    do {
        parsed = try BenchArguments(arguments, valued: ["limit"], flags: ["arena"])
        limit = try parsed.int("limit")
    } catch {
        BenchOutput.fail("\(error)\n\(usage)")
    }
    guard let root = parsed.positional.first else {
        BenchOutput.fail(usage)
    }
    let arena = parsed.flags.contains("arena")
    // The pipeline's own finder and reader, so the floor sees exactly the bytes a run sees.
    var files = InputFinder.files(matching: [root]).files
    if let limit { files = Array(files.prefix(limit)) }
    guard !files.isEmpty else { BenchOutput.fail("no pages under \(root)") }

    if arena {
        // Before any other libxml2 call, as in Extraction's LibXML2.
        xmlMemSetup(knews_arena_free, knews_arena_malloc, knews_arena_realloc, knews_arena_strdup)
    }
    xmlInitParser()
    // Encoding errors on CP949 pages labelled euc-kr are printed even with NOERROR; a
    // structured handler on this (the only) thread swallows them.
    xmlSetStructuredErrorFunc(nil) { _, _ in }
    var pages = 0
    var failed = 0
    var bytes = 0
    var parseNanos: UInt64 = 0
    var parseCPUNanos: UInt64 = 0
    let wallStart = ParseFloor.now()
    let reader = InputReader()
    for file in files {
        let report = reader.read(file) { document in
            let start = ParseFloor.now()
            let cpuStart = ParseFloor.threadCPU()
            if !ParseFloor.parseAndFree(document.bytes, url: document.path, arena: arena) { failed += 1 }
            parseNanos += ParseFloor.now() - start
            parseCPUNanos += ParseFloor.threadCPU() - cpuStart
            pages += 1
            bytes += document.bytes.count
        }
        if report.documents == 0 { failed += 1 }
    }
    let wall = Double(ParseFloor.now() - wallStart) / 1e9
    let seconds = Double(parseNanos) / 1e9
    let cpuSeconds = Double(parseCPUNanos) / 1e9
    BenchOutput.printJSON([
        "benchmark": "parse-floor",
        "arena": arena,
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

    /// libxml2's recover-mode HTML parser with no encoding given (it reads `<meta charset>`
    /// itself) and errors off: what a careless but fast caller does.
    static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)

    /// Parses and frees one page; false when libxml2 returned no document.
    static func parseAndFree(_ bytes: [UInt8], url: String?, arena: Bool) -> Bool {
        let token = arena ? knews_arena_begin() : nil
        let doc = bytes.withUnsafeBufferPointer { raw in
            raw.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), url, nil, options)
            }
        }
        if let token {
            knews_arena_hold(token)
            xmlResetLastError()
            knews_arena_release(token)
        } else if let doc {
            xmlFreeDoc(doc)
        }
        return doc != nil
    }
}
