import NewsModel

/// Finds the publish time and the reporter in the visible text of a page.
///
/// Korean news pages print `입력 2025.06.27 17:12 | 수정 2025.06.28 09:00` and
/// `홍길동 기자 gildong@news.example` in many markups; searching the page's text stream (block
/// boundaries as newlines) rather than particular elements catches them all with one scan.
enum BylineParser {
    enum Label { case published, modified, none }

    private static let publishedLabels: [[UInt8]] = ExtractionTables.publishedLabels.map { Array($0.utf8) }
    private static let modifiedLabels: [[UInt8]] = ExtractionTables.modifiedLabels.map { Array($0.utf8) }

    /// The label written just before `position` (within a few characters), if any.
    static func label(before position: Int, in s: [UInt8], floor: Int) -> Label {
        // Walk back over separators: spaces, colons, `일`, `시간`, brackets.
        var j = position
        let lower = max(floor, position - 24)
        while j > lower {
            let b = s[j - 1]
            if b == 0x20 || b == 0x3A || b == 0x7C || b == 0x5B || b == 0x28 || b == 0x2D || b == 0x3D {
                j -= 1
                continue
            }
            break
        }
        // `입력일`, `등록일시`: drop the 일/일시 suffix.
        for suffix in [Array("일시".utf8), Array("일자".utf8), Array("일".utf8), Array("시간".utf8)] where j - suffix.count >= lower {
            if PublishTimeParser.hasPrefix(s, j - suffix.count, j, suffix) {
                j -= suffix.count
                break
            }
        }
        for l in publishedLabels where j - l.count >= max(0, floor) {
            if PublishTimeParser.hasPrefix(s, j - l.count, j, l) {
                // `수정 입력` never happens; but `최종수정` ends in 수정, checked below.
                return .published
            }
        }
        for l in modifiedLabels where j - l.count >= max(0, floor) {
            if PublishTimeParser.hasPrefix(s, j - l.count, j, l) { return .modified }
        }
        return .none
    }

    /// The publish time a reader would take from the visible page.
    ///
    /// Order: a date labelled 입력/등록/기사입력 anywhere; else the unlabelled date with a time
    /// closest before the article text, then the first after it; else a plain date just before the text;
    /// else a date labelled 수정 (better than nothing).
    static func publishTime(in s: [UInt8], bodyStart: Int, bodyEnd: Int) -> (PublishTime?, invalid: String?) {
        let dates = PublishTimeParser.allDates(in: s, from: 0, to: s.count)
        if dates.isEmpty { return (nil, nil) }
        var labelled: [(PublishTimeParser.Match, Int, Label, Bool)] = []
        for d in dates {
            labelled.append((d.match, d.range.lowerBound, label(before: d.range.lowerBound, in: s, floor: 0), d.hasTime))
        }
        func pick(_ m: PublishTimeParser.Match) -> (PublishTime?, String?) {
            switch m {
            case .valid(let t): return (t, nil)
            case .invalid(let message): return (nil, message)
            }
        }
        // A labelled date without a time after the article is the publication's registration
        // in the footer (`등록일 : 2010-01-05`, `발행일 …`), not this article's.
        if let d = labelled.first(where: { $0.2 == .published && ($0.3 || $0.1 < bodyEnd) }) { return pick(d.0) }
        if let d = labelled.last(where: { $0.2 == .none && $0.3 && $0.1 < bodyStart }) { return pick(d.0) }
        // A byline line at the top of the body itself (`홍길동 기자 | 2020-03-04 16:52:59`).
        if let d = labelled.first(where: { $0.2 == .none && $0.3 && $0.1 >= bodyStart && $0.1 < bodyStart + 400 }) { return pick(d.0) }
        if let d = labelled.first(where: { $0.2 == .none && $0.3 && $0.1 >= bodyEnd }) { return pick(d.0) }
        if let d = labelled.last(where: { $0.2 == .none && $0.1 < bodyStart && $0.1 >= bodyStart - 600 }) { return pick(d.0) }
        if let d = labelled.first(where: { $0.2 == .modified }) { return pick(d.0) }
        return (nil, nil)
    }

