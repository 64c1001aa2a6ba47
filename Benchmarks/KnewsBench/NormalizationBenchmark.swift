import Foundation
import NewsModel
import Normalization

/// `knews-bench normalization [--mb N] [--json FILE] [--seed S] [--dense]`
///
/// Generates N MB (default 50) of Korean news body text dense with amounts and dates
/// (deterministic for a seed), splits it into articles of a few KB as the pipeline sees them,
/// and runs `Normalizer` over every body on one thread. Reports MB/s of UTF-8 body text.
func runNormalizationBenchmark(_ arguments: [String]) {
    var megabytes = 50.0
    var jsonPath: String?
    var seed: UInt64 = 20250627
    var dense = false
    var k = 0
    while k < arguments.count {
        let a = arguments[k]
        let next = k + 1 < arguments.count ? arguments[k + 1] : nil
        switch a {
        case "--mb":
            guard let v = next.flatMap(Double.init), v > 0 else { return usage("--mb needs a positive number") }
            megabytes = v
            k += 2
        case "--json":
            guard let v = next else { return usage("--json needs a file path") }
            jsonPath = v
            k += 2
        case "--extract":
            guard let v = next else { return usage("--extract needs a text file") }
            return extractMentions(path: v, arguments: Array(arguments[(k + 2)...]))
        case "--dense":
            dense = true
            k += 1
        case "--seed":
            guard let v = next.flatMap({ UInt64($0) }) else { return usage("--seed needs an unsigned integer") }
            seed = v
            k += 2
        default:
            return usage("unknown option \(a)")
        }
    }

    let articles = NormalizationCorpus.generate(bytes: Int(megabytes * 1_000_000), seed: seed, dense: dense)
    let totalBytes = articles.reduce(0) { $0 + $1.utf8.count }
    let reference = CivilDateTime(year: 2025, month: 6, day: 27, hour: 17, minute: 12)
    let normalizer = Normalizer()

    // Warm-up: caches, lazy statics, page faults.
    var sink = 0
    for a in articles.prefix(200) {
        sink &+= normalizer.normalize(a, field: .body, reference: reference).money.count
    }

    var money = 0
    var dates = 0
    // Wall time and this thread's CPU time: on a shared machine other processes stretch the
    // wall clock, while CPU time is what one core spends on the work.
    var wallRuns: [Double] = []
    var cpuRuns: [Double] = []
    for _ in 0..<5 {
        money = 0
        dates = 0
        let cpu0 = threadCPUSeconds()
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for a in articles {
                let r = normalizer.normalize(a, field: .body, reference: reference)
                money &+= r.money.count
                dates &+= r.dates.count
            }
        }
        cpuRuns.append(threadCPUSeconds() - cpu0)
        let c = elapsed.components
        wallRuns.append(Double(c.seconds) + Double(c.attoseconds) / 1e18)
    }
    wallRuns.sort()
    cpuRuns.sort()
    let wall = wallRuns[wallRuns.count / 2]
    let cpu = cpuRuns[cpuRuns.count / 2]
    let megabytesTotal = Double(totalBytes) / 1_000_000
    print(String(
        format: "normalization: %.1f MB in %d articles\(dense ? " (dense)" : ""), %d money + %d date mentions (one per %.0f bytes)",
        megabytesTotal, articles.count, money, dates,
        Double(totalBytes) / Double(max(1, money + dates))))
    print(String(
        format: "normalization: median of 5 passes: %.3f s CPU → %.1f MB/s; %.3f s wall → %.1f MB/s (single thread, %.0f mentions/s CPU)",
        cpu, megabytesTotal / cpu, wall, megabytesTotal / wall, Double(money + dates) / cpu))
    if sink < 0 { print(sink) }

    if let jsonPath {
        let json = String(
            format: "{ \"normalization_mb_per_s\": %.1f, \"normalization_wall_mb_per_s\": %.1f, \"normalization_bytes\": %d, \"normalization_cpu_seconds\": %.4f, \"normalization_wall_seconds\": %.4f, \"money_mentions\": %d, \"date_mentions\": %d, \"dense\": \(dense) }\n",
            megabytesTotal / cpu, megabytesTotal / wall, totalBytes, cpu, wall, money, dates)
        do {
            try json.write(toFile: jsonPath, atomically: true, encoding: .utf8)
        } catch {
            FileHandle.standardError.write(Data("knews-bench: cannot write \(jsonPath): \(error)\n".utf8))
        }
    }
}

