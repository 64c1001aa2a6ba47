import Crypto
import Foundation

/// SHA-256 in hex, the form stored in `content_hash`, `inputs.sha256` and `config_sha256`.
enum Digest {
    static func sha256Hex(of bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// The hash of `parts` joined by U+001F, without building the joined string: the
    /// content hash covers whole bodies, once per article.
    static func sha256Hex(ofParts parts: [String]) -> String {
        var hasher = SHA256()
        for (index, part) in parts.enumerated() {
            if index > 0 { hasher.update(data: [0x1F]) }
            var copy = part
            copy.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }
        return hex(hasher.finalize())
    }

    /// Hashes a file in fixed-size chunks so a 1 GB WARC never sits in memory.
    ///
    /// `buffer` is the caller's, reused for every file: allocating a chunk per read (as
    /// `FileHandle.read(upToCount:)` does) cost more than hashing a typical 50 KB page.
    static func sha256Hex(ofFileAt path: String, buffer: UnsafeMutableRawBufferPointer) throws(DigestError) -> String {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(path: path, code: errno) }
        defer { close(fd) }
        var hasher = SHA256()
        while true {
            let count = try readSome(fd, into: buffer.baseAddress!, max: buffer.count, path: path)
            if count == 0 { break }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[..<count]))
        }
        return hex(hasher.finalize())
    }

    /// The whole file, for one that is small enough to hold: the producer hashes these
    /// bytes and the reader parses the same ones, so a page is read from disk once. Nil when
    /// the file is no longer `size` bytes long (it changed since the directory walk): the
    /// caller then streams it.
    static func contents(ofFileAt path: String, size: Int) throws(DigestError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(path: path, code: errno) }
        defer { close(fd) }
        // One byte more than expected, to notice a file that grew.
        let bytes = try [UInt8](unsafeUninitializedCapacity: size + 1) { (buffer, count) throws(DigestError) in
            while count < buffer.count {
                let n = try readSome(fd, into: buffer.baseAddress! + count, max: buffer.count - count, path: path)
                if n == 0 { break }
                count += n
            }
        }
        return bytes.count == size ? bytes : nil
    }

    /// One `read`, retried when a signal interrupts it; 0 at the end of the file.
    private static func readSome(
        _ fd: Int32, into start: UnsafeMutableRawPointer, max: Int, path: String
    ) throws(DigestError) -> Int {
        while true {
            let n = read(fd, start, max)
            if n >= 0 { return n }
            if errno != EINTR { throw .unreadable(path: path, code: errno) }
        }
    }

    private static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let table = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for byte in digest {
            bytes.append(table[Int(byte >> 4)])
            bytes.append(table[Int(byte & 0x0f)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
