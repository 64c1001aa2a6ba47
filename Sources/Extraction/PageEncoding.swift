/// The character encodings knews tells apart, named as iconv knows them.
///
/// Every page is turned into UTF-8 before libxml2 sees it, so libxml2 is always told "UTF-8"
/// and never reads the page's own `<meta charset>` (libxml2 2.9 decodes the CP949-only
/// syllables of a page labelled euc-kr wrongly).
enum PageEncoding: Hashable, Sendable {
    case utf8
    /// EUC-KR and its Microsoft superset; WHATWG maps every EUC-KR label here.
    case cp949
    case utf16LE
    case utf16BE
    /// windows-1252 for latin1/ascii labels (as browsers do), or any other label iconv knows.
    case other(String)

    var iconvName: String {
        switch self {
        case .utf8: return "UTF-8"
        case .cp949: return "CP949"
        case .utf16LE: return "UTF-16LE"
        case .utf16BE: return "UTF-16BE"
        case .other(let name): return name
        }
    }

    /// Maps a charset label (HTTP or meta) to an encoding; nil for labels knews cannot use.
    static func fromLabel(_ raw: String) -> PageEncoding? {
        var label = ""
        for scalar in raw.unicodeScalars {
            if scalar == " " || scalar == "\"" || scalar == "'" || scalar == "\t" { continue }
            label.unicodeScalars.append(scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar)
        }
        switch label {
        case "": return nil
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return .utf8
        case "euc-kr", "euckr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "korean",
            "csksc56011987", "iso-ir-149", "windows-949", "x-windows-949", "cp949", "uhc", "ms949",
            "x-uhc", "csEUCKR".lowercased(), "x-euc-kr":
            return .cp949
        case "utf-16le", "utf-16": return .utf16LE
        case "utf-16be": return .utf16BE
        case "iso-8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "iso8859-1",
            "iso_8859-1", "x-cp1252":
            return .other("WINDOWS-1252")
        default:
            // Only labels made of label characters reach iconv.
            guard label.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E || $0 == 0x3A }) else { return nil }
            return .other(label.uppercased())
        }
    }
}