    // MARK: - Authors

    private static let roles: [[UInt8]] = ExtractionTables.roles.map { Array($0.utf8) }
    /// Credits written only before the name, at a word start: `글 홍길동 ·`, `글·사진 홍길동`.
    private static let creditLeads: [[UInt8]] = ["글·사진", "글", "By", "by"].map { Array($0.utf8) }
    /// Roles also written before the name (`칼럼니스트 박생강`, `논설위원 홍길동`).
    private static let leadingRoles: [[UInt8]] = ExtractionTables.leadingRoles.map { Array($0.utf8) }

    /// `홍길동 기자`, `[경제신문 홍길동 기자]`, `글·사진 홍길동 기자`, `홍길동·김철수 기자`,
    /// searched near the article first: from a little before `bodyStart` to just after `bodyEnd`.
    ///
    /// Several reporters in a row (`박성민기자 , 이권효기자`, one per list item) are all taken,
    /// joined by `, `. Without any role word, the short name standing alone just before an
    /// 입력/등록 label is the byline slot's author (`이근홍 · 입력 2018.05.16`).
    static func author(in s: [UInt8], bodyStart: Int, bodyEnd: Int) -> String? {
        let lower = max(0, bodyStart - 2000)
        let upper = min(s.count, bodyEnd + 800)
        if let names = reporters(in: s, from: lower, to: upper) { return names }
        let slotEnd = min(s.count, bodyStart + 400)
        return nameBeforeDateLabel(in: s, from: lower, to: slotEnd) ?? deskCredit(in: s, from: lower, to: slotEnd)
    }

    /// The reporters a visible list names first with `name` (`홍길동 기자 김철수 기자 …`),
    /// joined by `, `, when `name` heads such a list near the text (from 2000 bytes before
    /// `bodyStart` to 800 after it); nil otherwise. Meta tags often name only the first.
    static func list(startingWith name: String, in s: [UInt8], bodyStart: Int) -> String? {
        let needle = Array(name.utf8)
        guard let first = needle.first else { return nil }
        let lower = max(0, bodyStart - 2000)
        let upper = min(s.count, bodyStart + 800)
        var i = lower
        var tries = 0
        while i + needle.count <= upper, tries < 8 {
            if s[i] == first, PublishTimeParser.hasPrefix(s, i, upper, needle), i == lower || i < 3 || !isHangulSyllable(s, i - 3) {
                tries += 1
                if let names = reporters(in: s, from: i, to: upper), names.utf8.starts(with: (name + ", ").utf8) { return names }
            }
            i += 1
        }
        return nil
    }

    /// The first byline in `s[from..<to]` and the reporters listed right after it.
    private static func reporters(in s: [UInt8], from lower: Int, to upper: Int) -> String? {
        guard let first = locateAuthor(in: s, from: lower, to: upper) else { return nil }
        var names = [first.name]
        var end = first.end
        while names.count < 16 {
            var k = end
            var separators = 0
            var emails = 0
            while k < upper, separators < 8 {
                let b = s[k]
                if b == 0x20 || b == 0x0A || b == 0x2C || b == 0x2F || b == 0x7C { k += 1; separators += 1; continue }
                if b == 0xC2, k + 1 < upper, s[k + 1] == 0xB7 { k += 2; separators += 1; continue }
                // `홍길동 기자 hong@news.example` then the next reporter (one list item each): the
                // first one's address stands between the names.
                if separators > 0, emails == 0, let e = emailEnd(s, k, upper) { k = e; emails += 1; continue }
                break
            }
            guard separators > 0 else { break }
            // `세종=박경담 기자` in a list of reporters: a dateline city before the name.
            k = cityPrefixEnd(s, k, upper) ?? k
            guard let next = locateAuthor(in: s, from: k, to: min(upper, k + 48)), next.start == k else { break }
            if !names.contains(next.name) { names.append(next.name) }
            end = next.end
        }
        return names.joined(separator: ", ")
    }