/// `knews-bench normalization --extract FILE [--reference 2025-06-27T17:12]`: runs the
/// normalizer over each line of FILE (one paragraph per line; a line may start with its own
/// reference, `2025-06-27T17:12<TAB>text`) and prints every mention as TSV, for evaluations
/// against hand labels and other tools.
private func extractMentions(path: String, arguments: [String]) {
    var reference: CivilDateTime? = CivilDateTime(year: 2025, month: 6, day: 27, hour: 17, minute: 12)
    if arguments.count >= 2, arguments[0] == "--reference" {
        reference = parseReference(arguments[1])
        if reference == nil && arguments[1] != "none" { return usage("--reference wants YYYY-MM-DDTHH:MM or none") }
    }
    guard let data = FileManager.default.contents(atPath: path) else { return usage("cannot read \(path)") }
    let text = String(decoding: data, as: UTF8.self)
    let normalizer = Normalizer()
    print("line\tkind\tstart\tend\tsurface\tvalue\tprecision_or_currency\tlow\thigh\tqualifier\trelative_or_vague")
    for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        var line = String(rawLine)
        var lineReference = reference
        if let tab = line.firstIndex(of: "\t"), let r = parseReference(String(line[..<tab])) {
            lineReference = r
            line = String(line[line.index(after: tab)...])
        }
        let r = normalizer.normalize(line, field: .body, reference: lineReference)
        for m in r.money {
            print("\(number + 1)\tmoney\t\(m.start)\t\(m.end)\t\(m.surface)\t\t\(m.currency)\t\(m.amountLow)\t\(m.amountHigh)\t\(m.qualifier?.rawValue ?? "")\t\(m.vague ? 1 : 0)")
        }
        for d in r.dates {
            print("\(number + 1)\tdate\t\(d.start)\t\(d.end)\t\(d.surface)\t\(d.value)\t\(d.precision.rawValue)\t\t\t\(d.qualifier?.rawValue ?? "")\t\(d.relative ? 1 : 0)")
        }
        for w in r.warnings { FileHandle.standardError.write(Data("line \(number + 1): \(w)\n".utf8)) }
    }
}

/// `2025-06-27T17:12` (or `2025-06-27`).
private func parseReference(_ s: String) -> CivilDateTime? {
    let parts = s.split(whereSeparator: { $0 == "-" || $0 == "T" || $0 == ":" }).compactMap { Int($0) }
    guard parts.count == 3 || parts.count == 5 else { return nil }
    let c = CivilDateTime(
        year: parts[0], month: parts[1], day: parts[2], hour: parts.count == 5 ? parts[3] : 0,
        minute: parts.count == 5 ? parts[4] : 0)
    return c.isValid ? c : nil
}

/// CPU time consumed by the calling thread.
private func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

private func usage(_ problem: String) {
    FileHandle.standardError.write(Data(
        "knews-bench normalization: \(problem)\nusage: knews-bench normalization [--mb N] [--json FILE] [--seed S] [--dense]\n       knews-bench normalization --extract FILE [--reference YYYY-MM-DDTHH:MM|none]\n".utf8))
}

