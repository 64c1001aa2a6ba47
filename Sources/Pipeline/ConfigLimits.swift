import Foundation
import Yams

/// What pipeline.yml may cost to read: at most 10 MB, no YAML anchors or aliases, and parser
/// errors on one line with their line and column.
///
/// Aliases are refused outright rather than expanded under a budget: a 513-byte document of
/// nested aliases (`l1: &l1 [*l0, *l0, …]`, eight levels) expands to 10⁸ nodes, and Yams
/// builds every one (60 s and 11 GB before this check). A pipeline config has no use for them;
/// the scan runs on the raw bytes before the parser sees anything.
enum ConfigLimits {
    /// Larger than any real config by far; a bigger file is a mistake, not a config.
    static let maxBytes = 10 << 20

    /// Refuses `text` when it uses an anchor or alias; the error names the first one's line
    /// and column.
    ///
    /// An anchor (`&name`) or alias (`*name`) starts a node: at the start of a line's content,
    /// or after `- `, `: `, `? `, `[`, `{` or `,`. Quoted scalars, comments and block scalars
    /// (`|`, `>`) are skipped, so `match: "*.html"` and a plain `*` inside a word pass.
    static func checkAliases(_ text: String, path: String) throws(ConfigError) {
        var line = 1
        var blockIndent: Int?  // inside a block scalar more indented than this
        var flowDepth = 0  // open [ and { (flow collections may span lines)
        var quote: UInt8 = 0  // the open quoted scalar's quote (they may span lines too)
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { line += 1 }
            let bytes = Array(rawLine.utf8)
            let indent = bytes.prefix { $0 == 0x20 }.count
            if let block = blockIndent, quote == 0 {
                let blank = bytes.allSatisfy { $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }
                if blank || indent > block { continue }
                blockIndent = nil
            }
            var nodeStart = quote == 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if quote != 0 {
                    if byte == quote {
                        // '' is an escaped quote inside a single-quoted scalar.
                        if quote == 0x27, index + 1 < bytes.count, bytes[index + 1] == 0x27 {
                            index += 2
                            continue
                        }
                        quote = 0
                    } else if byte == 0x5C, quote == 0x22 {
                        index += 1
                    }
                    index += 1
                    continue
                }
                switch byte {
                case 0x20, 0x09, 0x0D:
                    break
                case UInt8(ascii: "#") where index == 0 || bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09:
                    index = bytes.count
                    continue
                case 0x22, 0x27:
                    if nodeStart { quote = byte }
                    nodeStart = false
                case UInt8(ascii: "&"), UInt8(ascii: "*"):
                    if nodeStart {
                        let kind = byte == UInt8(ascii: "&") ? "anchor" : "alias"
                        throw .invalidYAML(
                            path: path,
                            reason: "line \(line), column \(index + 1): YAML \(kind)s (&name, *name) are not allowed in pipeline.yml; write the value out (quote a glob that starts with *, as in \"*.html\")")
                    }
                case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                    // An indicator only when followed by a space or the line's end.
                    let next = index + 1 < bytes.count ? bytes[index + 1] : 0x20
                    nodeStart = next == 0x20 || next == 0x09 || next == 0x0D
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    // A flow collection only where a node starts; else a plain scalar's byte.
                    if nodeStart || flowDepth > 0 {
                        flowDepth += 1
                        nodeStart = true
                    }
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    if flowDepth > 0 { flowDepth -= 1 }
                    nodeStart = false
                case UInt8(ascii: ","):
                    nodeStart = flowDepth > 0
                default:
                    nodeStart = false
                }
                index += 1
            }
            // `key: |` or `key: >-` opens a block scalar on the following lines.
            if quote == 0, let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) {
                var start = last
                while start > 0, [UInt8(ascii: "-"), UInt8(ascii: "+")].contains(bytes[start]) || (0x30...0x39).contains(bytes[start]) {
                    start -= 1
                }
                if bytes[start] == UInt8(ascii: "|") || bytes[start] == UInt8(ascii: ">"),
                   start == 0 || bytes[start - 1] == 0x20 {
                    blockIndent = indent
                }
            }
        }
    }

    /// A parser error as one line: what was wrong, at which line and column.
    static func oneLine(_ error: Error) -> String {
        guard let yaml = error as? YamlError else {
            return "\(error)".split(separator: "\n").joined(separator: " ")
        }
        func located(_ context: YamlError.Context?, _ problem: String, _ mark: Mark) -> String {
            let within = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return "line \(mark.line), column \(mark.column): \(problem)\(within)"
        }
        switch yaml {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            return located(context, problem, mark)
        case let .reader(problem, offset, _, _):
            return "\(problem)" + (offset.map { " at byte \($0)" } ?? "")
        case let .duplicatedKeysInMapping(duplicates, context):
            return "line \(context.mark.line), column \(context.mark.column): duplicate keys \(duplicates.joined(separator: ", "))"
        default:
            return "\(yaml)".split(separator: "\n").joined(separator: " ")
        }
    }
}
