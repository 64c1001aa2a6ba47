/// The single pass over a field's UTF-8 that finds gazetteer names and collects the few words
/// worth a closer look by the pattern recognizer.
///
/// A valid name never starts inside a word (`경찰청` is not a match in `해양경찰청`), so instead of
/// running Aho-Corasick with failure links over every position, the scanner walks the trie only
/// from word starts, where the previous scalar is not a word scalar. That finds exactly the
/// matches Aho-Corasick would report and the boundary check would keep, and it picks the
/// longest valid one at each start (leftmost-longest). Each walk is bounded by the longest
/// name, so the scan is linear in the text: O(n · k) with k the most words in one name. A
/// filter on the first two scalars skips the walk at most word starts.
///
/// `@unchecked Sendable`: `suffixFinals` points into a `SuffixSyllables` that the tagger owns
/// and never mutates, and the tagger outlives every scan.
struct FieldScanner: @unchecked Sendable {
    struct Result {
        /// Gazetteer matches in text order, with the index of the compiled string matched.
        var hits: [(span: TextSpan, surface: Int32)] = []
        /// Words that may end in an organization suffix (before particles), not covered by a hit.
        var candidateWords: [TextSpan] = []
        /// Company markers `㈜`, `㈱` and `(주)`.
        var markers: [TextSpan] = []
    }

    let trie: ScalarTrie
    let suffixes: SuffixSyllables
    /// `ParticleChains.forward`, read once here rather than through `swift_once` per name.
    let chains: ScalarTrie

    init(trie: ScalarTrie, suffixes: SuffixSyllables) {
        self.trie = trie
        self.suffixes = suffixes
        chains = ParticleChains.forward
    }

    /// - Complexity: O(n) in the UTF-8 length of the field, for a fixed gazetteer.
    func scan(_ buffer: UnsafeBufferPointer<UInt8>) -> Result {
        var result = Result()
        guard let p = buffer.baseAddress, buffer.count > 0 else { return result }
        let n = buffer.count
        // News text dense with names has one every 50 to 100 bytes: reserve once, not seven times.
        result.hits.reserveCapacity(n / 64 + 4)
        let trie = self.trie
        let finals = suffixes.finalBits
        let pairFilter = trie.pairFilterBits
        // Terminal nodes met during one walk: byte end, scalar end, surface, and whether the
        // name's last scalar is a word scalar (only then does the right boundary matter).
        let capacity = trie.maxDepth + 1
        let ends = UnsafeMutablePointer<(Int, Int, Int32, Bool)>.allocate(capacity: capacity)
        defer { ends.deallocate() }

        var i = 0
        var s = 0
        var prevWord = false
        var wordByte = 0
        var wordScalar = 0
        var wordFlag = false
        var wordCovered = false

        while i < n {
            if prevWord {
                // Inside a word no name can start: run through its Hangul syllables with the
                // least work, noting only whether one can end an organization suffix.
                // Offsets stay below the buffer length, so wrapping arithmetic is safe here.
                while i &+ 2 < n && p[i] &- 0xEA < 4 {
                    let h = ((UInt32(p[i]) & 0x0F) << 12 | (UInt32(p[i &+ 1]) & 0x3F) << 6
                        | (UInt32(p[i &+ 2]) & 0x3F)) &- ScalarClass.hangulSyllableBase
                    if h >= ScalarClass.hangulSyllableCount { break }
                    if finals[Int(h >> 6)] & (1 << UInt64(h & 63)) != 0 { wordFlag = true }
                    i &+= 3
                    s &+= 1
                }
                if i >= n { break }
                if p[i] == 0x20 {
                    // The usual end of a word, a space: what the general path below does for
                    // a non-word scalar after a word, without decoding and classifying it.
                    if !wordCovered && (wordFlag || i &- wordByte == 3) {
                        endWord(p, n, &result, byteStart: wordByte, scalarStart: wordScalar, byteEnd: i,
                                scalarEnd: s, flagged: wordFlag)
                    }
                    prevWord = false
                    i &+= 1
                    s &+= 1
                    continue
                }
            }
            if !prevWord, let filter = pairFilter, i &+ 5 < n, p[i] &- 0xEA < 4, p[i &+ 3] &- 0xEA < 4 {
                // The usual word start, two Hangul syllables that no name begins with: open
                // the word as the general path below would, without decoding in general and
                // classifying the scalar.
                let c = (UInt32(p[i]) & 0x0F) << 12 | (UInt32(p[i &+ 1]) & 0x3F) << 6 | (UInt32(p[i &+ 2]) & 0x3F)
                let c1 = (UInt32(p[i &+ 3]) & 0x0F) << 12 | (UInt32(p[i &+ 4]) & 0x3F) << 6
                    | (UInt32(p[i &+ 5]) & 0x3F)
                let h = c &- ScalarClass.hangulSyllableBase
                if h < ScalarClass.hangulSyllableCount
                    && c1 &- ScalarClass.hangulSyllableBase < ScalarClass.hangulSyllableCount
                    && !ScalarTrie.mayStart(c, c1, filter: filter)
                {
                    wordByte = i
                    wordScalar = s
                    wordFlag = finals[Int(h >> 6)] & (1 << UInt64(h & 63)) != 0
                    wordCovered = false
                    prevWord = true
                    i &+= 3
                    s &+= 1
                    continue
                }
            }
            let (c, len) = ScalarClass.decode(p, i, n)
            if !prevWord && i + len < n {
                let c1 = ScalarClass.decode(p, i + len, n).scalar
                if trie.mayStart(c, c1) {
                    let matched = walk(p, n, from: i, scalar: s, first: c, firstLength: len, ends: ends)
                    if matched >= 0 {
                        let e = ends[matched]
                        result.hits.append((
                            TextSpan(byteStart: i, byteEnd: e.0, scalarStart: s, scalarEnd: e.1), e.2))
                        wordCovered = true
                        i = e.0
                        s = e.1
                        prevWord = e.3
                        continue
                    }
                }
            }
            let w = ScalarClass.isWord(c)
            if w {
                if !prevWord {
                    wordByte = i
                    wordScalar = s
                    wordFlag = false
                    wordCovered = false
                }
                let h = c &- ScalarClass.hangulSyllableBase
                if h < ScalarClass.hangulSyllableCount && finals[Int(h >> 6)] & (1 << UInt64(h & 63)) != 0 {
                    wordFlag = true
                }
            } else {
                // Only a flagged word or a one-syllable one (`주` of `(주)`) can be filed: test
                // that here, since most words are neither and the call is not inlined.
                if prevWord && !wordCovered && (wordFlag || i - wordByte == 3) {
                    endWord(p, n, &result, byteStart: wordByte, scalarStart: wordScalar, byteEnd: i,
                            scalarEnd: s, flagged: wordFlag)
                }
                if c == 0x321C || c == 0x3231 {  // ㈜ ㈱
                    result.markers.append(TextSpan(
                        byteStart: i, byteEnd: i + len, scalarStart: s, scalarEnd: s + 1))
                }
            }
            prevWord = w
            i += len
            s += 1
        }
        if prevWord && !wordCovered && (wordFlag || n - wordByte == 3) {
            endWord(p, n, &result, byteStart: wordByte, scalarStart: wordScalar, byteEnd: n,
                    scalarEnd: s, flagged: wordFlag)
        }
        return result
    }

