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

    /// RFC 8259 string: quotes, backslashes and control characters escaped, the rest as UTF-8.
    static func appendString(_ string: String, to text: inout String) {
        text += "\""
        var plainStart = string.unicodeScalars.startIndex
        let scalars = string.unicodeScalars
        var index = plainStart
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let escape: String?
            switch scalar.value {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0..<0x20, 0x2028, 0x2029:
                let hex = String(scalar.value, radix: 16)
                escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: escape = nil
            }
            if let escape {
                text.unicodeScalars.append(contentsOf: scalars[plainStart..<index])
                text += escape
                plainStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        text.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
        text += "\""
    }
}
