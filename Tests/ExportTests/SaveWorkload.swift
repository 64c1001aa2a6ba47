import Foundation
import NewsModel
import Export

/// The export stage's throughput workload: `count` realistic articles (a ~3 KB Korean body,
/// 20 mentions: 8 amounts, 6 dates, 6 organizations out of a pool of 60) saved in one run,
/// then the CSV export of the result. Uses only the public API, so the same file runs in the
/// gated test and in a stand-alone release build.
struct SaveWorkloadResult {
    var articles: Int
    var mentionRows: Int
    var bodyBytes: Int
    var saveSeconds: Double
    /// CPU time of the save loop: on a shared machine, wall time also counts other processes.
    var saveCPUSeconds: Double
    var commitSeconds: Double
    var csvSeconds: Double
    var csvBytes: Int
    var databaseBytes: Int

    var report: String {
        func f(_ value: Double) -> String { String(format: "%.0f", value) }
        let total = saveSeconds + commitSeconds
        return """
            save(): \(articles) articles, \(mentionRows) mention rows, \(bodyBytes / max(articles, 1)) B body each
              \(f(Double(articles) / saveSeconds)) articles/s, \(f(Double(mentionRows) / saveSeconds)) mention rows/s \
            (\(String(format: "%.2f", saveSeconds)) s; commit \(String(format: "%.2f", commitSeconds)) s; \
            \(f(Double(articles) / total)) articles/s including the commit)
              CPU time of the save loop \(String(format: "%.2f", saveCPUSeconds)) s = \
            \(f(Double(articles) / saveCPUSeconds)) articles/s, \(f(Double(mentionRows) / saveCPUSeconds)) mention rows/s per core
            database: \(databaseBytes / 1_048_576) MiB
            CSV export: \(csvBytes / 1_048_576) MiB in \(String(format: "%.2f", csvSeconds)) s = \
            \(f(Double(csvBytes) / 1_048_576 / csvSeconds)) MiB/s
            """
    }
}

func makeWorkloadArticle(_ n: Int) -> AnalyzedArticle {
    let organizations = (0..<60).map { "한국테스트기관\($0)" }
    var body = ""
    var scalarCount = 0
    var money: [MoneyMention] = []
    var dates: [DateMention] = []
    var entities: [Entity] = []
    var entityMentions: [EntityMention] = []

    func append(_ text: String) {
        body += text
        scalarCount += text.unicodeScalars.count
    }
    func appendMention(_ surface: String) -> (Int, Int) {
        let start = scalarCount
        append(surface)
        return (start, scalarCount)
    }
    for sentence in 0..<20 {
        if sentence > 0 { append(sentence % 5 == 0 ? "\n" : " ") }
        append("이번 발표에서 관계자는 사업 계획의 세부 내용을 자세히 설명했으며 업계의 관심이 집중되고 있다고 전했다. ")
        if sentence < 6 {
            let name = organizations[(n + sentence * 7) % organizations.count]
            let (start, end) = appendMention(name)
            entityMentions.append(EntityMention(entityName: name, field: .body, start: start, end: end, surface: name))
            if !entities.contains(where: { $0.name == name }) {
                entities.append(Entity(name: name, type: sentence % 2 == 0 ? .agency : .company,
                                       nameEnglish: "Test Agency \(sentence)", origin: .gazetteer))
            }
            append("은 ")
        }
        if sentence < 8 {
            let amount = Int64((n % 97 + 1) * (sentence + 1)) * 100_000_000
            let surface = "\((n % 97 + 1) * (sentence + 1))억원"
            let (start, end) = appendMention(surface)
            money.append(MoneyMention(field: .body, start: start, end: end, surface: surface, currency: "KRW",
                                      amountLow: amount, amountHigh: amount, qualifier: sentence == 3 ? .max : nil))
            append("을 ")
        }
        if sentence >= 8 && sentence < 14 {
            let surface = "2025년 \(sentence - 7)월 \(n % 28 + 1)일"
            let (start, end) = appendMention(surface)
            dates.append(DateMention(field: .body, start: start, end: end, surface: surface,
                                     value: "2025-\(sentence - 7 < 10 ? "0" : "")\(sentence - 7)-\(n % 28 + 1 < 10 ? "0" : "")\(n % 28 + 1)",
                                     precision: .day, relative: false, qualifier: sentence == 9 ? .until : nil))
            append("까지 ")
        }
        append("투입한다고 밝혔다.")
    }
    let article = Article(
        url: "https://bench.example.kr/article/\(n)", source: "benchnews",
        title: "벤치마크 기사 \(n): 정부, AI 반도체에 대규모 투자", body: body,
        author: "홍길동 기자", inputPath: "bench/\(n / 10).html", itemIndex: n % 10)
    return AnalyzedArticle(
        article: article, publishedAt: "2025-06-27T17:12:00+09:00", publishedDate: "2025-06-27",
        contentHash: String(repeating: "0", count: 48) + String(n, radix: 16).padding(toLength: 16, withPad: "0", startingAt: 0),
        money: money, dates: dates, entities: entities, entityMentions: entityMentions)
}

func runSaveWorkload(folder: String, count: Int) throws -> SaveWorkloadResult {
    let path = folder + "/bench.sqlite"
    let articles = (0..<count).map(makeWorkloadArticle)
    let mentionRows = articles.reduce(0) { $0 + $1.money.count + $1.dates.count + $1.entityMentions.count }
    let bodyBytes = articles.reduce(0) { $0 + $1.article.body.utf8.count }

    let store = try ArticleStore(path: path)
    let runID = try store.beginRun(startedAt: "2025-06-28T03:00:00+09:00", knewsVersion: "bench", configSHA256: "")
    let clock = ContinuousClock()
    let saveStart = clock.now
    let cpuStart = processCPUSeconds()
    for article in articles {
        _ = try store.save(article, runID: runID)
    }
    let saveDuration = clock.now - saveStart
    let saveCPU = processCPUSeconds() - cpuStart
    let commitStart = clock.now
    try store.finishRun(runID, summary: RunSummary(
        finishedAt: "2025-06-28T03:01:00+09:00", status: "success", filesSeen: count / 10, filesSkipped: 0,
        articlesInserted: count, articlesUpdated: 0, articlesUnchanged: 0, inputErrors: 0))
    let commitDuration = clock.now - commitStart

    let csvStart = clock.now
    try CSVExporter().export(databaseAt: path, to: folder + "/csv")
    let csvDuration = clock.now - csvStart
    let csvBytes = try CSVExporter.fileNames.reduce(0) {
        $0 + ((try FileManager.default.attributesOfItem(atPath: folder + "/csv/" + $1)[.size] as? NSNumber)?.intValue ?? 0)
    }
    let databaseBytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0

    func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
    return SaveWorkloadResult(
        articles: count, mentionRows: mentionRows, bodyBytes: bodyBytes,
        saveSeconds: seconds(saveDuration), saveCPUSeconds: saveCPU, commitSeconds: seconds(commitDuration),
        csvSeconds: seconds(csvDuration), csvBytes: csvBytes, databaseBytes: databaseBytes)
}

private func processCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
