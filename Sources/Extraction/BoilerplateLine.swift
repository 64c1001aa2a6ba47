/// Lines that are not article text even inside the article container.
enum BoilerplateLine {
    private static let markers: [[UInt8]] = ExtractionTables.copyrightMarkers.map { Array($0.utf8) }
    private static let leads: [[UInt8]] = ExtractionTables.boilerplateLeads.map { Array($0.utf8) }
    /// A portal's own help layers around a partner's article (`기사 섹션 분류 안내` and its
    /// explanation): longer than a lead, so checked up to a few sentences.
    private static let portalChrome: [[UInt8]] = ExtractionTables.portalChrome.map { Array($0.utf8) }
    /// Photo captions: `▲ 27일 서울 …`, `△ …`, and credits `(사진=누리일보 DB)`.
    private static let captionLeads: [[UInt8]] = ExtractionTables.captionLeads.map { Array($0.utf8) }
    /// `[사진=…]`, `[출처: …]` alone on its line; followed by a sentence it is that sentence's credit.
    private static let creditLeads: [[UInt8]] = ExtractionTables.photoCreditLeads.map { Array($0.utf8) }
    private static let photoCredit: [UInt8] = Array("사진=".utf8)
    private static let photoTag: [UInt8] = Array("[사진]".utf8)
    private static let jebo: [UInt8] = Array("제보".utf8)
    /// What makes a line with `제보` a broadcaster's tip line rather than news about a tip.
    private static let tipChannels: [[UInt8]] = ExtractionTables.tipChannels.map { Array($0.utf8) }
    /// Notices about the article itself (`본 기사는 … 서비스된 기사입니다.`), known by their
    /// start and their closing words.
    private static let noticeLeads: [[UInt8]] = ExtractionTables.noticeLeads.map { Array($0.utf8) }
    private static let noticeEnd: [UInt8] = Array("기사입니다".utf8)
    /// The right-of-reply notice (`반론·정정·추후 보도를 청구하실 분은 …`).
    private static let noticeMarkers: [[UInt8]] = ExtractionTables.noticeMarkers.map { Array($0.utf8) }
    private static let jeongjeong: [UInt8] = Array("정정".utf8)
    private static let bodo: [UInt8] = Array("보도".utf8)
    private static let gija: [UInt8] = Array("기자".utf8)
    private static let teukpawon: [UInt8] = Array("특파원".utf8)

    /// Whether a quotation opens at `start` (after spaces): `▲"…"` lists a quoted headline in
    /// the body (a market wrap's items), where `▲ 27일 서울 …` describes a photo.
    private static func opensQuote(_ b: [UInt8], at start: Int) -> Bool {
        var k = start
        while k < b.count, b[k] == 0x20 { k += 1 }
        guard k < b.count else { return false }
        if b[k] == 0x22 || b[k] == 0x27 { return true }
        // “ ‘ (E2 80 9C, E2 80 98)
        return k + 2 < b.count && b[k] == 0xE2 && b[k + 1] == 0x80 && (b[k + 2] == 0x9C || b[k + 2] == 0x98)
    }

    static func isBoilerplate(_ b: [UInt8]) -> Bool {
        let n = b.count
        if n < 400 {
            for m in markers where ElementClass.contains(b, m) { return true }
        }
        if n < 160 {
            for l in leads where PublishTimeParser.hasPrefix(b, 0, n, l) { return true }
        }
        if n < 300, noticeLeads.contains(where: { PublishTimeParser.hasPrefix(b, 0, n, $0) }), ElementClass.contains(b, noticeEnd) { return true }
        // Every right-of-reply phrase holds 정정 or 보도 (the generator checks): two passes find
        // the few lines that can hold one.
        if n < 400, ElementClass.contains(b, jeongjeong) || ElementClass.contains(b, bodo) {
            for m in noticeMarkers where ElementClass.contains(b, m) { return true }
        }
        if n < 600 {
            for l in portalChrome where PublishTimeParser.hasPrefix(b, 0, n, l) { return true }
        }
        if n < 400 {
            for l in captionLeads where PublishTimeParser.hasPrefix(b, 0, n, l) && !opensQuote(b, at: l.count) { return true }
            if n < 120, creditLeads.contains(where: { PublishTimeParser.hasPrefix(b, 0, n, $0) }), b[n - 1] == 0x5D || b[n - 1] == 0x29 || b[n - 1] == 0x3E { return true }
            // `[사진]누리일보 DB`: a photo's source line.
            if n < 60, PublishTimeParser.hasPrefix(b, 0, n, photoTag) { return true }
            if n < 200, ElementClass.contains(b, photoCredit) { return true }
            // A caption ends in its credit: `…답하고 있다.(사진=국회사진취재단)`.
            if n > 8, b[n - 1] == 0x29 || b[n - 1] == 0x5D, let credit = lastIndex(of: photoCredit, in: b), n - credit < 60 { return true }
            // `※ 뉴스 제보: 전화 02-000-0000, 카카오톡 …`: a tip line gives a number, an address
            // or a messenger to send to; news about a tip does not.
            if ElementClass.contains(b, jebo) {
                var digits = 0
                for x in b where PublishTimeParser.isDigit(x) { digits += 1 }
                if (digits >= 7 && b.contains(0x2D)) || b.contains(0x40) || tipChannels.contains(where: { ElementClass.contains(b, $0) }) { return true }
            }
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
            // A byline date line inside the body: `입력 2025.06.27 17:12`, and the reporter's
            // line with the time: `홍길동 기자 | 2020-03-04 16:52:59`.
            if n < 100, let first = PublishTimeParser.firstDate(in: b, from: 0, to: n) {
                if BylineParser.label(before: first.range.lowerBound, in: b, floor: 0) != .none, first.range.lowerBound < 24 { return true }
                var end = first.range.lowerBound
                while end > 0, b[end - 1] == 0x20 || b[end - 1] == 0x7C || b[end - 1] == 0x2C || b[end - 1] == 0x2F { end -= 1 }
                if end > 0, end < 48, first.range.upperBound + 12 >= n,
                    (end >= gija.count && PublishTimeParser.hasPrefix(b, end - gija.count, end, gija))
                        || (end >= teukpawon.count && PublishTimeParser.hasPrefix(b, end - teukpawon.count, end, teukpawon))
                {
                    return true
                }
            }
        }
        return false
    }

