/// Lines that are not article text even inside the article container.
enum BoilerplateLine {
    private static let markers: [[UInt8]] = ["ⓒ", "©", "무단전재", "무단 전재", "재배포 금지", "재배포금지", "Copyright", "COPYRIGHT", "copyright", "저작권자", "All rights reserved", "All Rights Reserved"].map { Array($0.utf8) }
    private static let leads: [[UInt8]] = ["관련기사", "관련 기사", "기사 더보기", "기사더보기", "▶", "☞", "■ 관련", "[관련", "많이 본 뉴스", "다른기사 보기", "다른 기사 보기", "기자의 다른 기사", "기자 다른기사", "이 기사를 추천", "구독하기", "좋아요", "공유하기"].map { Array($0.utf8) }
    private static let gija: [UInt8] = Array("기자".utf8)
    private static let teukpawon: [UInt8] = Array("특파원".utf8)

    static func isBoilerplate(_ b: [UInt8]) -> Bool {
        let n = b.count
        if n < 400 {
            for m in markers where ElementClass.contains(b, m) { return true }
        }
        if n < 160 {
            for l in leads where PublishTimeParser.hasPrefix(b, 0, n, l) { return true }
        }
        // Reporter lines: `홍길동 기자 gildong@news.example`, `gildong@news.example`, `홍길동 기자`.
        if n < 120 {
            if let at = b.firstIndex(of: 0x40), at > 0, b[(at + 1)...].contains(0x2E) {
                var words = 1
                for x in b where x == 0x20 { words += 1 }
                if words <= 5 || ElementClass.contains(b, gija) { return true }
            }
            if n < 48 {
                var end = n
                while end > 0, b[end - 1] == 0x5D || b[end - 1] == 0x29 || b[end - 1] == 0x20 || b[end - 1] == 0x3D { end -= 1 }
                if end >= gija.count, PublishTimeParser.hasPrefix(b, end - gija.count, end, gija) { return true }
                if end >= teukpawon.count, PublishTimeParser.hasPrefix(b, end - teukpawon.count, end, teukpawon) { return true }
            }
            // A byline date line inside the body: `입력 2025.06.27 17:12`.
            if n < 100, let first = PublishTimeParser.firstDate(in: b, from: 0, to: n),
                BylineParser.label(before: first.range.lowerBound, in: b, floor: 0) != .none,
                first.range.lowerBound < 24
            {
                return true
            }
        }
        return false
    }
}