    /// The end of an e-mail address starting at `k` (`hong@news.example`, also in brackets),
    /// or nil when none starts there.
    private static func emailEnd(_ s: [UInt8], _ k: Int, _ limit: Int) -> Int? {
        func isLocal(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2E || b == 0x5F || b == 0x2D || b == 0x2B
        }
        var i = k
        let open = i < limit && (s[i] == 0x28 || s[i] == 0x5B || s[i] == 0x3C)
        if open { i += 1 }
        let localStart = i
        while i < limit, i - localStart < 64, isLocal(s[i]) { i += 1 }
        guard i > localStart, i < limit, s[i] == 0x40 else { return nil }
        i += 1
        let domainStart = i
        var dots = 0
        while i < limit, i - domainStart < 64, isLocal(s[i]) && s[i] != 0x5F && s[i] != 0x2B { if s[i] == 0x2E { dots += 1 }; i += 1 }
        guard dots > 0, i - domainStart >= 3 else { return nil }
        if open, i < limit, s[i] == 0x29 || s[i] == 0x5D || s[i] == 0x3E { i += 1 }
        return i
    }

    static func firstAuthor(in s: [UInt8], from: Int, to: Int) -> String? {
        locateAuthor(in: s, from: from, to: to)?.name
    }

    /// The first byline in `s[from..<to]`: the name, where it starts, where its role word ends.
    static func locateAuthor(in s: [UInt8], from: Int, to: Int) -> (name: String, start: Int, end: Int)? {
        var i = from
        while i + 6 <= to {
            // `글 홍길동 ·` at a line start or after a bracket or separator.
            if (s[i] == 0xEA || s[i] == 0x42 || s[i] == 0x62), i == from || s[i - 1] == 0x0A || s[i - 1] == 0x5B || s[i - 1] == 0x28 || s[i - 1] == 0x7C {
                for lead in creditLeads where PublishTimeParser.hasPrefix(s, i, to, lead) {
                    if let name = nameAfter(roleEnd: i + lead.count, in: s, limit: to) {
                        return (name, i, i + lead.count + 1 + name.utf8.count)
                    }
                }
            }
            // Every role word starts with a Hangul syllable (3 bytes, lead 0xEA–0xED).
            if s[i] >= 0xEA && s[i] <= 0xED {
                for role in roles where PublishTimeParser.hasPrefix(s, i, to, role) {
                    if let (name, start) = nameBefore(role: i, roleEnd: i + role.count, in: s, limit: to, floor: from) {
                        return (name, max(from, start), i + role.count)
                    }
                    if leadingRoles.contains(role), let name = nameAfter(roleEnd: i + role.count, in: s, limit: to) {
                        return (name, i, i + role.count + 1 + name.utf8.count)
                    }
                }
            }
            i += 1
        }
        return nil
    }

    /// Words that stand before a publish label without being a name (`기사 입력`, `최초 등록`).
    private static let slotWords: Set<String> = Set(ExtractionTables.slotWords)

