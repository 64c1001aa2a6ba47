import NewsModel
import Testing
@testable import Normalization

@Suite("Robustness")
struct RobustnessTests {
    /// Random mixes of the characters the grammar cares about, plus emoji and combining marks:
    /// nothing may crash, and every mention must satisfy the span invariant and stay in order.
    @Test func randomTextNeverBreaksInvariants() {
        let alphabet = Array(
            "0123456789,.~-∼:/$€£¥₩ 원달러엔유로위안파운드만억조경천백십일이삼사오육칠팔구수여약최대소이상하미만초과넘는까지"
                + "년월일시분오전후낮밤새벽정자올해내지난작재는어제그모레전날다음주달번튿당상반기하연말중순께경쯤(금)요"
                + "가나다라abcXYZ🚀\u{0301}\n")
        var state: UInt64 = 0x1234_5678_9ABC_DEF0
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let n = Normalizer()
        let references: [CivilDateTime?] = [friday, nil, CivilDateTime(year: 1, month: 1, day: 1), CivilDateTime(year: 9999, month: 12, day: 31)]
        for round in 0..<3000 {
            let length = next() % 60
            var text = ""
            for _ in 0..<length { text.append(alphabet[next() % alphabet.count]) }
            let result = n.normalize(text, field: .body, reference: references[round % references.count])
            expectSpansMatchSurfaces(text, result)
            for m in result.money { #expect(m.amountLow <= m.amountHigh) }
        }
    }

    /// One `Normalizer` value shared by many tasks gives each the same answer as running alone.
    @Test func concurrentCallsAgree() async {
        let texts = (0..<64).map { i in
            "\(i % 28 + 1)일 \(i)억원을 투자했고 이날 오후 \(i % 12 + 1)시 발표했다. 지난해 \(i % 4 + 1)분기 매출은 \(i + 1)조 원이다."
        }
        let n = Normalizer()
        let expected = texts.map { n.normalize($0, field: .body, reference: friday) }
        let results = await withTaskGroup(of: (Int, [MoneyMention], [DateMention]).self) { group in
            for (i, text) in texts.enumerated() {
                group.addTask {
                    let r = n.normalize(text, field: .body, reference: friday)
                    return (i, r.money, r.dates)
                }
            }
            var out: [(Int, [MoneyMention], [DateMention])] = []
            for await r in group { out.append(r) }
            return out
        }
        #expect(results.count == texts.count)
        for (i, money, dates) in results {
            #expect(money == expected[i].money)
            #expect(dates == expected[i].dates)
            #expect(money.count == 2)
            #expect(dates.count == 3)
        }
    }
}
