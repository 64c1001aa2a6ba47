import Glibc

/// Drops the text of `<script>` and `<style>` elements before libxml2 parses a page.
///
/// News pages carry tens of kilobytes of inline JavaScript and CSS (ad queues, a JSON state
/// blob, whole style sheets): about a fifth of the benchmark corpus's bytes. libxml2 reads that
/// text byte by byte and copies it into the tree, and the generic extractor never looks at it.
/// Without it libxml2's parse executes a ninth fewer instructions; net of this scan, a run
/// executes 3% fewer (callgrind, 300 benchmark pages).
///
/// The scan follows libxml2's own HTML tokenizer (2.9) closely enough to find the same
/// elements: comments end at the first `-->` or `--!>` after the opening `<!--`; a start tag's
/// attributes are read as libxml2 reads them (quoted values run to the matching quote, a bogus
/// attribute to the next blank); a script or style is raw text up to its `</script` or
/// `</style` end tag, as libxml2 reads it in recovery mode. Kept are:
/// - scripts whose `type` mentions JSON (`application/ld+json` carries the metadata);
/// - everything from the first construct the scan does not model to the end of the page: an
///   unterminated comment, tag or script; raw text that begins with a tag (libxml2 reads that
///   tag as markup first); a raw-text end tag with a longer name (`</scriptx>`, after which
///   libxml2 reads raw text on); a processing instruction of unusual form;
/// - the whole page when it holds a NUL byte, which libxml2 treats specially.
///
/// The tree libxml2 builds is then the same, minus those text nodes: `ScriptStripperTests`
/// parses both with libxml2 and compares them on hand-made edge cases, every sample page and
/// 20,000 pages glued at random from tricky pieces (300,000 were compared while writing it).
/// Pages read through a site profile are never stripped: their XPath may select script text.
enum ScriptStripper {
    /// The page without the content of its scripts and styles; nil when nothing was removed.
    static func stripped(_ bytes: [UInt8]) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { page -> [UInt8]? in
            guard let base = page.baseAddress, !page.isEmpty, memchr(base, 0, page.count) == nil else { return nil }
            let cuts = Scanner(page).removableRanges()
            guard !cuts.isEmpty else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(page.count - cuts.reduce(0) { $0 + $1.count })
            var kept = 0
            for cut in cuts {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: page[kept..<cut.lowerBound]))
                kept = cut.upperBound
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: page[kept...]))
            return out
        }
    }

    private struct Scanner {
        let s: UnsafeBufferPointer<UInt8>
        let base: UnsafePointer<UInt8>
        let n: Int
        /// `Scanner.classes`, read once per page rather than through its lazy accessor per byte.
        let table: UnsafePointer<UInt8>

        init(_ s: UnsafeBufferPointer<UInt8>) {
            self.s = s
            base = s.baseAddress!
            n = s.count
            table = Scanner.classes
        }

        /// The byte ranges of script and style text to drop, in order.
        func removableRanges() -> [Range<Int>] {
            var cuts: [Range<Int>] = []
            var i = 0
            while i < n {
                guard let lt = find(UInt8(ascii: "<"), from: i) else { break }
                i = lt
                guard i + 1 < n else { break }
                let next = s[i + 1]
                if next == UInt8(ascii: "!") {
                    if i + 3 < n, s[i + 2] == UInt8(ascii: "-"), s[i + 3] == UInt8(ascii: "-") {
                        guard let end = commentEnd(from: i + 4) else { break }
                        i = end
                    } else if hasPrefixIgnoringCase("doctype", at: i + 2) {
                        guard let end = doctypeEnd(from: i + 9) else { break }
                        i = end
                    } else {
                        i += 1  // libxml2 takes the "<" as text
                    }
                } else if next == UInt8(ascii: "?") {
                    // A processing instruction with a target ends at ">"; anything else is rare
                    // enough not to model.
                    guard i + 2 < n, isASCIILetter(s[i + 2]) || s[i + 2] == UInt8(ascii: "_") || s[i + 2] == UInt8(ascii: ":"),
                          let gt = find(UInt8(ascii: ">"), from: i + 2) else { break }
                    i = gt + 1
                } else if next == UInt8(ascii: "/") {
                    if i + 2 < n, isNameStart(s[i + 2]) {
                        guard let gt = find(UInt8(ascii: ">"), from: i + 2) else { break }
                        i = gt + 1
                    } else {
                        i += 2  // "</" without a name: libxml2 drops it and reads on as content
                    }
                } else if isASCIILetter(next) {
                    var j = i + 1
                    while j < n, isNameChar(s[j]) { j += 1 }
                    let raw = RawText(name: i + 1..<j, in: self)
                    guard let tag = startTagEnd(from: j) else { break }
                    i = tag.end
                    guard let raw, !tag.selfClosing else { continue }
                    // libxml2 looks for an end tag, and for a start tag that closes the
                    // element, before it reads raw text: text that begins with "</" or "<x"
                    // is markup to it. Only the element's own end tag is followed from there.
                    if tag.end + 1 < n, s[tag.end] == UInt8(ascii: "<") {
                        let after = s[tag.end + 1]
                        if after == UInt8(ascii: "/") {
                            let nameEnd = tag.end + 2 + raw.name.utf8CodeUnitCount
                            guard hasPrefixIgnoringCase(raw.name, at: tag.end + 2), nameEnd < n, !isNameChar(s[nameEnd]) else { break }
                            continue  // empty: the end tag is read as any other
                        }
                        if isNameStart(after) { break }
                    }
                    // Raw text stops at any `</script…`, but only `</script` itself closes the
                    // element: after `</scriptx>` libxml2 drops the tag and reads raw text on.
                    guard let close = rawTextEnd(from: tag.end, name: raw.name) else { break }
                    let closeName = close + 2 + raw.name.utf8CodeUnitCount
                    guard closeName < n, !isNameChar(s[closeName]) else { break }
                    if close > tag.end && !(raw == .script && tag.mentionsJSON) {
                        cuts.append(tag.end..<close)
                    }
                    i = close
                } else {
                    i += 1
                }
            }
            return cuts
        }

        /// The elements whose text libxml2 reads raw, up to their own end tag.
        enum RawText {
            case script, style

            /// The element a start tag's name bytes name, whatever their case; nil for others.
            init?(name: Range<Int>, in scanner: Scanner) {
                if name.count == 6, scanner.hasPrefixIgnoringCase("script", at: name.lowerBound) {
                    self = .script
                } else if name.count == 5, scanner.hasPrefixIgnoringCase("style", at: name.lowerBound) {
                    self = .style
                } else {
                    return nil
                }
            }

            var name: StaticString { self == .script ? "script" : "style" }
        }

        /// Past the end of a start tag whose name ends at `from`: libxml2's attribute loop.
        private func startTagEnd(from start: Int) -> (end: Int, selfClosing: Bool, mentionsJSON: Bool)? {
            var k = start
            var mentionsJSON = false
            while true {
                while k < n, isBlank(s[k]) { k += 1 }
                guard k < n else { return nil }
                if s[k] == UInt8(ascii: ">") { return (k + 1, false, mentionsJSON) }
                if s[k] == UInt8(ascii: "/"), k + 1 < n, s[k + 1] == UInt8(ascii: ">") { return (k + 2, true, mentionsJSON) }
                guard isNameStart(s[k]) else {
                    // A bogus attribute is dropped up to the next blank or the end of the tag.
                    while k < n, !isBlank(s[k]), s[k] != UInt8(ascii: ">"),
                          !(s[k] == UInt8(ascii: "/") && k + 1 < n && s[k + 1] == UInt8(ascii: ">")) {
                        k += 1
                    }
                    continue
                }
                let nameStart = k
                while k < n, isNameChar(s[k]) { k += 1 }
                let isType = k - nameStart == 4 && hasPrefixIgnoringCase("type", at: nameStart)
                while k < n, isBlank(s[k]) { k += 1 }
                guard k < n, s[k] == UInt8(ascii: "=") else { continue }
                k += 1
                while k < n, isBlank(s[k]) { k += 1 }
                guard k < n else { return nil }
                let valueStart: Int
                let valueEnd: Int
                if s[k] == UInt8(ascii: "\"") || s[k] == UInt8(ascii: "'") {
                    guard let close = find(s[k], from: k + 1) else { return nil }
                    valueStart = k + 1
                    valueEnd = close
                    k = close + 1
                } else {
                    valueStart = k
                    while k < n, !isBlank(s[k]), s[k] != UInt8(ascii: ">") { k += 1 }
                    valueEnd = k
                }
                if isType && contains("json", in: valueStart..<valueEnd) { mentionsJSON = true }
            }
        }

        /// Where raw text that starts at `from` ends: the "<" of the first `</name`.
        private func rawTextEnd(from start: Int, name: StaticString) -> Int? {
            var k = start
            let length = name.utf8CodeUnitCount
            while let lt = find(UInt8(ascii: "<"), from: k) {
                if lt + 1 + length < n, s[lt + 1] == UInt8(ascii: "/"), hasPrefixIgnoringCase(name, at: lt + 2) {
                    return lt
                }
                k = lt + 1
            }
            return nil
        }

        /// Past the end of a comment whose text starts at `from` (just after `<!--`).
        private func commentEnd(from start: Int) -> Int? {
            // libxml2 2.9 has no abrupt `<!-->` or `<!--->`: the "--" must follow the opening.
            var k = start
            while let dash = find(UInt8(ascii: "-"), from: k) {
                guard dash + 2 < n else { return nil }
                if s[dash + 1] == UInt8(ascii: "-") {
                    if s[dash + 2] == UInt8(ascii: ">") { return dash + 3 }
                    if s[dash + 2] == UInt8(ascii: "!"), dash + 3 < n, s[dash + 3] == UInt8(ascii: ">") { return dash + 4 }
                }
                k = dash + 1
            }
            return nil
        }

        /// Past the `>` that ends a DOCTYPE whose name starts at `from`; quoted literals may hold `>`.
        private func doctypeEnd(from start: Int) -> Int? {
            var k = start
            while k < n {
                let byte = s[k]
                if byte == UInt8(ascii: ">") { return k + 1 }
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    guard let close = find(byte, from: k + 1) else { return nil }
                    k = close + 1
                } else {
                    k += 1
                }
            }
            return nil
        }

        private func find(_ byte: UInt8, from start: Int) -> Int? {
            guard start < n, let found = memchr(base + start, Int32(byte), n - start) else { return nil }
            return UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
        }

        /// Whether the bytes at `at` begin with the lowercase ASCII `word`, in any case.
        /// Static strings, so the comparison reads their bytes in place: it runs for every
        /// `</` inside a script.
        func hasPrefixIgnoringCase(_ word: StaticString, at start: Int) -> Bool {
            let length = word.utf8CodeUnitCount
            guard start + length <= n else { return false }
            let bytes = word.utf8Start
            for k in 0..<length where s[start + k] | 0x20 != bytes[k] {
                return false
            }
            return true
        }

        private func contains(_ word: StaticString, in range: Range<Int>) -> Bool {
            let length = word.utf8CodeUnitCount
            guard range.count >= length else { return false }
            for start in range.lowerBound...(range.upperBound - length) where hasPrefixIgnoringCase(word, at: start) {
                return true
            }
            return false
        }

        @inline(__always) func isASCIILetter(_ b: UInt8) -> Bool { table[Int(b)] & Scanner.letter != 0 }
        @inline(__always) func isBlank(_ b: UInt8) -> Bool { table[Int(b)] & Scanner.blank != 0 }
        @inline(__always) func isNameStart(_ b: UInt8) -> Bool { table[Int(b)] & Scanner.nameStart != 0 }
        @inline(__always) func isNameChar(_ b: UInt8) -> Bool { table[Int(b)] & Scanner.nameChar != 0 }

        private static let letter: UInt8 = 1, blank: UInt8 = 2, nameStart: UInt8 = 4, nameChar: UInt8 = 8

        /// One lookup per byte in the attribute loops, which see every byte of every tag.
        /// Names follow libxml2's `htmlParseHTMLName`: a letter, `_`, `:` or `.` first, then
        /// also digits and `-`; blanks are its `IS_BLANK_CH`.
        nonisolated(unsafe) private static let classes: UnsafePointer<UInt8> = {
            let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
            table.initialize(repeating: 0, count: 256)
            for b in 0..<256 {
                let byte = UInt8(b)
                let isLetter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                var value: UInt8 = 0
                if isLetter { value |= letter }
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { value |= blank }
                if isLetter || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") {
                    value |= nameStart | nameChar
                }
                if (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") { value |= nameChar }
                table[b] = value
            }
            return UnsafePointer(table)
        }()
    }
}
