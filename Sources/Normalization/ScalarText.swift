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

    /// The exact substring for `start..<end`, built only for a found mention.
    func surface(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        for k in start..<end {
            view.append(Unicode.Scalar(scalars[k]) ?? "\u{FFFD}")
        }
        return String(view)
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

/// Scalar classes used by every recognizer.
enum ScalarClass {
    @inline(__always)
    static func isDigit(_ c: UInt32) -> Bool { c &- 0x30 < 10 }

    @inline(__always)
    static func isHangulSyllable(_ c: UInt32) -> Bool { c &- 0xAC00 < 11172 }

    @inline(__always)
    static func isASCIILetter(_ c: UInt32) -> Bool { (c | 0x20) &- 0x61 < 26 }

    @inline(__always)
    static func isSpace(_ c: UInt32) -> Bool { c == 0x20 || c == 0xA0 || c == 0x09 }

    /// `~`, `∼`, `〜`, `～`, `-`, `–`, `—`: what Korean news puts between the ends of a range.
    @inline(__always)
    static func isRangeSeparator(_ c: UInt32) -> Bool {
        c == 0x7E || c == 0x223C || c == 0x301C || c == 0xFF5E || c == 0x2D || c == 0x2013 || c == 0x2014
    }
}

/// Decodes a native Swift string's UTF-8 into scalar values in one pass.
///
/// - Complexity: O(n) in UTF-8 bytes; one allocation.
func decodeScalars(_ text: String) -> [UInt32] {
    var text = text
    return text.withUTF8 { bytes -> [UInt32] in
        let n = bytes.count
        return [UInt32](unsafeUninitializedCapacity: n) { out, written in
            var i = 0
            var k = 0
            while i < n {
                let b0 = UInt32(bytes[i])
                if b0 < 0x80 {
                    out[k] = b0
                    i += 1
                } else if b0 < 0xE0 {
                    out[k] = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    i += 2
                } else if b0 < 0xF0 {
                    out[k] = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    i += 3
                } else {
                    out[k] = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                        | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                    i += 4
                }
                k += 1
            }
            written = k
        }
    }
}