/// Deterministic Korean news text dense with amounts and dates, written for this benchmark.
enum NormalizationCorpus {
    /// SplitMix64: tiny, fast and identical on every platform, so a seed names one corpus.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }
    }

    static let organizations = [
        "과학기술정보통신부", "산업통상자원부", "기획재정부", "중소벤처기업부", "정보통신산업진흥원",
        "한국전력공사", "서울시", "경기도", "삼성전자", "SK하이닉스", "네이버", "카카오", "LG에너지솔루션",
        "현대자동차", "엔비디아", "한국지능정보사회진흥원", "금융위원회", "공정거래위원회",
    ]

    static let fillers = [
        "업계에서는 이번 조치가 시장에 미칠 파장에 주목하고 있다.",
        "관계자는 \"구체적인 내용은 추후 공개할 예정\"이라고 말했다.",
        "전문가들은 중장기적으로 경쟁력 강화에 도움이 될 것으로 내다봤다.",
        "이번 발표는 국회 논의 과정에서 일부 수정될 가능성도 있다.",
        "회사 측은 기술 개발과 인력 확보에 속도를 내겠다는 방침이다.",
        "노조는 고용 안정 대책이 빠졌다며 반발했다.",
        "정부는 관련 부처와 협의를 거쳐 세부 지침을 마련하기로 했다.",
        "시장 점유율은 전년 대비 3.5%p 상승한 41.2%를 기록했다.",
        "데이터센터에는 GPU 1만 장이 투입되며 연구원 200여 명이 참여한다.",
        "해당 사업은 3년간 진행되며 6개월 단위로 성과를 점검한다.",
        "이번 정책은 지역 균형 발전과 디지털 전환을 함께 추진한다는 점에서 의미가 있다는 평가가 나온다.",
        "다만 일부 중소기업은 인증 절차가 복잡하고 준비 기간이 짧아 현장의 부담이 크다고 호소했다.",
        "전문가 자문단은 이용자 보호 장치를 먼저 마련해야 한다며 단계적 도입을 권고했다.",
        "상장사들의 실적 발표가 이어지면서 투자자들의 관심은 하반기 수요 회복 여부에 쏠리고 있다.",
        "지방자치단체와 공공기관도 자체 인공지능 도입 계획을 세우고 담당 조직을 신설하는 분위기다.",
        "연구진은 새 모델이 기존 방식보다 전력 소모를 크게 줄이면서도 정확도를 유지했다고 설명했다.",
        "오랜 기간 논의만 이어졌던 규제 완화 방안이 마침내 국무회의 안건으로 올라갔다.",
        "하지만 야당은 재원 조달 방안이 불분명하다며 추가 자료 제출을 요구하고 나섰다.",
        "내부에서는 조직 개편과 인사 이동이 맞물리면서 사업 추진 속도가 늦어질 수 있다는 우려도 나온다.",
        "지원 대상은 창업 7년 이내 기업으로, 서류 심사와 발표 평가를 거쳐 최종 선정된다.",
        "상담 창구는 평일 오전 9시부터 오후 6시까지 운영되며 온라인 신청도 가능하다.",
        "이 회사는 지난 분기 데이터센터 가동률이 90%를 넘었다고 공시했다.",
        "전국 17개 시도 가운데 12곳이 참여 의사를 밝혔고 나머지 지역도 검토 중이다.",
        "사용자 수는 약 300만 명으로 추산되며 이 가운데 절반가량이 20~30대다.",
        "다른 나라들도 비슷한 제도를 운영하고 있어 국제 표준과의 정합성을 맞추는 작업이 필요하다.",
    ]

    static func money(_ g: inout Generator) -> String {
        switch g.int(0...15) {
        case 0: return "\(g.int(1...9))조\(g.int(1...9))천억원"
        case 1: return "\(g.int(1...999)),\(g.int(100...999))억원"
        case 2: return "\(g.int(1...9)).\(g.int(1...9))조 원"
        case 3: return "\(g.int(10...90))~\(g.int(91...200))억 원"
        case 4: return "최대 \(g.int(1...500))억원"
        case 5: return "약 \(g.int(1...9))천\(g.int(1...9))백만 달러"
        case 6: return "$\(g.int(1...9)).\(g.int(1...9)) billion"
        case 7: return "수\(g.pick(["십", "백", "천"]))억 원"
        case 8: return "\(g.int(100...900))여억원"
        case 9: return "\(g.int(1...99))억 \(g.pick(["엔", "위안", "유로"]))"
        case 10: return "\(g.int(1...9))억\(g.int(1000...9000))만원"
        case 11: return "\(g.int(1...30))억원 이상"
        case 12: return "\(g.pick(["삼", "오", "칠"]))천만 원"
        case 13: return "\(g.int(1000...99000))원"
        case 14: return "\(g.int(1...20))조 원에서 \(g.int(21...40))조 원"
        default: return "\(g.int(1...9))천\(g.int(100...900))만원"
        }
    }

    static func date(_ g: inout Generator) -> String {
        switch g.int(0...17) {
        case 0: return "지난 \(g.int(1...26))일"
        case 1: return "오는 \(g.int(1...30))일"
        case 2: return "\(g.int(2020...2027))년 \(g.int(1...12))월 \(g.int(1...28))일"
        case 3: return "다음달 \(g.int(1...28))일 오후 \(g.int(1...6))시"
        case 4: return "\(g.pick(["올해", "내년", "지난해"])) \(g.pick(["상반기", "하반기", "1분기", "3분기", "말", "초"]))"
        case 5: return "\(g.int(1...12))월 \(g.pick(["초", "중순", "하순", "말"]))"
        case 6: return "이날"
        case 7: return "\(g.int(1...28))일 오전 \(g.int(9...11))시 \(g.int(10...50))분"
        case 8: return "2025.\(g.int(10...12)).\(g.int(10...28))"
        case 9: return "\(g.pick(["이번주", "다음주", "지난주", "이달", "다음 달"]))"
        case 10: return "연내"
        case 11: return "\(g.int(2026...2030))년"
        case 12: return "오는 \(g.int(7...12))월"
        case 13: return "지난달 \(g.int(1...30))일"
        case 14: return "전날"
        case 15: return "\(g.int(1...28))일"
        case 16: return "\(g.int(2026...2030))년까지"
        default: return "내년 \(g.int(1...12))월"
        }
    }

    static func sentence(_ g: inout Generator) -> String {
        let org = g.pick(organizations)
        switch g.int(0...11) {
        case 0: return "\(org)는 \(date(&g)) \(money(&g))을 투입하는 계획을 발표했다."
        case 1: return "\(date(&g)) 열린 회의에서 \(org)는 \(money(&g)) 규모의 예산을 확정했다."
        case 2: return "\(org)의 \(date(&g)) 매출은 \(money(&g)), 영업이익은 \(money(&g))으로 집계됐다."
        case 3: return "이 사업에는 \(date(&g))까지 \(money(&g))이 들어갈 전망이다."
        case 4: return "\(org) 관계자는 \(date(&g)) 기자들과 만나 \"\(money(&g))을 추가로 확보하겠다\"고 밝혔다."
        case 5: return "\(org)는 \(date(&g)) 이사회를 열고 \(money(&g))의 투자를 의결했다."
        case 6: return "투자 규모는 \(money(&g))으로 \(date(&g)) 대비 크게 늘었다."
        case 7: return "\(date(&g)) 기준 누적 지원액은 \(money(&g))에 이른다."
        default: return g.pick(fillers)
        }
    }

    /// - Parameter dense: every sentence carries amounts or dates (a stress test about ten times
    ///   denser than news); otherwise about two in five do, a busy economy article.
    static func generate(bytes: Int, seed: UInt64, dense: Bool = false) -> [String] {
        var g = Generator(state: seed)
        var articles: [String] = []
        var total = 0
        while total < bytes {
            var body = ""
            let sentences = g.int(12...40)
            for s in 0..<sentences {
                body += dense || g.int(0...4) < 2 ? sentence(&g) : g.pick(fillers)
                body += s % 4 == 3 ? "\n" : " "
            }
            total += body.utf8.count
            articles.append(body)
        }
        return articles
    }
}
