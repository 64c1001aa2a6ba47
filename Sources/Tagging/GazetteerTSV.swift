import Foundation
import NewsModel

/// Reading and parsing the spreadsheet-friendly gazetteer format.
///
/// Files come from spreadsheets, so the parser forgives what spreadsheets add (a byte order
/// mark, CRLF line ends, UTF-16 from Excel's "Unicode Text", quotes around cells, trailing
/// empty cells) and rejects, with the line number, what would silently tag wrongly.
enum GazetteerTSV {
    /// The columns in order; files may stop after any column from `type` on, so the four-column
    /// files of earlier versions (`name	type	name_en	aliases`) load unchanged.
    static let header = "name\ttype\tname_en\taliases\tcountry\tstrict_aliases"
    static let columnCount = 6

    /// Names shorter than this would match inside almost any sentence.
    static let minimumNameLength = 2

    static func readText(path: String) throws(GazetteerError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
                units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
                i += 2
            }
            return String(decoding: units, as: UTF16.self)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .unreadable(
                path: path,
                reason: "it is not UTF-8 text; save it as UTF-8 (or as Excel's \"Unicode Text\")")
        }
        return text
    }

    static func parse(_ text: String, source: String) throws(GazetteerError) -> [GazetteerEntry] {
        var entries: [GazetteerEntry] = []
        var lineNumber = 0
        var sawHeader = false
        for rawLine in lines(of: text) {
            lineNumber += 1
            var line = Substring(rawLine)
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            let trimmed = blanksTrimmed(line)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            // A tab is a control, always a `Character` of its own: splitting the scalars gives
            // the cells a split on `Character`s gives.
            let cells = line.unicodeScalars.split(separator: "\t", omittingEmptySubsequences: false)
                .map { clean(Substring($0)) }
            if !sawHeader {
                sawHeader = true
                if cells.first?.lowercased() == "name" { continue }
            }
            func fail(_ reason: String) -> GazetteerError {
                .malformedLine(path: source, line: lineNumber, reason: reason)
            }
            var used = cells
            while let last = used.last, last.isEmpty, used.count > 4 { used.removeLast() }
            if used.count == 1 {
                throw fail("no tab found; columns must be separated by tabs: \(header)")
            }
            if used.count > columnCount {
                throw fail("found \(used.count) columns, expected at most \(columnCount) (name, type, "
                    + "name_en, aliases, country, strict_aliases); separate aliases with | rather than tabs")
            }
            let name = used[0]
            if name.isEmpty { throw fail("the name column is empty") }
            let typeText = used[1]
            guard let type = EntityType(rawValue: typeText.lowercased()) else {
                if typeText.isEmpty { throw fail("type is empty; it must be agency or company") }
                throw fail("type must be agency or company, found '\(typeText)'")
            }
            let english = used.count > 2 && !used[2].isEmpty ? used[2] : nil
            var aliases: [String] = []
            if used.count > 3 && !used[3].isEmpty {
                for alias in used[3].split(separator: "|", omittingEmptySubsequences: false) {
                    let alias = clean(alias)
                    if alias.isEmpty {
                        throw fail("empty alias in '\(used[3])'; separate aliases with a single |")
                    }
                    if alias != name && !aliases.contains(alias) { aliases.append(alias) }
                }
            }
            var country: String?
            if used.count > 4 && !used[4].isEmpty {
                let code = used[4].uppercased()
                guard code.unicodeScalars.count == 2,
                      code.unicodeScalars.allSatisfy({ $0.value >= 0x41 && $0.value <= 0x5A })
                else {
                    throw fail("country must be a two-letter ISO 3166 code such as KR or US, found "
                        + "'\(used[4])'; leave it empty when there is none")
                }
                country = code
            }
            var strict: [String] = []
            if used.count > 5 && !used[5].isEmpty {
                for surface in used[5].split(separator: "|", omittingEmptySubsequences: false) {
                    let surface = clean(surface)
                    guard surface == name || aliases.contains(surface) else {
                        throw fail("strict alias '\(surface)' is not the name or one of the aliases "
                            + "of '\(name)'; list it under aliases too")
                    }
                    if !strict.contains(surface) { strict.append(surface) }
                }
            }
            for surface in [name] + aliases
            where surface.unicodeScalars.count < minimumNameLength {
                throw fail("'\(surface)' is too short: names and aliases need at least "
                    + "\(minimumNameLength) characters, a single character would match everywhere")
            }
            entries.append(GazetteerEntry(
                name: name, type: type, nameEnglish: english, aliases: aliases, country: country,
                strictAliases: strict, origin: .init(source: source, line: lineNumber)))
        }
        return entries
    }

    /// The lines of `text`, ended by LF, CR LF or CR, as a split on `Character`s ends them
    /// (`"\r\n"` is one `Character`; CR and LF always stand alone otherwise), but scanning
    /// scalars: the `Character` split was 40% of parsing the built-in list, which every run
    /// does before its first page.
    static func lines(of text: String) -> [Substring] {
        let scalars = text.unicodeScalars
        var lines: [Substring] = []
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                lines.append(Substring(scalars[start..<index]))
                var next = scalars.index(after: index)
                if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                start = next
                index = next
            } else {
                index = scalars.index(after: index)
            }
        }
        lines.append(Substring(scalars[start..<scalars.endIndex]))
        return lines
    }

    /// Trims spaces and the quotes spreadsheets put around cells.
    private static func clean(_ cell: Substring) -> String {
        let value = blanksTrimmed(cell)
        if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
            return String(blanksTrimmed(Substring(
                String(value.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\""))))
        }
        return String(value)
    }

    /// What `trimmingCharacters(in: .whitespaces)` keeps (tab and the Zs spaces, U+3000
    /// included, go), without the trip through NSString that made up half of parsing the
    /// built-in list, which every run does before its first page.
    static func blanksTrimmed(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isBlank(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isBlank(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return Substring(scalars[start..<end])
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator)
    }
}