    /// `이근홍 입력 2018. 05. 16.`: a 2-4 syllable name alone at the start of a line (or after
    /// `|`), right before a publish label. Portals print the byline slot this way.
    private static func nameBeforeDateLabel(in s: [UInt8], from: Int, to: Int) -> String? {
        var i = from
        // The closing-credit search reads the rest of the page: once per page at most.
        var phraseTried = false
        while i + 6 <= to {
            if s[i] >= 0xEA && s[i] <= 0xED {
                for l in publishedLabels where PublishTimeParser.hasPrefix(s, i, to, l) {
                    var j = i
                    while j > from, s[j - 1] == 0x20 { j -= 1 }
                    let nameEnd = j
                    var syllables = 0
                    while j - 3 >= from, isHangulSyllable(s, j - 3), syllables < 5 { j -= 3; syllables += 1 }
                    guard nameEnd < i else { continue }
                    // A date must follow the label (`입력 2018. 05. 16.`), else this is prose.
                    var k = i + l.count
                    while k < s.count, k - i < 12, !PublishTimeParser.isDigit(s[k]) { k += 1 }
                    guard k < s.count, PublishTimeParser.isDigit(s[k]) else { continue }
                    let atSlotStart = j == from || s[j - 1] == 0x0A || s[j - 1] == 0x7C
                    guard syllables >= 2 && syllables <= 4, atSlotStart else {
                        if !phraseTried, let phrase = creditedSlotPhrase(in: s, from: from, end: nameEnd, tried: &phraseTried) { return phrase }
                        continue
                    }
                    let name = String(decoding: s[j..<nameEnd], as: UTF8.self)
                    if slotWords.contains(name) { continue }
                    return name
                }
            }
            i += 1
        }
        return nil
    }

    /// `CBS 김현정의 뉴스쇼 입력 …`: a programme or column name of up to four words fills the
    /// byline slot, taken only when the article repeats it as its closing credit
    /// (`[CBS 김현정의 뉴스쇼]`), so a menu or section path before the label never is.
    private static func creditedSlotPhrase(in s: [UInt8], from: Int, end: Int, tried: inout Bool) -> String? {
        var j = end
        var words = 1
        while j > from, end - j < 72 {
            let b = s[j - 1]
            if b == 0x0A || b == 0x7C { break }
            if b == 0x20 { words += 1 }
            else if !(PublishTimeParser.isDigit(b) || PublishTimeParser.isLetter(b) || b >= 0x80) { return nil }
            j -= 1
        }
        guard j == from || s[j - 1] == 0x0A || s[j - 1] == 0x7C, words >= 2, words <= 4, end - j >= 6 else { return nil }
        while j < end, s[j] == 0x20 { j += 1 }
        tried = true
        let credit = [0x5B] + Array(s[j..<end]) + [0x5D]
        var k = end
        while k + credit.count <= s.count {
            if s[k] == 0x5B, PublishTimeParser.hasPrefix(s, k, s.count, credit) { return String(decoding: s[j..<end], as: UTF8.self) }
            k += 1
        }
        return nil
    }

    @inline(__always)
    static func isHangulSyllable(_ s: [UInt8], _ i: Int) -> Bool {
        guard i + 2 < s.count else { return false }
        let b0 = s[i], b1 = s[i + 1]
        if b0 < 0xEA || b0 > 0xED { return false }
        if b0 == 0xEA && b1 < 0xB0 { return false }
        if b0 == 0xED && (b1 > 0x9E || (b1 == 0x9E && s[i + 2] > 0xA3)) { return false }
        return true
    }

    /// The end of a dateline city written before a name in a list (`세종=`): one to four
    /// syllables and `=`.
    private static func cityPrefixEnd(_ s: [UInt8], _ k: Int, _ limit: Int) -> Int? {
        var j = k
        var syllables = 0
        while j + 3 <= limit, isHangulSyllable(s, j), syllables < 5 { j += 3; syllables += 1 }
        guard syllables >= 1, syllables <= 4, j < limit, s[j] == 0x3D else { return nil }
        return j + 1
    }

    /// Whether `s[space]` is the space after a dateline's closing bracket whose group holds
    /// `=`: `(세종=연합뉴스) `, `[서울=뉴시스] `, `【서울=뉴시스】`.
    private static func followsDateline(_ s: [UInt8], space: Int, floor: Int) -> Bool {
        guard space - 1 >= floor, s[space] == 0x20 else { return false }
        var k = space - 1
        if s[k] == 0x29 || s[k] == 0x5D {
            k -= 1
        } else if k - 2 >= floor, s[k - 2] == 0xE3, s[k - 1] == 0x80, s[k] == 0x91 {
            k -= 3
        } else {
            return false
        }
        var sawEquals = false
        let stop = max(floor, k - 40)
        while k >= stop {
            let b = s[k]
            if b == 0x3D { sawEquals = true }
            if b == 0x28 || b == 0x5B || (b == 0x90 && k >= 2 && s[k - 2] == 0xE3 && s[k - 1] == 0x80) { return sawEquals }
            if b == 0x0A { return false }
            k -= 1
        }
        return false
    }

