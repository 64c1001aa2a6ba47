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
            let count = read(fd, buffer.baseAddress, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, code: errno)
            }
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
        var failure: Int32 = 0
        // One byte more than expected, to notice a file that grew.
        let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            while count < buffer.count {
                let n = read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { break }
                count += n
            }
        }
        if failure != 0 { throw .unreadable(path: path, code: failure) }
        return bytes.count == size ? bytes : nil
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
