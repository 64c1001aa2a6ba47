import Foundation
import NewsModel
import Tagging

/// `knews-bench tagging [--mb 50] [--runs 3] [--seed 1] [--json FILE] [--dump DIR] [--gazetteer FILE]`
///
/// Generates deterministic Korean news text dense with organization names from the built-in
/// gazetteer (with particles, aliases, acronym definitions, company markers and words that
/// merely end like organizations), compiles the full gazetteer, and measures single-core
/// `OrganizationTagger.tag` throughput in MB/s (10^6 bytes of UTF-8 per second), boundary
/// checks, pattern recognition and acronym linking included. `--dump DIR` writes the same text
/// and names for `Benchmarks/tagging/ahocorasick_compare.py`.
func runTaggingBenchmark(_ arguments: [String]) {
    var megabytes = 50.0
    var runs = 3
    var seed: UInt64 = 1
    var jsonPath: String?
    var dumpDirectory: String?
    var extraGazetteers: [String] = []
    var index = 0
    func value() -> String? {
        index += 1
        return index < arguments.count ? arguments[index] : nil
    }
    while index < arguments.count {
        switch arguments[index] {
        case "--mb": megabytes = value().flatMap(Double.init) ?? megabytes
        case "--runs": runs = max(1, value().flatMap(Int.init) ?? runs)
        case "--seed": seed = value().flatMap(UInt64.init) ?? seed
        case "--json": jsonPath = value()
        case "--dump": dumpDirectory = value()
        case "--gazetteer": if let path = value() { extraGazetteers.append(path) }
        default:
            print("usage: knews-bench tagging [--mb 50] [--runs 3] [--seed 1] [--json FILE] [--dump DIR] [--gazetteer FILE]")
            return
        }
        index += 1
    }

    let clock = ContinuousClock()
    let loadStart = clock.now
    var gazetteer = Gazetteer.builtin()
    for path in extraGazetteers {
        do {
            try gazetteer.merge(contentsOfFile: path)
        } catch {
            print("error: \(error)")
            return
        }
    }
    let loadTime = clock.now - loadStart
    let buildStart = clock.now
    let tagger = OrganizationTagger(gazetteer: gazetteer)
    let buildTime = clock.now - buildStart

    var generator = NewsTextGenerator(gazetteer: gazetteer, seed: seed)
    let articles = generator.articles(totalBytes: Int(megabytes * 1_000_000))
    let bytes = articles.reduce(0) { $0 + $1.title.utf8.count + $1.body.utf8.count }

    if let directory = dumpDirectory {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let text = articles.map { $0.title + "\n" + $0.body }.joined(separator: "\n\u{0C}\n")
            try text.write(toFile: directory + "/text.txt", atomically: true, encoding: .utf8)
            try generator.names.joined(separator: "\n")
                .write(toFile: directory + "/names.txt", atomically: true, encoding: .utf8)
        } catch {
            print("error: cannot write \(directory): \(error)")
            return
        }
    }

    // One untimed pass warms caches and lets the tagger's lazy tables initialize.
    var mentions = 0
    var patternEntities = 0
    for article in articles.prefix(200) { _ = tagger.tag(title: article.title, body: article.body) }
    var rates: [Double] = []
    var cpuRates: [Double] = []
    for run in 0..<runs {
        var count = 0
        var patterns = 0
        let cpuStart = threadCPUSeconds()
        let start = clock.now
        for article in articles {
            let result = tagger.tag(title: article.title, body: article.body)
            count += result.mentions.count
            if run == 0 { patterns += result.entities.lazy.filter { $0.origin == .pattern }.count }
        }
        let elapsed = clock.now - start
        rates.append(Double(bytes) / 1e6 / seconds(elapsed))
        cpuRates.append(Double(bytes) / 1e6 / (threadCPUSeconds() - cpuStart))
        mentions = count
        if run == 0 { patternEntities = patterns }
    }
    // The matcher alone (trie walks and boundary checks, no patterns or acronyms), comparable
    // with ahocorasick_rs.
    var matcherRates: [Double] = []
    var matches = 0
    for _ in 0..<runs {
        var count = 0
        let cpuStart = threadCPUSeconds()
        for article in articles {
            count += tagger.gazetteerMatchCount(in: article.title) + tagger.gazetteerMatchCount(in: article.body)
        }
        matcherRates.append(Double(bytes) / 1e6 / (threadCPUSeconds() - cpuStart))
        matches = count
    }
    let matcherMedian = matcherRates.sorted()[matcherRates.count / 2]
    let median = rates.sorted()[rates.count / 2]
    let cpuMedian = cpuRates.sorted()[cpuRates.count / 2]

    print("tagging: \(gazetteer.count) gazetteer entries, \(tagger.patternCount) names compiled")
    print(String(format: "  gazetteer parse %.1f ms, automaton build %.1f ms", milliseconds(loadTime), milliseconds(buildTime)))
    print(String(format: "  text: %d articles, %.1f MB UTF-8, %d mentions (%.0f per MB), %d pattern entities per pass",
                 articles.count, Double(bytes) / 1e6, mentions, Double(mentions) / (Double(bytes) / 1e6), patternEntities))
    print("  runs (MB/s): " + rates.map { String(format: "%.1f", $0) }.joined(separator: ", "))
    print("  runs by thread CPU time (MB/s): " + cpuRates.map { String(format: "%.1f", $0) }.joined(separator: ", "))
    print(String(format: "  tag(): median %.1f MB/s wall clock, %.1f MB/s of CPU time (best %.1f), single thread (target >= 100)",
                 median, cpuMedian, cpuRates.max() ?? 0))
    print(String(format: "  gazetteer matcher alone (%d matches, boundaries checked): median %.1f MB/s of CPU time (best %.1f)",
                 matches, matcherMedian, matcherRates.max() ?? 0))

    if let jsonPath {
        let report: [String: Any] = [
            "benchmark": "tagging",
            "seed": seed,
            "articles": articles.count,
            "bytes": bytes,
            "gazetteer_entries": gazetteer.count,
            "compiled_names": tagger.patternCount,
            "gazetteer_parse_ms": milliseconds(loadTime),
            "automaton_build_ms": milliseconds(buildTime),
            "mentions": mentions,
            "runs_mb_per_s": rates,
            "median_mb_per_s": median,
            "cpu_runs_mb_per_s": cpuRates,
            "cpu_median_mb_per_s": cpuMedian,
            "matcher_cpu_runs_mb_per_s": matcherRates,
            "matcher_cpu_median_mb_per_s": matcherMedian,
            "matcher_matches": matches,
        ]
        do {
            let data = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
            try data.write(to: URL(fileURLWithPath: jsonPath))
        } catch {
            print("error: cannot write \(jsonPath): \(error)")
        }
    }
}

