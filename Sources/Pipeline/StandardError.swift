#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Unbuffered writes to file descriptor 2: logs and progress go to stderr so stdout stays
/// clean for `knews extract | jq`, and the C `stderr` global is off-limits in Swift 6.
public enum StandardError {
    public static func write(_ text: String) {
        var copy = text
        copy.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(2, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }

    public static var isTerminal: Bool {
        isatty(2) == 1
    }
}
