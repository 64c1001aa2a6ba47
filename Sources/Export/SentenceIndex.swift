/// Where the sentences of a field start, so a mention's sentence number is a binary search.
///
/// A sentence ends at `.`, `?`, `!` or `。` followed by whitespace or the end of the field, and
/// at every line break (paragraphs are joined by `\n`). A full stop followed by anything else
/// (`3.5조원`, `NAVER.com`) does not end a sentence. Offsets are Unicode scalar offsets, the
/// unit of mention offsets.
///
/// The scan runs over the UTF-8 bytes (a scalar starts at every byte that is not a
/// continuation byte): every terminator is ASCII or `。`, and only the rare non-ASCII scalar
/// right after a terminator is decoded to ask whether it is whitespace (U+3000, NBSP…).
struct SentenceIndex: Sendable {
    /// Scalar offsets at which sentence 1, 2, … begin (sentence 0 begins at 0), ascending.
    private(set) var starts: [Int] = []

    init(_ text: String) {
        var text = text
        starts = text.withUTF8 { SentenceIndex.scan($0) }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts: [Int] = []
        var scalar = -1  // offset of the scalar the current byte belongs to
        var afterTerminator = false
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte & 0xC0 == 0x80 { index += 1; continue }  // continuation byte
            scalar += 1
            switch byte {
            case 0x0A:
                starts.append(scalar + 1)
                afterTerminator = false
            case 0x2E, 0x3F, 0x21:  // . ? !
                afterTerminator = true
            case 0xE3 where index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x82:  // 。
                afterTerminator = true
            case 0x09, 0x0B, 0x0C, 0x0D, 0x20:
                if afterTerminator { starts.append(scalar) }
                afterTerminator = false
            default:
                if afterTerminator && byte >= 0xC0 && isWhitespace(bytes, at: index) {
                    starts.append(scalar)
                }
                afterTerminator = false
            }
            index += 1
        }
        return starts
    }

    /// Decodes the scalar whose lead byte is at `index` and asks Unicode whether it is a space.
    private static func isWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count else { return false }
        var value = UInt32(lead) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
        for offset in 1..<length {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return Unicode.Scalar(value)?.properties.isWhitespace ?? false
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
