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
        print("usage: knews-bench extraction parse-floor|extract|compare <dir> [rounds] | warc-rss <file>")
        return
    }
    let target = arguments[1]
    switch verb {
    case "parse-floor", "extract", "compare":
        let rounds = arguments.count >= 3 ? Int(arguments[2]) ?? 3 : 3
        let documents = loadDocuments(target)
        let bytes = documents.reduce(0) { $0 + $1.bytes.count }
        print("pages: \(documents.count), \(String(format: "%.1f", Double(bytes) / 1e6)) MB, rounds: \(rounds) (median shown)")
        var floor: Double?
        var full: Double?
        if verb != "extract" {
            floor = median((0..<rounds).map { _ in time { parseFloor(documents) } })
            report("parse-floor", documents.count, bytes, floor!)
        }
        if verb != "parse-floor" {
            var articles = 0
            full = median((0..<rounds).map { _ in time { articles = extractAll(documents) } })
            report("extract", documents.count, bytes, full!)
            print("articles: \(articles)")
        }
        if let floor, let full {
            print(String(format: "extract throughput / parse-floor throughput = %.2f", floor / full))
        }
    case "warc-rss":
        warcRSS(target)
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
    let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
    for d in documents {
        d.bytes.withUnsafeBufferPointer { b in
            b.withMemoryRebound(to: CChar.self) { c in
                if let doc = htmlReadMemory(c.baseAddress, Int32(c.count), nil, nil, options) { xmlFreeDoc(doc) }
            }
        }
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

private func report(_ name: String, _ pages: Int, _ bytes: Int, _ seconds: Double) {
    print(String(format: "%@: %.3f s, %.0f pages/s, %.1f MB/s", name, seconds, Double(pages) / seconds, Double(bytes) / 1e6 / seconds))
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