    /// The name (or names) before a role word, and where they start.
    private static func nameBefore(role: Int, roleEnd: Int, in s: [UInt8], limit: Int, floor: Int) -> (String, Int)? {
        // After the role: not another Hangul syllable (`기자회견`, `기자들`), and then what ends
        // a byline: end of line, `=`, a bracket, an e-mail, a date or its label. `현장 기자 출신`
        // in running text is not a byline.
        if roleEnd < limit, isHangulSyllable(s, roleEnd) { return nil }
        if !endsByline(s, roleEnd, limit) { return nil }
        var j = role
        // One optional space between name and role (`홍길동 기자`, `홍길동기자`).
        if j > floor, s[j - 1] == 0x20 { j -= 1 }
        let nameEnd = j
        var syllables = 0
        while j - 3 >= floor, isHangulSyllable(s, j - 3), syllables < 5 { j -= 3; syllables += 1 }
        guard syllables >= 2 && syllables <= 4 else { return nil }
        // The name must start at a boundary, not inside a longer word.
        if j > floor {
            let b = s[j - 1]
            let ok = b == 0x20 || b == 0x0A || b == 0x5B || b == 0x28 || b == 0x3D || b == 0x2C || b == 0x7C
                || b == 0x2F || b == 0x22 || b == 0x27 || b == 0x3E || (j >= 2 && s[j - 2] == 0xC2 && b == 0xB7)
                || (j >= 3 && s[j - 3] == 0xE2 && s[j - 2] == 0x80 && (b == 0xA2 || b == 0x9C || b == 0x98))
                || (j >= 3 && s[j - 3] == 0xE3 && s[j - 2] == 0x80)
            if !ok { return nil }
        }
        // `…모습. /홍길동 기자` ending a caption line: the photographer.
        if j > floor, s[j - 1] == 0x2F {
            var lineStart = j - 1
            while lineStart > floor, s[lineStart - 1] != 0x0A { lineStart -= 1 }
            if j - 1 - lineStart > 40 { return nil }
        }
        // `사진=홍길동 기자`, `그래픽=…`, `영상=…`: a credit, not the article's reporter.
        if j > floor, s[j - 1] == 0x3D || (j >= 2 && s[j - 2] == 0x3D && s[j - 1] == 0x20) {
            let eq = s[j - 1] == 0x3D ? j - 1 : j - 2
            for credit in creditWords where eq - credit.count >= floor && PublishTimeParser.hasPrefix(s, eq - credit.count, eq, credit) {
                return nil
            }
        }
        var name = String(decoding: s[j..<nameEnd], as: UTF8.self)
        var start = j
        // `홍길동·김철수 기자`: a second name joined by a middle dot.
        if j >= 2 + 6, s[j - 2] == 0xC2, s[j - 1] == 0xB7 {
            var k = j - 2
            let otherEnd = k
            var n = 0
            while k - 3 >= floor, isHangulSyllable(s, k - 3), n < 5 { k -= 3; n += 1 }
            if n >= 2 && n <= 4 && (k == floor || !isHangulSyllable(s, k - 3)) {
                name = String(decoding: s[k..<otherEnd], as: UTF8.self) + "·" + name
                start = k
            }
        }
        // `(세종=연합뉴스) 이세원 이대희 민경락 기자 =`: a wire dateline names every reporter,
        // separated by spaces, before one role word.
        if start == j {
            var others: [String] = []
            var k = j
            while others.count < 8, k - 1 > floor, s[k - 1] == 0x20 {
                var w = k - 1
                var n = 0
                while w - 3 >= floor, isHangulSyllable(s, w - 3), n < 5 { w -= 3; n += 1 }
                guard n >= 2 && n <= 4, w - 1 >= floor, s[w - 1] == 0x20 else { break }
                // `[서울=뉴시스] 사회부 홍길동 기자`: a desk (…부, …팀, …국) is not a reporter.
                if deskEndings.contains(where: { PublishTimeParser.hasPrefix(s, k - 4, k - 1, $0) }) { break }
                others.insert(String(decoding: s[w..<(k - 1)], as: UTF8.self), at: 0)
                k = w
            }
            if !others.isEmpty, followsDateline(s, space: k - 1, floor: floor) {
                name = (others + [name]).joined(separator: ", ")
                start = k
            }
        }
        return (name, start)
    }

