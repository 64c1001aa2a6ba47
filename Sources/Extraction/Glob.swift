import Glibc

/// Shell-style wildcard matching (`*`, `?`, `[...]`) through the C library's fnmatch.
enum Glob {
    static func matches(_ pattern: String, _ text: String) -> Bool {
        fnmatch(pattern, text, 0) == 0
    }

    static func hasWildcard(_ s: Substring) -> Bool {
        s.contains("*") || s.contains("?") || s.contains("[")
    }
}
