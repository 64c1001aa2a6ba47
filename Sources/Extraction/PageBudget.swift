import Glibc

/// Bounds what one page can cost libxml2, by a byte scan before parsing.
///
/// libxml2 checks each new attribute of an element against all earlier ones (lxml is the
/// same), so one tag with 50,000 attributes costs about 20 s; 119 such fuzzed pages stalled
/// a run for 23 minutes. No real page comes near the cap: attributes past it are cut from
/// the tag (the element itself stays), and the page is parsed in milliseconds.
public enum PageBudget {
    /// Attributes kept per element. Real markup uses a few dozen at most (data-* included).
    public static let maxAttributesPerElement = 256

    /// `bytes` with every start tag cut to `limit` attributes, and how many were cut; nil
    /// when no tag has more (the common case, which copies nothing).
    ///
    /// The scan follows HTML's tokenizer closely enough for the cut: text is skipped with
    /// `memchr` to the next `<`; inside a start tag, names, `=`, and quoted or unquoted
    /// values are stepped over, so a `>` inside a quoted value does not end the tag.
    /// Comments are skipped whole.
    public static func capAttributes(_ bytes: [UInt8], limit: Int = maxAttributesPerElement) -> (bytes: [UInt8], dropped: Int)? {
        bytes.withUnsafeBufferPointer { buffer -> (bytes: [UInt8], dropped: Int)? in
            guard let base = buffer.baseAddress else { return nil }
            let count = buffer.count
            var output: [UInt8]? = nil
            var copied = 0  // bytes[..<copied] are in output already
            var dropped = 0
            var index = 0
            while index < count {
                guard let found = memchr(base + index, 0x3C, count - index) else { break }
                let open = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
                index = open + 1
                guard index < count else { break }
                if buffer[index] == UInt8(ascii: "!"), index + 2 < count, buffer[index + 1] == 0x2D, buffer[index + 2] == 0x2D {
                    index = endOfComment(buffer, from: index + 3)
                    continue
                }
                guard isLetter(buffer[index]) else { continue }
                while index < count, !isSpace(buffer[index]), buffer[index] != 0x3E, buffer[index] != 0x2F { index += 1 }
                var attributes = 0
                var cutFrom = -1
                while index < count {
                    while index < count, isSpace(buffer[index]) || buffer[index] == 0x2F { index += 1 }
                    guard index < count, buffer[index] != 0x3E else { break }
                    let start = index
                    // The name: up to space, =, > or / (the first byte is taken whatever it is).
                    index += 1
                    while index < count, !isSpace(buffer[index]), buffer[index] != 0x3D, buffer[index] != 0x3E, buffer[index] != 0x2F { index += 1 }
                    var probe = index
                    while probe < count, isSpace(buffer[probe]) { probe += 1 }
                    if probe < count, buffer[probe] == 0x3D {
                        index = probe + 1
                        while index < count, isSpace(buffer[index]) { index += 1 }
                        if index < count, buffer[index] == 0x22 || buffer[index] == 0x27 {
                            let quote = buffer[index]
                            if let close = memchr(base + index + 1, Int32(quote), count - index - 1) {
                                index = UnsafePointer<UInt8>(close.assumingMemoryBound(to: UInt8.self)) - base + 1
                            } else {
                                index = count
                            }
                        } else {
                            while index < count, !isSpace(buffer[index]), buffer[index] != 0x3E { index += 1 }
                        }
                    }
                    attributes += 1
                    if attributes == limit + 1 { cutFrom = start }
                }
                if cutFrom >= 0 {
                    dropped += attributes - limit
                    if output == nil { output = []; output!.reserveCapacity(count) }
                    output!.append(contentsOf: buffer[copied..<cutFrom])
                    copied = index  // resume at the tag's `>` (or the end)
                }
            }
            guard var result = output else { return nil }
            result.append(contentsOf: buffer[copied..<count])
            return (result, dropped)
        }
    }

    private static func endOfComment(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index + 2 < buffer.count {
            guard let found = memchr(buffer.baseAddress! + index, 0x3E, buffer.count - index) else { return buffer.count }
            let close = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - buffer.baseAddress!
            if close >= start + 2, buffer[close - 1] == 0x2D, buffer[close - 2] == 0x2D { return close + 1 }
            index = close + 1
        }
        return buffer.count
    }

    @inline(__always) private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    @inline(__always) private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }
}