    /// `디지털뉴스팀` alone on its line in the byline slot, or in the dateline
    /// (`[인사이트] 디지털뉴스팀 =`): a newsroom desk credited instead of a person.
    private static func deskCredit(in s: [UInt8], from: Int, to: Int) -> String? {
        // Looked up by the suffix's last syllable, so most positions cost one compare.
        var i = from + 3
        while i + 3 <= to {
            defer { i += 1 }
            guard s[i] >= 0xEA && s[i] <= 0xED else { continue }
            let code = UInt32(s[i]) << 16 | UInt32(s[i + 1]) << 8 | UInt32(s[i + 2])
            guard deskLastSyllables.contains(code) else { continue }
            let end = i + 3
            for suffix in deskSuffixes where suffix.count <= end - from && PublishTimeParser.hasPrefix(s, end - suffix.count, end, suffix) {
                var j = end - suffix.count
                var n = 0
                while j - 3 >= from, isHangulSyllable(s, j - 3), n < 8 { j -= 3; n += 1 }
                guard n >= 1, n <= 7 else { continue }
                let lineStart = j == from || s[j - 1] == 0x0A || s[j - 1] == 0x7C
                let afterDateline = j - 2 >= from && s[j - 1] == 0x20 && (s[j - 2] == 0x5D || s[j - 2] == 0x29)
                var k = end
                while k < to, s[k] == 0x20 { k += 1 }
                let lineEnd = k >= to || s[k] == 0x0A || s[k] == 0x7C
                let datelineEnd = k < to && s[k] == 0x3D
                if (lineStart && (lineEnd || datelineEnd)) || (afterDateline && datelineEnd) {
                    return String(decoding: s[j..<end], as: UTF8.self)
                }
            }
        }
        return nil
    }

    private static let deskLastSyllables: [UInt32] = Array(Set(deskSuffixes.map { s in
        UInt32(s[s.count - 3]) << 16 | UInt32(s[s.count - 2]) << 8 | UInt32(s[s.count - 1])
    }))
    private static let deskEndings: [[UInt8]] = ["부", "팀", "국"].map { Array($0.utf8) }

    private static let deskSuffixes: [[UInt8]] = ExtractionTables.deskSuffixes.map { Array($0.utf8) }

    /// `칼럼니스트 박생강` at a line start or after a bracket: one space, a 2-4 syllable name,
    /// then what ends a byline. Running text (`칼럼니스트 박씨는`) runs on into more syllables.
    private static func nameAfter(roleEnd: Int, in s: [UInt8], limit: Int) -> String? {
        guard roleEnd < limit, s[roleEnd] == 0x20 else { return nil }
        let start = roleEnd + 1
        var j = start
        var syllables = 0
        while j + 3 <= limit, isHangulSyllable(s, j), syllables < 5 { j += 3; syllables += 1 }
        guard syllables >= 2 && syllables <= 4, endsByline(s, j, limit) || isTail(s, j, limit) else { return nil }
        if j < limit, s[j] != 0x20, s[j] != 0x0A, !endsByline(s, j, limit) { return nil }
        return String(decoding: s[start..<j], as: UTF8.self)
    }

