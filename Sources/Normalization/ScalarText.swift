/// A field decoded once into Unicode scalar values, read through a bounds-safe cursor.
///
/// Mention offsets are scalar offsets, so holding the text as one scalar per slot makes every
/// offset an array index: no `distance` walks per mention, and lookahead/lookbehind are plain
/// integer arithmetic. Reads outside the text return 0, which matches no grammar symbol, so the
/// recognizers can look ahead freely without their own bounds checks.
struct ScalarText {
    let scalars: UnsafeBufferPointer<UInt32>
    let count: Int

    init(_ scalars: UnsafeBufferPointer<UInt32>) {
        self.scalars = scalars
        self.count = scalars.count
    }

    @inline(__always)
    subscript(_ i: Int) -> UInt32 {
        i >= 0 && i < count ? scalars[i] : 0
    }

    /// Whether the scalars from `p` spell `word`.
    @inline(__always)
    func matches(_ p: Int, _ a: UInt32, _ b: UInt32) -> Bool {
        self[p] == a && self[p + 1] == b
    }

    @inline(__always)
    func matches(_ p: Int, _ a: UInt32, _ b: UInt32, _ c: UInt32) -> Bool {
        self[p] == a && self[p + 1] == b && self[p + 2] == c
    }

    /// Case-insensitive ASCII word at `p` (`word` in lowercase).
    func matchesASCII(_ p: Int, _ word: StaticString) -> Bool {
        var k = 0
        var ok = true
        word.withUTF8Buffer { bytes in
            for b in bytes {
                var c = self[p + k]
                if c >= 0x41 && c <= 0x5A { c += 0x20 }
                if c != UInt32(b) { ok = false; return }
                k += 1
            }
        }
        return ok
    }
}
