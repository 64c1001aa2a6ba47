/// Character classes for name boundaries, and UTF-8 decoding for the scanners.
///
/// A "word" scalar is one that would continue a word: Hangul, Latin letters and digits (ASCII,
/// Latin-1, full width), Greek and Cyrillic letters. Everything else is a boundary: spaces,
/// punctuation, quotes, brackets, the middle dots Korean news uses between names (`·`, `ㆍ`,
/// U+318D, which Unicode files under Hangul letters), symbols such as `㈜`, and Han characters,
/// because headlines glue country abbreviations to names (`美엔비디아`).
enum ScalarClass {
    static let hangulSyllableBase: UInt32 = 0xAC00
    static let hangulSyllableCount: UInt32 = 11172

    @inline(__always)
    static func isWord(_ c: UInt32) -> Bool {
        if c < 0x80 {
            return (c &- 0x30 < 10) || ((c | 0x20) &- 0x61 < 26)
        }
        if c &- hangulSyllableBase < hangulSyllableCount { return true }
        return isWordSlow(c)
    }

    @inline(never)
    static func isWordSlow(_ c: UInt32) -> Bool {
        switch c {
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: return true  // Latin-1 and Extended letters
        case 0x370...0x3FF, 0x400...0x4FF: return true  // Greek, Cyrillic
        case 0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF: return true  // Hangul Jamo
        case 0x3131...0x318C: return true  // Hangul compatibility letters, without ㆍ (U+318D)
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return true  // full width
        default: return false
        }
    }

    @inline(__always)
    static func isHangulSyllable(_ c: UInt32) -> Bool {
        c &- hangulSyllableBase < hangulSyllableCount
    }

    @inline(__always)
    static func isASCIILetterOrDigit(_ c: UInt32) -> Bool {
        c < 0x80 && ((c &- 0x30 < 10) || ((c | 0x20) &- 0x61 < 26))
    }

    @inline(__always)
    static func isASCIIUpper(_ c: UInt32) -> Bool { c &- 0x41 < 26 }

    /// Decodes the scalar starting at byte `i`; returns it and its length in bytes.
    ///
    /// Callers pass the UTF-8 of a Swift `String`, which is always valid; truncated or stray
    /// bytes still decode (as U+FFFD, one byte) rather than trap, so no input can crash a scan.
    @inline(__always)
    static func decode(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> (scalar: UInt32, length: Int) {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 >= 0xE0 && b0 < 0xF0 {
            if i + 2 < n {
                return (((b0 & 0x0F) << 12) | ((UInt32(p[i + 1]) & 0x3F) << 6)
                    | (UInt32(p[i + 2]) & 0x3F), 3)
            }
        } else if b0 >= 0xC0 && b0 < 0xE0 {
            if i + 1 < n { return (((b0 & 0x1F) << 6) | (UInt32(p[i + 1]) & 0x3F), 2) }
        } else if b0 >= 0xF0 {
            if i + 3 < n {
                return (((b0 & 0x07) << 18) | ((UInt32(p[i + 1]) & 0x3F) << 12)
                    | ((UInt32(p[i + 2]) & 0x3F) << 6) | (UInt32(p[i + 3]) & 0x3F), 4)
            }
        }
        return (0xFFFD, 1)
    }

    /// The start of the scalar that ends just before byte `i` (which must be > 0).
    @inline(__always)
    static func previousStart(_ p: UnsafePointer<UInt8>, _ i: Int) -> Int {
        var k = i - 1
        var steps = 0
        while k > 0 && p[k] & 0xC0 == 0x80 && steps < 3 {
            k -= 1
            steps += 1
        }
        return k
    }
}