    /// End of line or of the text.
    private static func isTail(_ s: [UInt8], _ i: Int, _ limit: Int) -> Bool {
        var k = i
        while k < limit, s[k] == 0x20 { k += 1 }
        return k >= limit || s[k] == 0x0A
    }

    private static let creditWords: [[UInt8]] = ["사진", "그래픽", "영상", "편집", "일러스트", "사진 "].map { Array($0.utf8) }

    private static let bylineFollowers: [[UInt8]] = ["입력", "기사입력", "등록", "수정", "승인", "발행", "사진", "기자", "(", "[", "="].map { Array($0.utf8) }

    private static func endsByline(_ s: [UInt8], _ start: Int, _ limit: Int) -> Bool {
        var i = start
        while i < limit, s[i] == 0x20 { i += 1 }
        if i >= limit { return true }
        let b = s[i]
        if b == 0x0A || b == 0x3D || b == 0x5D || b == 0x29 || b == 0x2C || b == 0x7C || b == 0x2F || b == 0x3E || b == 0x22 { return true }
        if b == 0xC2, i + 1 < limit, s[i + 1] == 0xB7 { return true }  // ·
        if PublishTimeParser.isDigit(b) { return true }
        for f in bylineFollowers where PublishTimeParser.hasPrefix(s, i, limit, f) { return true }
        // `홍길동 기자 외 1명`
        if PublishTimeParser.hasPrefix(s, i, limit, Self.others) {
            var k = i + Self.others.count
            while k < limit, s[k] == 0x20 { k += 1 }
            if k < limit, PublishTimeParser.isDigit(s[k]) { return true }
        }
        // An e-mail address: ASCII word characters up to an `@`.
        var j = i
        while j < limit, j - i < 64, (s[j] >= 0x30 && s[j] <= 0x39) || PublishTimeParser.isLetter(s[j]) || s[j] == 0x2E || s[j] == 0x5F || s[j] == 0x2D { j += 1 }
        return j > i && j < limit && s[j] == 0x40
    }

    private static let others: [UInt8] = Array("외".utf8)