    /// Walks the trie from a word start; returns the index in `ends` of the longest name whose
    /// right boundary holds, or -1.
    @inline(__always)
    private func walk(
        _ p: UnsafePointer<UInt8>, _ n: Int, from i: Int, scalar s: Int, first c: UInt32,
        firstLength: Int, ends: UnsafeMutablePointer<(Int, Int, Int32, Bool)>
    ) -> Int {
        var node = trie.child(0, c)
        if node < 0 { return -1 }
        var count = 0
        var j = i + firstLength
        var t = s + 1
        var last = c
        while true {
            let value = trie.value(node)
            if value >= 0 {
                ends[count] = (j, t, value, ScalarClass.isWord(last))
                count += 1
            }
            if j >= n { break }
            let (d, dl) = ScalarClass.decode(p, j, n)
            node = trie.child(node, d)
            if node < 0 { break }
            j += dl
            t += 1
            last = d
        }
        var k = count - 1
        while k >= 0 {
            let e = ends[k]
            if !e.3 || ParticleChains.chainEnd(p, e.0, n, forward: chains) >= 0 { return k }
            k -= 1
        }
        return -1
    }

    /// Files a finished word: a `(주)` marker, or a candidate for the pattern recognizer.
    @inline(__always)
    private func endWord(
        _ p: UnsafePointer<UInt8>, _ n: Int, _ result: inout Result, byteStart: Int, scalarStart: Int,
        byteEnd: Int, scalarEnd: Int, flagged: Bool
    ) {
        if byteEnd - byteStart == 3 && p[byteStart] == 0xEC && p[byteStart + 1] == 0xA3
            && p[byteStart + 2] == 0xBC && byteStart > 0 && p[byteStart - 1] == 0x28
            && byteEnd < n && p[byteEnd] == 0x29
        {  // (주): 주 is EC A3 BC
            result.markers.append(TextSpan(
                byteStart: byteStart - 1, byteEnd: byteEnd + 1, scalarStart: scalarStart - 1,
                scalarEnd: scalarEnd + 1))
        } else if flagged && suffixes.mayEndInSuffix(p, byteStart, byteEnd) {
            result.candidateWords.append(TextSpan(
                byteStart: byteStart, byteEnd: byteEnd, scalarStart: scalarStart, scalarEnd: scalarEnd))
        }
    }
}
