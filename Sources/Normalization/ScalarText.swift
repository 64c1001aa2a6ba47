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

/// Cuts mention surfaces out of the field's UTF-8 bytes: one copy of the bytes per surface
/// instead of a scalar-by-scalar append.
struct SurfaceCutter {
    let text: String
    let byteOffsets: UnsafeBufferPointer<Int32>

    /// The exact substring for scalar offsets `start..<end`. Indices into a native string's
    /// UTF-8 view are O(1), and copying a slice of a valid string skips re-validation.
    func surface(_ start: Int, _ end: Int) -> String {
        let utf8 = text.utf8
        let i0 = utf8.index(utf8.startIndex, offsetBy: Int(byteOffsets[start]))
        let i1 = utf8.index(utf8.startIndex, offsetBy: Int(byteOffsets[end]))
        return String(text[i0..<i1])
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

/// Decodes a native Swift string's UTF-8 into scalar values in one pass, recording where
/// each scalar starts in the bytes (`byteOffsets[k]`, plus the total length at `count`) so a
/// mention's surface is a byte slice found in O(1).
///
/// - Complexity: O(n) in UTF-8 bytes; two allocations.
func decodeScalars(_ bytes: UnsafeBufferPointer<UInt8>) -> (scalars: [UInt32], byteOffsets: [Int32]) {
    let n = bytes.count
    guard n > 0, let src = bytes.baseAddress else { return ([], [0]) }
    var offsets = [Int32](repeating: 0, count: 0)
    let scalars = [UInt32](unsafeUninitializedCapacity: n) { out, written in
        offsets = [Int32](unsafeUninitializedCapacity: n + 1) { offs, offsWritten in
            guard let dst = out.baseAddress, let off = offs.baseAddress else { written = 0; offsWritten = 0; return }
            var i = 0
            var k = 0
            while i < n {
                let b0 = UInt32(src[i])
                off[k] = Int32(truncatingIfNeeded: i)
                var c: UInt32
                if b0 < 0x80 {
                    c = b0
                    i &+= 1
                } else if b0 >= 0xE0 && b0 < 0xF0 {
                    // Hangul and CJK: the bulk of Korean text.
                    c = (b0 & 0x0F) << 12 | UInt32(src[i &+ 1] & 0x3F) << 6 | UInt32(src[i &+ 2] & 0x3F)
                    i &+= 3
                } else if b0 < 0xE0 {
                    c = (b0 & 0x1F) << 6 | UInt32(src[i &+ 1] & 0x3F)
                    i &+= 2
                } else {
                    c = (b0 & 0x07) << 18 | UInt32(src[i &+ 1] & 0x3F) << 12
                        | UInt32(src[i &+ 2] & 0x3F) << 6 | UInt32(src[i &+ 3] & 0x3F)
                    i &+= 4
                }
                dst[k] = c
                k &+= 1
            }
            off[k] = Int32(truncatingIfNeeded: n)
            written = k
            offsWritten = k + 1
        }
    }
    return (scalars, offsets)
}
