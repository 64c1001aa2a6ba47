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