    private static func lastIndex(of needle: [UInt8], in b: [UInt8]) -> Int? {
        var i = b.count - needle.count
        while i >= 0 {
            if b[i] == needle[0], PublishTimeParser.hasPrefix(b, i, b.count, needle) { return i }
            i -= 1
        }
        return nil
    }

    /// Wire services whose name alone, after the last sentence, credits the story.
    private static let agencies: [[UInt8]] = ExtractionTables.agencyTails.map { Array($0.utf8) }

    /// The length of `b` without a credit glued to its last sentence: a reporter's e-mail
    /// (below) or a wire service's name (`…짧게 말했다. 연합뉴스`).
    static func lengthWithoutCreditTail(_ b: [UInt8]) -> Int {
        let n = b.count
        for a in agencies where n > a.count + 24 && PublishTimeParser.hasPrefix(b, n - a.count, n, a) {
            var cut = n - a.count
            guard b[cut - 1] == 0x20 || b[cut - 1] == 0x2F else { break }
            while cut > 0, b[cut - 1] == 0x20 || b[cut - 1] == 0x2F { cut -= 1 }
            let last = b[cut - 1]
            if last == 0x2E || last == 0x21 || last == 0x3F || last == 0x22 || (cut >= 3 && b[cut - 3] == 0xE2 && b[cut - 2] == 0x80 && last == 0x9D) {
                return cut
            }
            break
        }
        return lengthWithoutEmailTail(b)
    }

    /// The length of `b` without a reporter's e-mail glued to its last sentence
    /// (`…라고 말했다.홍길동 기자 gildong@news.example`); `b.count` when there is none.
    ///
    /// Only a tail counts: the address must end the paragraph (closing brackets aside), and
    /// what precedes it may be a `이름 기자` byline and a `/` or `=`.
    static func lengthWithoutEmailTail(_ b: [UInt8]) -> Int {
        var end = b.count
        while end > 0, b[end - 1] == 0x20 || b[end - 1] == 0x29 || b[end - 1] == 0x5D { end -= 1 }
        // The address: ASCII word characters, one `@`, a dot after it.
        var start = end
        var at = -1
        while start > 0 {
            let x = b[start - 1]
            let word = (x >= 0x30 && x <= 0x39) || PublishTimeParser.isLetter(x) || x == 0x2E || x == 0x5F || x == 0x2D || x == 0x2B
            if x == 0x40 && at < 0 { at = start - 1 } else if !word { break }
            start -= 1
        }
        guard at > start, end - at > 3, b[(at + 1)..<end].contains(0x2E), start > 0 else { return b.count }
        var cut = start
        while cut > 0, b[cut - 1] == 0x20 || b[cut - 1] == 0x2F || b[cut - 1] == 0x3D || b[cut - 1] == 0x28 || b[cut - 1] == 0x5B { cut -= 1 }
        for role in [gija, teukpawon] where cut >= role.count && PublishTimeParser.hasPrefix(b, cut - role.count, cut, role) {
            var j = cut - role.count
            if j > 0, b[j - 1] == 0x20 { j -= 1 }
            var syllables = 0
            while j >= 3, BylineParser.isHangulSyllable(b, j - 3), syllables < 4 { j -= 3; syllables += 1 }
            if syllables >= 2 { cut = j }
            break
        }
        while cut > 0, b[cut - 1] == 0x20 { cut -= 1 }
        // What is left must be a sentence (ending `.`, `!`, `?` or a closing quote), or the
        // address was the paragraph.
        guard cut >= 24 else { return b.count }
        let last = b[cut - 1]
        let endsSentence = last == 0x2E || last == 0x21 || last == 0x3F || last == 0x22 || last == 0x27
            || (cut >= 3 && b[cut - 3] == 0xE2 && b[cut - 2] == 0x80 && (last == 0x9D || last == 0x99))
        return endsSentence ? cut : b.count
    }
}