    /// Every author named in a metadata value (`홍길동 기자, 김철수 기자`, `By 홍길동`), cleaned.
    static func cleanAuthors(_ raw: String) -> [String] {
        var out: [String] = []
        for part in raw.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "、" || $0 == "|" }) {
            if let name = cleanAuthor(String(part)), !out.contains(name) { out.append(name) }
        }
        return out
    }

    private static let authorPrefixes = ["By ", "by ", "BY ", "글·사진 ", "글/사진 ", "글·사진=", "글=", "글 ", "사진 ", "사진=", "기고 ", "Written by "]
    /// Longest first, so `선임기자` is dropped whole rather than leaving `선임`.
    private static let roleWords = ExtractionTables.roles.sorted { $0.utf8.count > $1.utf8.count }

    /// Cleans an author from metadata: drops `By`/`글`/`사진` prefixes, `외 N명`, e-mail
    /// addresses, role words before or after the name, brackets and URLs.
    static func cleanAuthor(_ raw: String) -> String? {
        var text = raw.normalizedWhitespace
        if text.isEmpty || text.hasPrefix("http") || text.contains("://") { return nil }
        // Byte comparisons: String's hasPrefix walks graphemes, and this runs for every author.
        for prefix in authorPrefixes where text.utf8.starts(with: prefix.utf8) {
            text = String(decoding: text.utf8.dropFirst(prefix.utf8.count), as: UTF8.self).normalizedWhitespace
            break
        }
        // `홍길동 기자 외 1명`: the others are unnamed.
        if let r = text.range(of: " 외 "), text[r.upperBound...].first?.isNumber == true {
            text = String(text[..<r.lowerBound])
        }
        for role in roleWords where text.utf8.starts(with: (role + " ").utf8) {
            text = String(decoding: text.utf8.dropFirst(role.utf8.count + 1), as: UTF8.self)
            break
        }
        // A byline inside the value: take its name.
        let bytes = Array(text.utf8)
        if let name = firstAuthor(in: bytes, from: 0, to: bytes.count) { return name }
        // Drop e-mails and bracketed parts.
        var words: [Substring] = []
        for word in text.split(separator: " ") {
            if word.contains("@") { continue }
            words.append(word)
        }
        text = words.joined(separator: " ")
        for role in roleWords where text.utf8.reversed().starts(with: role.utf8.reversed()) {
            text = String(decoding: text.utf8.dropLast(role.utf8.count), as: UTF8.self)
            break
        }
        text = text.trimmingBrackets()
        if let name = nameBeforeAffiliation(text) { return name }
        return text.isEmpty ? nil : text
    }

    private static let affiliationRoles: [[UInt8]] = ExtractionTables.affiliationRoles.map { Array($0.utf8) }

    /// A contributor's byline giving name, organization and title (`홍길동 가나다연구소
    /// 기획위원`, `홍길동 가나대 교수`): the name. The name is the first word, two to four Hangul
    /// syllables; the last word ends with a title from `affiliationRoles`.
    static func nameBeforeAffiliation(_ text: String) -> String? {
        let words = text.split(separator: " ")
        guard words.count >= 2, words.count <= 5, let first = words.first, let last = words.last else { return nil }
        let name = first.unicodeScalars
        guard name.count >= 2, name.count <= 4, name.allSatisfy({ $0.value >= 0xAC00 && $0.value <= 0xD7A3 }) else { return nil }
        let tail = Array(last.utf8)
        guard affiliationRoles.contains(where: { tail.count >= $0.count && tail.reversed().starts(with: $0.reversed()) }) else { return nil }
        return String(first)
    }

    /// The reporter a broadcast script names in its sign-off, the last thing it says:
    /// `연합뉴스TV 홍길동입니다.`, `KBS 뉴스 홍길동입니다.` (an e-mail may follow). `outlets` are the
    /// page's own site names and the known broadcasters; the sign-off starts a line or follows a
    /// sentence end in one of the last three paragraphs.
    static func signOff(in paragraphs: [String], outlets: [String]) -> String? {
        let names = outlets.filter { !$0.isEmpty }.map { Array($0.unicodeScalars) }
        for line in paragraphs.suffix(3).reversed() {
            let u = Array(line.unicodeScalars)
            guard u.count < 400 else { continue }
            for outlet in names where outlet.count <= u.count {
                var i = 0
                while i + outlet.count <= u.count {
                    defer { i += 1 }
                    guard i == 0 || (u[i - 1] == " " && i >= 2 && (u[i - 2] == "." || u[i - 2] == "]")) else { continue }
                    guard Array(u[i..<(i + outlet.count)]) == outlet else { continue }
                    var j = i + outlet.count
                    if j < u.count, u[j] == " " { j += 1 }
                    // `KBS 뉴스 홍길동입니다`: the programme word after the outlet.
                    if j + 2 < u.count, u[j] == "뉴", u[j + 1] == "스", u[j + 2] == " " { j += 3 }
                    guard j > i + outlet.count else { continue }
                    var k = j
                    while k < u.count, u[k].value >= 0xAC00, u[k].value <= 0xD7A3 { k += 1 }
                    // The run is the name followed by 입니다: two to four syllables before it.
                    let run = k - j
                    guard run >= 5, run <= 7, u[k - 3] == "입", u[k - 2] == "니", u[k - 1] == "다" else { continue }
                    if k < u.count, u[k] != ".", u[k] != " " { continue }
                    var name = String.UnicodeScalarView()
                    name.append(contentsOf: u[j..<(k - 3)])
                    return String(name)
                }
            }
        }
        return nil
    }
}

extension String {
    func trimmingBrackets() -> String {
        var scalars = Substring(self)
        let junk: Set<Character> = ["[", "]", "(", ")", " ", "<", ">", "/", "|", ",", "="]
        while let f = scalars.first, junk.contains(f) { scalars = scalars.dropFirst() }
        while let l = scalars.last, junk.contains(l) { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
