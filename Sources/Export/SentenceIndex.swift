/// Where the sentences of a field start, so a mention's sentence number is a binary search.
///
/// A sentence ends at `.`, `?`, `!` or `。` followed by whitespace or the end of the field, and
/// at every line break (paragraphs are joined by `\n`). A full stop followed by anything else
/// (`3.5조원`, `NAVER.com`) does not end a sentence. Offsets are Unicode scalar offsets, the
/// unit of mention offsets; the scan visits each scalar once.
struct SentenceIndex {
    /// Scalar offsets at which sentence 1, 2, … begin (sentence 0 begins at 0), ascending.
    private(set) var starts: [Int] = []

    init(_ text: String) {
        var offset = 0
        var afterTerminator = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n":
                starts.append(offset + 1)
                afterTerminator = false
            case ".", "?", "!", "\u{3002}":
                afterTerminator = true
            default:
                if afterTerminator && scalar.properties.isWhitespace {
                    starts.append(offset)
                }
                afterTerminator = false
            }
            offset += 1
        }
    }

    /// The 0-based number of the sentence holding the scalar at `offset`.
    /// - Complexity: O(log s) for s sentences.
    func sentence(at offset: Int) -> Int {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
