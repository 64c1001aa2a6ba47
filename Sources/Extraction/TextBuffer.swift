/// Accumulates page text as UTF-8 bytes with whitespace normalized on the way in, so a
/// paragraph costs one `String` at the end instead of one per text node.
///
/// Tabs, newlines, runs of spaces, NBSP (U+00A0) and the ideographic space (U+3000) become
/// one space; zero-width characters (U+200B–U+200D, U+FEFF) are dropped because a browser
/// shows nothing for them; leading and trailing spaces never reach the buffer.
struct TextBuffer {
    private(set) var bytes: [UInt8] = []
    /// 0: nothing pending, 1: a space, 2: a line break.
    private var pending: UInt8 = 0
    /// Bytes appended while inside a link, for link density.
    private(set) var linkBytes = 0

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    var isEmpty: Bool { bytes.isEmpty }
    var count: Int { bytes.count }

    /// Marks a word break; it becomes one space only if more text follows.
    @inline(__always)
    mutating func addSpace() {
        if pending == 0 { pending = 1 }
    }

    /// Marks a block boundary; it becomes one newline only if more text follows.
    @inline(__always)
    mutating func addLineBreak() {
        pending = 2
    }

    @inline(__always)
    private mutating func flushPending() {
        if pending != 0 {
            if !bytes.isEmpty { bytes.append(pending == 2 ? 0x0A : 0x20) }
            pending = 0
        }
    }

    /// Appends a NUL-terminated UTF-8 string (libxml2 `xmlChar *`).
    mutating func append(cString pointer: UnsafePointer<UInt8>, inLink: Bool = false) {
        var length = 0
        while pointer[length] != 0 { length += 1 }
        append(UnsafeBufferPointer(start: pointer, count: length), inLink: inLink)
    }

    mutating func append(_ text: UnsafeBufferPointer<UInt8>, inLink: Bool = false) {
        let before = bytes.count
        let n = text.count
        var i = 0
        var runStart = 0
        // Copy runs of ordinary bytes in one go; stop only at ASCII whitespace/controls and at
        // the lead bytes of the few space-like or invisible scalars (never continuation bytes).
        while i < n {
            let b = text[i]
            if b > 0x20 && b != 0xC2 && b != 0xE2 && b != 0xE3 && b != 0xEF {
                i += 1
                continue
            }
            if i > runStart { appendRun(text, runStart, i) }
            if b <= 0x20 {
                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B {
                    addSpace()
                } else {
                    flushPending()
                    bytes.append(b)
                }
                i += 1
            } else if b == 0xC2, i + 1 < n, text[i + 1] == 0xA0 {
                addSpace()
                i += 2
            } else if b == 0xE2, i + 2 < n, text[i + 1] == 0x80,
                text[i + 2] >= 0x8B && text[i + 2] <= 0x8D
            {
                i += 3  // zero-width space and joiners
            } else if b == 0xE2, i + 2 < n, text[i + 1] == 0x80,
                (text[i + 2] >= 0x80 && text[i + 2] <= 0x8A) || text[i + 2] == 0xA8 || text[i + 2] == 0xA9 || text[i + 2] == 0xAF
            {
                addSpace()  // U+2000–U+200A spaces, line/paragraph separators, narrow NBSP
                i += 3
            } else if b == 0xEF, i + 2 < n, text[i + 1] == 0xBB, text[i + 2] == 0xBF {
                i += 3  // zero-width no-break space (BOM)
            } else if b == 0xE3, i + 2 < n, text[i + 1] == 0x80, text[i + 2] == 0x80 {
                addSpace()  // ideographic space
                i += 3
            } else {
                runStart = i
                i += 1
                continue
            }
            runStart = i
        }
        if i > runStart { appendRun(text, runStart, i) }
        if inLink { linkBytes += bytes.count - before }
    }

    @inline(__always)
    private mutating func appendRun(_ text: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
        flushPending()
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[from..<to]))
    }

    mutating func append(_ string: String) {
        var copy = string
        copy.withUTF8 { append($0) }
    }

    /// Ends the current text: returns it (nil when empty) and starts over.
    mutating func take() -> String? {
        pending = 0
        linkBytes = 0
        if bytes.isEmpty { return nil }
        let s = String(decoding: bytes, as: UTF8.self)
        bytes.removeAll(keepingCapacity: true)
        return s
    }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        pending = 0
        linkBytes = 0
    }
}

extension String {
    /// Whitespace-normalized copy (see `TextBuffer`).
    var normalizedWhitespace: String {
        var buffer = TextBuffer(capacity: utf8.count)
        buffer.append(self)
        return buffer.take() ?? ""
    }
}

/// Counts Unicode scalars that are not ASCII whitespace, the unit of text density.
@inline(__always)
func visibleScalarCount(_ text: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    for b in text where (b & 0xC0) != 0x80 && b != 0x20 && b != 0x0A && b != 0x09 && b != 0x0D {
        count += 1
    }
    return count
}
