/// Strict UTF-8 validation and repair (overlongs, surrogates and code points past U+10FFFF are invalid).
enum UTF8Validator {
    /// Length of the valid sequence at `i`, or 0 when the bytes there are not valid UTF-8.
    @inline(__always)
    static func sequenceLength(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let n = s.count
        let b0 = s[i]
        if b0 < 0x80 { return 1 }
        if b0 < 0xC2 { return 0 }
        if b0 < 0xE0 {
            return i + 1 < n && s[i + 1] & 0xC0 == 0x80 ? 2 : 0
        }
        if b0 < 0xF0 {
            guard i + 2 < n else { return 0 }
            let b1 = s[i + 1], b2 = s[i + 2]
            guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return 0 }
            if b0 == 0xE0 && b1 < 0xA0 { return 0 }
            if b0 == 0xED && b1 >= 0xA0 { return 0 }
            return 3
        }
        if b0 < 0xF5 {
            guard i + 3 < n else { return 0 }
            let b1 = s[i + 1], b2 = s[i + 2], b3 = s[i + 3]
            guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80 else { return 0 }
            if b0 == 0xF0 && b1 < 0x90 { return 0 }
            if b0 == 0xF4 && b1 >= 0x90 { return 0 }
            return 4
        }
        return 0
    }

    static func invalidSequenceCount(_ bytes: [UInt8], stopAfter: Int = .max) -> Int {
        bytes.withUnsafeBufferPointer { s in
            var errors = 0
            var i = 0
            while i < s.count {
                if s[i] < 0x80 { i += 1; continue }
                let len = sequenceLength(s, i)
                if len == 0 {
                    errors += 1
                    if errors >= stopAfter { return errors }
                    i += 1
                } else {
                    i += len
                }
            }
            return errors
        }
    }

    static func isValidWithMultibyte(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { s in
            var multibyte = 0
            var i = 0
            while i < s.count {
                if s[i] < 0x80 { i += 1; continue }
                let len = sequenceLength(s, i)
                if len == 0 { return false }
                multibyte += 1
                i += len
            }
            return multibyte > 0
        }
    }

    /// The bytes with every invalid sequence replaced by U+FFFD, and how many were replaced.
    /// Returns nil when the bytes were already valid (the common case costs no copy).
    static func repaired(_ bytes: [UInt8], from start: Int = 0) -> (bytes: [UInt8], replaced: Int)? {
        bytes.withUnsafeBufferPointer { s -> ([UInt8], Int)? in
            var i = start
            let raw = UnsafeRawBufferPointer(s)
            while i < s.count {
                // Eight ASCII bytes at a time.
                if i + 8 <= s.count, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let b0 = s[i]
                if b0 < 0x80 { i += 1; continue }
                // Hangul and most CJK: three-byte sequences with lead bytes E1-EF (E0 and the
                // surrogate half of ED need the general check). Korean pages are mostly these.
                if b0 &- 0xE1 < 0x0F, i + 2 < s.count {
                    let b1 = s[i + 1]
                    if b1 & 0xC0 == 0x80, s[i + 2] & 0xC0 == 0x80, b0 != 0xED || b1 < 0xA0 {
                        i += 3
                        continue
                    }
                }
                let len = sequenceLength(s, i)
                if len == 0 { break }
                i += len
            }
            if i >= s.count { return nil }
            var out = [UInt8]()
            out.reserveCapacity(s.count + 64)
            out.append(contentsOf: s[start..<i])
            var replaced = 0
            while i < s.count {
                if s[i] < 0x80 { out.append(s[i]); i += 1; continue }
                let len = sequenceLength(s, i)
                if len == 0 {
                    out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    replaced += 1
                    i += 1
                    // One replacement per maximal invalid run of continuation bytes.
                    while i < s.count, s[i] & 0xC0 == 0x80 { i += 1 }
                } else {
                    out.append(contentsOf: s[i..<(i + len)])
                    i += len
                }
            }
            return (out, replaced)
        }
    }
}