/// CPU time of this thread: on a shared machine, wall time also counts other processes' turns.
private func threadCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

private func seconds(_ duration: Duration) -> Double {
    let (s, attoseconds) = duration.components
    return Double(s) + Double(attoseconds) / 1e18
}

private func milliseconds(_ duration: Duration) -> Double { seconds(duration) * 1000 }

/// Deterministic news-like text: every figure is reproducible from the seed.
private struct NewsTextGenerator {
    struct Article {
        var title: String
        var body: String
    }

    private var state: UInt64
    /// Every string the tagger's automaton holds, for the Python comparison.
    let names: [String]
    private let koreanNames: [String]
    private let latinNames: [String]
    private let definitions: [(full: String, acronym: String)]

    init(gazetteer: Gazetteer, seed: UInt64) {
        state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1
        var all: [String] = []
        var seen = Set<String>()
        var korean: [String] = []
        var latin: [String] = []
        var defs: [(String, String)] = []
        for entry in gazetteer.entries {
            for surface in [entry.name] + entry.aliases + (entry.nameEnglish.map { [$0] } ?? []) {
                if seen.insert(surface).inserted { all.append(surface) }
            }
            for surface in [entry.name] + entry.aliases {
                if surface.unicodeScalars.allSatisfy({ $0.isASCII }) {
                    latin.append(surface)
                    if surface.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) {
                        defs.append((entry.name, surface))
                    }
                } else {
                    korean.append(surface)
                }
            }
        }
        names = all
        koreanNames = korean.isEmpty ? ["과학기술정보통신부"] : korean
        latinNames = latin.isEmpty ? ["KT"] : latin
        definitions = defs.isEmpty ? [("정보통신산업진흥원", "NIPA")] : defs
    }

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func int(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    private mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }

    static let particles = [
        "은", "는", "이", "가", "을", "를", "의", "와", "과", "도", "로", "으로", "에", "에서", "에게",
        "까지", "부터", "만", "이나", "측", "등", "에서는", "와의", "으로부터", "에서도", "이며", "이다",
        "", "", "", "", "",
    ]
    static let topics = [
        "인공지능", "클라우드", "반도체", "데이터센터", "자율주행", "사이버보안", "디지털 전환", "양자컴퓨팅",
        "바이오헬스", "탄소중립", "지능형 로봇", "6G 통신", "초거대 AI", "스마트 공장",
    ]
    static let places = ["서울 중구", "정부세종청사", "판교 테크노밸리", "부산 해운대", "대전 유성구", "여의도", "광화문"]
    static let fillers = [
        "정부는 관련 예산을 늘리기로 했다.", "업계 일부에서는 속도 조절이 필요하다는 지적도 나온다.",
        "선임연구원 출신의 한 위원은 \"내부 검토가 끝나야 한다\"고 말했다.",
        "시장 규모는 지난해보다 12.5% 성장한 3조4000억원으로 집계됐다.",
        "KTX 이용객과 GPU 수요가 함께 늘었다.", "연구원들은 외부 자문을 거쳐 결과를 공개할 예정이다.",
        "행사에는 회원사 직원 300여 명이 참석했다.", "전부 합치면 10억원을 웃도는 규모다.",
    ]
    static let syllables = Array("가나다라마바사아자차카타파하온빛누리솔한결미래새봄늘푸른")

    private mutating func org() -> String {
        int(5) == 0 ? pick(latinNames) : pick(koreanNames)
    }

    private mutating func orgWithParticle() -> String {
        org() + pick(Self.particles)
    }

    private mutating func madeUpCompany() -> String {
        var name = ""
        for _ in 0..<(2 + int(2)) { name.append(pick(Self.syllables)) }
        return name + pick(["랩", "테크", "소프트", "바이오", "전자", "시스템즈", "네트웍스"])
    }

    private mutating func sentence() -> String {
        let topic = pick(Self.topics)
        let day = 1 + int(28)
        // Proportions of a dense IT/policy article: 65% of sentences name organizations, about
        // one acronym definition and one company marker in twenty sentences.
        switch int(20) {
        case 0, 1:
            return "\(orgWithParticle()) \(day)일 \(pick(Self.places))에서 \(topic) 설명회를 열고 \(10 + int(990))억원 규모의 지원 사업을 공개했다."
        case 2, 3:
            return "\(org())\(pick(["와", "과"])) \(org())\(pick(["는", "은"])) \(topic) 분야 업무협약을 맺었다고 \(day)일 밝혔다."
        case 4, 5:
            return "\(org()) 관계자는 “\(topic) 투자를 늘리고 \(org())\(pick(["와", "과"])) 협력하겠다”고 말했다."
        case 6, 7:
            return "이번 사업에는 \(org()), \(org()), \(org()) 등이 참여하며 \(orgWithParticle()) 총괄을 맡는다."
        case 8, 9:
            return "업계에서는 \(org())의 \(topic) 전략이 \(org())보다 앞선다는 평가가 나온다."
        case 10:
            let definition = pick(definitions)
            return int(2) == 0
                ? "\(definition.full)(\(definition.acronym))은 \(day)일 \(topic) 공모 결과를 발표했다. \(definition.acronym)는 올해 두 차례 공모를 더 연다."
                : "\(definition.acronym)(\(definition.full))는 \(topic) 바우처 사업을 맡는다."
        case 11:
            return "\(pick(["㈜", "(주)", "주식회사 "]))\(madeUpCompany())\(pick(["는", "가", "와"])) \(orgWithParticle()) 공동으로 \(topic) 서비스를 출시했다."
        case 12, 13:
            return "‘\(org())’·‘\(org())’ 등 주요 기업과 \(orgWithParticle()) \(topic) 생태계 조성에 나섰다."
        default:
            return pick(Self.fillers)
        }
    }

    mutating func articles(totalBytes: Int) -> [Article] {
        var result: [Article] = []
        var total = 0
        while total < totalBytes {
            let title = "\(org()), \(pick(Self.topics)) \(pick(["투자 확대", "사업 착수", "협약 체결", "예산 편성"]))…\(org())\(pick(["도", "와", "는"])) 참여"
            var paragraphs: [String] = []
            for _ in 0..<(6 + int(8)) {
                var paragraph: [String] = []
                for _ in 0..<(2 + int(3)) { paragraph.append(sentence()) }
                paragraphs.append(paragraph.joined(separator: " "))
            }
            let body = paragraphs.joined(separator: "\n")
            total += title.utf8.count + body.utf8.count
            result.append(Article(title: title, body: body))
        }
        return result
    }
}
