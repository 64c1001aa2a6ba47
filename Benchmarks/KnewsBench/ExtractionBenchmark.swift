import CLibXML2
import Extraction
import Foundation
import NewsModel

/// Extraction measurements (issue 3 and 7):
///
///     knews-bench extraction parse-floor <dir>   libxml2 htmlReadMemory + xmlFreeDoc only
///     knews-bench extraction extract <dir>       full extraction (encoding, parse, articles)
///     knews-bench extraction compare <dir> [rounds]  both on the same pages in one run, and the ratio
///     knews-bench extraction warc-rss <file>     stream a WARC, extract every article, print counts
///
/// Pages are read into memory first, so disk and gzip time are not part of either figure.
func runExtractionBenchmark(_ arguments: [String]) {
    guard let verb = arguments.first, arguments.count >= 2 else {
        print("usage: knews-bench extraction parse-floor|extract|compare <dir> [rounds] | warc-rss <file> | dump|dump-json <path>...")
        return
    }
    let target = arguments[1]
    switch verb {
    case "parse-floor", "extract", "compare":
        let rounds = arguments.count >= 3 ? Int(arguments[2]) ?? 3 : 3
        let documents = loadDocuments(target)
        let bytes = documents.reduce(0) { $0 + $1.bytes.count }
        print("pages: \(documents.count), \(String(format: "%.1f", Double(bytes) / 1e6)) MB, rounds: \(rounds) (median shown)")
        // Rounds interleave the two measurements so machine load hits both alike; the minimum
        // is the least disturbed run, the median the typical one.
        var floorTimes: [Double] = []
        var fullTimes: [Double] = []
        var articles = 0
        for _ in 0..<rounds {
            if verb != "extract" { floorTimes.append(time { parseFloor(documents) }) }
            if verb != "parse-floor" { fullTimes.append(time { articles = extractAll(documents) }) }
        }
        if !floorTimes.isEmpty { report("parse-floor", documents.count, bytes, floorTimes) }
        if !fullTimes.isEmpty {
            report("extract", documents.count, bytes, fullTimes)
            print("articles: \(articles)")
        }
        if !floorTimes.isEmpty && !fullTimes.isEmpty {
            print(String(format: "extract / parse-floor throughput: %.2f (min times), %.2f (median times)",
                         floorTimes.min()! / fullTimes.min()!, median(floorTimes) / median(fullTimes)))
        }
    case "warc-rss":
        warcRSS(target)
    case "dump":
        dump(Array(arguments.dropFirst()))
    case "dump-json":
        dumpJSON(Array(arguments.dropFirst()))
    default:
        print("unknown extraction benchmark \(verb)")
    }
}

private func loadDocuments(_ dir: String) -> [InputDocument] {
    let (files, issues) = InputFinder.files(matching: [dir])
    for issue in issues { FileHandle.standardError.write(Data("\(issue.message)\n".utf8)) }
    var documents: [InputDocument] = []
    let reader = InputReader()
    for file in files {
        _ = reader.read(file) { documents.append($0) }
    }
    return documents
}

/// libxml2's own speed on the raw bytes: no encoding work, no tree walk.
private func parseFloor(_ documents: [InputDocument]) {
    for document in documents {
        _ = ParseFloor.parseAndFree(document.bytes, url: nil, arena: false)
    }
}

private func extractAll(_ documents: [InputDocument]) -> Int {
    guard let extractor = try? ArticleExtractor(profiles: []) else { return 0 }
    var articles = 0
    for d in documents { articles += extractor.extract(d).articles.count }
    return articles
}

private func time(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

private func median(_ values: [Double]) -> Double {
    let s = values.sorted()
    return s.isEmpty ? 0 : s[s.count / 2]
}

private func report(_ name: String, _ pages: Int, _ bytes: Int, _ times: [Double]) {
    let best = times.min() ?? 0, typical = median(times)
    print(String(format: "%@: min %.3f s (%.0f pages/s, %.1f MB/s), median %.3f s (%.0f pages/s)", name, best,
                 Double(pages) / best, Double(bytes) / 1e6 / best, typical, Double(pages) / typical))
}

private func peakRSSKiB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    }
    return 0
}

private func warcRSS(_ path: String) {
    let (files, issues) = InputFinder.files(matching: [path])
    guard let extractor = try? ArticleExtractor(profiles: []) else { return }
    var documents = 0, articles = 0, noArticle = 0, bytes = 0, issueCount = issues.count
    var skipped = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for file in files {
        let report = InputReader().read(file) { document in
            documents += 1
            bytes += document.bytes.count
            let result = extractor.extract(document)
            articles += result.articles.count
            if result.noArticle { noArticle += 1 }
            issueCount += result.issues.count
        }
        skipped += report.skippedRecords
        issueCount += report.issues.count
        for issue in report.issues { print("issue: \(issue.inputPath): \(issue.message)") }
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    print("documents: \(documents), skipped records: \(skipped), articles: \(articles), no article: \(noArticle), issues: \(issueCount)")
    print(String(format: "payload: %.1f MB in %.1f s (%.0f pages/s); peak RSS (VmHWM): %d MiB", Double(bytes) / 1e6, seconds, Double(documents) / seconds, peakRSSKiB() / 1024))
}

/// Prints what extraction made of each input, for eyeballing.
private func dump(_ paths: [String]) {
    let (files, _) = InputFinder.files(matching: paths)
    guard let extractor = try? ArticleExtractor(profiles: []) else { return }
    for file in files {
        let report = InputReader().read(file) { document in
            let result = extractor.extract(document)
            print("== \(document.path) noArticle=\(result.noArticle)")
            for issue in result.issues { print("issue: \(issue.severity) \(issue.message)") }
            for a in result.articles {
                let when = a.published.map { "\($0.civil.isoDateTime) offset=\($0.utcOffsetSeconds.map(String.init) ?? "nil")" } ?? "nil"
                print("title: \(a.title)\nurl: \(a.url)\nsource: \(a.source ?? "nil")\npublished: \(when)\nauthor: \(a.author ?? "nil")")
                print("body:\n\(a.body)\n")
            }
        }
        for issue in report.issues { print("read issue: \(issue.inputPath): \(issue.message)") }
    }
}

/// One JSON object per line per input document (articles may be empty), for comparison scripts.
private func dumpJSON(_ paths: [String]) {
    let (files, _) = InputFinder.files(matching: paths)
    guard let extractor = try? ArticleExtractor(profiles: []) else { return }
    for file in files {
        _ = InputReader().read(file) { document in
            let result = extractor.extract(document)
            let articles: [[String: Any]] = result.articles.map { a in
                var o: [String: Any] = ["title": a.title, "body": a.body, "url": a.url, "source": a.source ?? NSNull(), "author": a.author ?? NSNull()]
                if let p = a.published {
                    var iso = p.civil.isoDateTime
                    if let off = p.utcOffsetSeconds {
                        let sign = off < 0 ? "-" : "+"
                        iso += String(format: "%@%02d:%02d", sign, abs(off) / 3600, abs(off) % 3600 / 60)
                    }
                    o["published"] = iso
                } else {
                    o["published"] = NSNull()
                }
                return o
            }
            let line: [String: Any] = ["path": document.path, "noArticle": result.noArticle, "articles": articles]
            if let data = try? JSONSerialization.data(withJSONObject: line, options: [.sortedKeys]) {
                print(String(decoding: data, as: UTF8.self))
            }
        }
    }
}
