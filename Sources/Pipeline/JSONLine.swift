import Export

/// Builds one JSON object, keys in the order they are added: `knews analyze` lines keep the
/// tables' column order, which `JSONEncoder` (dictionary order, or sorted keys) cannot.
struct JSONLine {
    private(set) var text = "{"
    private var first = true

    mutating func key(_ name: String) {
        if !first { text += "," }
        first = false
        JSONLine.appendString(name, to: &text)
        text += ":"
    }

    mutating func add(_ name: String, _ value: String) {
        key(name)
        JSONLine.appendString(value, to: &text)
    }

    mutating func add(_ name: String, _ value: SQLiteValue) {
        key(name)
        JSONLine.append(value, to: &text)
    }

    /// Adds an already encoded JSON value (an array of objects).
    mutating func add(_ name: String, raw: String) {
        key(name)
        text += raw
    }

    mutating func finished() -> String {
        text += "}"
        return text
    }

    static func append(_ value: SQLiteValue, to text: inout String) {
        switch value {
        case .null: text += "null"
        case .integer(let number): text += String(number)
        case .real(let number): text += number.isFinite ? String(number) : "null"
        case .text(let string): appendString(string, to: &text)
        }
    }

    /// RFC 8259 string: quotes, backslashes and control characters escaped (and U+2028,
    /// U+2029), the rest as UTF-8. Scans the UTF-8 bytes and copies each run between escapes
    /// whole: every byte to escape is ASCII or starts U+2028/U+2029 (E2 80 A8/A9), so runs
    /// start and end on scalar boundaries. (Appending scalar by scalar made the escaping a
    /// fifth of `knews analyze`'s time.)
    static func appendString(_ string: String, to text: inout String) {
        text += "\""
        let bytes = string.utf8
        let scalars = string.unicodeScalars
        var plainStart = bytes.startIndex
        var index = plainStart
        while index < bytes.endIndex {
            let byte = bytes[index]
            var escape: String?
            var width = 1
            switch byte {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0..<0x20:
                let hex = String(byte, radix: 16)
                escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            case 0xE2:
                let second = bytes.index(after: index)
                if second < bytes.endIndex, bytes[second] == 0x80 {
                    let third = bytes.index(after: second)
                    if third < bytes.endIndex, bytes[third] == 0xA8 || bytes[third] == 0xA9 {
                        escape = bytes[third] == 0xA8 ? "\\u2028" : "\\u2029"
                        width = 3
                    }
                }
            default: break
            }
            if let escape {
                text += Substring(scalars[plainStart..<index])
                text += escape
                index = bytes.index(index, offsetBy: width)
                plainStart = index
            } else {
                index = bytes.index(after: index)
            }
        }
        text += Substring(scalars[plainStart..<bytes.endIndex])
        text += "\""
    }
}
