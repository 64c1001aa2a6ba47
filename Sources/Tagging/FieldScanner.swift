/// The single pass over a field's UTF-8 that finds gazetteer names and collects the few words
/// worth a closer look by the pattern recognizer.
///
/// A valid name never starts inside a word (`경찰청` is not a match in `해양경찰청`), so instead of
/// running Aho-Corasick with failure links over every position, the scanner walks the trie only
/// from word starts, where the previous scalar is not a word scalar. That finds exactly the
/// matches Aho-Corasick would report and the boundary check would keep, and it picks the
/// longest valid one at each start (leftmost-longest). Each walk is bounded by the longest
/// name, so the scan is linear in the text: O(n · k) with k the most words in one name.
///
/// `@unchecked Sendable`: `suffixFinal` points into a `SyllableTable` that the tagger owns and
/// never mutates, and the tagger outlives every scan.
struct FieldScanner: @unchecked Sendable {
    struct Result {
        /// Gazetteer matches in text order; `value` is the entry index.
        var hits: [(span: TextSpan, entry: Int32)] = []
        /// Words that contain a syllable ending some organization suffix, not covered by a hit.
        var candidateWords: [TextSpan] = []
        /// Company markers `㈜`, `㈱` and `(주)`.
        var markers: [TextSpan] = []
    }

    let trie: ScalarTrie
    /// For each Hangul syllable, 1 when it ends some pattern suffix.
    let suffixFinal: UnsafePointer<UInt8>

    /// - Complexity: O(n) in the UTF-8 length of the field, for a fixed gazetteer.
    func scan(_ buffer: UnsafeBufferPointer<UInt8>, collectCandidates: Bool = true) -> Result {
        var result = Result()
        guard let p = buffer.baseAddress, buffer.count > 0 else { return result }
        let n = buffer.count
        let trie = self.trie
        let suffixFinal = self.suffixFinal
        let depth = trie.maxDepth + 1
        // Terminal nodes met during one walk: byte end, scalar end, entry, and whether the
        // name's last scalar is a word scalar (only then does the right boundary matter).
        let ends = UnsafeMutablePointer<(Int, Int, Int32, Bool)>.allocate(capacity: depth)
        defer { ends.deallocate() }

        var i = 0
        var s = 0
        var prevWord = false
        var wordByte = 0
        var wordScalar = 0
        var wordFlag = false
        var wordCovered = false
        var wordLength = 0
        var wordLast: UInt32 = 0

        @inline(__always)
        func endWord(_ byte: Int, _ scalar: Int) {
            if wordCovered || !collectCandidates { return }
            let span = TextSpan(byteStart: wordByte, byteEnd: byte, scalarStart: wordScalar, scalarEnd: scalar)
            if wordLength == 1 && wordLast == 0xC8FC && wordByte > 0 && p[wordByte - 1] == 0x28
                && byte < n && p[byte] == 0x29
            {  // (주)
                result.markers.append(TextSpan(
                    byteStart: wordByte - 1, byteEnd: byte + 1, scalarStart: wordScalar - 1,
                    scalarEnd: scalar + 1))
            } else if wordFlag {
                result.candidateWords.append(span)
            }
        }

        while i < n {
            let (c, len) = ScalarClass.decode(p, i, n)
            if !prevWord {
                var node = trie.child(0, c)
                if node >= 0 {
                    // Walk the trie from this word start, remembering every name that ends.
                    var count = 0
                    var j = i + len
                    var t = s + 1
                    var last = c
                    while true {
                        let value = trie.values[Int(node)]
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
                    var matched = -1
                    var k = count - 1
                    while k >= 0 {
                        let e = ends[k]
                        if !e.3 || ParticleChains.chainEnd(p, e.0, n) >= 0 {
                            matched = k
                            break
                        }
                        k -= 1
                    }
                    if matched >= 0 {
                        let e = ends[matched]
                        result.hits.append((
                            TextSpan(byteStart: i, byteEnd: e.0, scalarStart: s, scalarEnd: e.1), e.2))
                        if ScalarClass.isWord(c) {
                            wordByte = i
                            wordScalar = s
                            wordCovered = true
                            wordLength = 0
                        }
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
                    wordLength = 0
                }
                let h = c &- ScalarClass.hangulSyllableBase
                if h < ScalarClass.hangulSyllableCount && suffixFinal[Int(h)] != 0 { wordFlag = true }
                wordLength += 1
                wordLast = c
            } else {
                if prevWord { endWord(i, s) }
                if (c == 0x321C || c == 0x3231) && collectCandidates {  // ㈜ ㈱
                    result.markers.append(TextSpan(
                        byteStart: i, byteEnd: i + len, scalarStart: s, scalarEnd: s + 1))
                }
            }
            prevWord = w
            i += len
            s += 1
        }
        if prevWord { endWord(n, s) }
        return result
    }
}
