import Crypto
import Foundation

/// `manifest.json` in the CSV folder: which database and which run its files were written
/// from, and each file's data rows, size and SHA-256.
///
/// It is written last, after every CSV of an export is in place, so a manifest that names the
/// database's last run and matches every file is proof the folder equals the database. A run
/// that changes no article rewrites only the run log files and verifies the rest against it.
struct CSVFolderManifest: Codable, Equatable, Sendable {
    struct Entry: Codable, Equatable, Sendable {
        var name: String
        /// Data rows (records after the header), counted outside quoted fields.
        var rows: Int
        var bytes: Int
        var sha256: String
    }

    /// The database's real path (symlinks resolved), so two spellings of one file agree.
    var database: String
    var runID: Int64
    var files: [Entry]

    enum CodingKeys: String, CodingKey {
        case database
        case runID = "run_id"
        case files
    }

    static let fileName = "manifest.json"

    /// The manifest in `directory`, or nil when there is none or it cannot be read (the
    /// caller then rewrites everything, which is always safe).
    static func read(in directory: String) -> CSVFolderManifest? {
        guard let data = FileManager.default.contents(atPath: directory + "/" + fileName) else { return nil }
        return try? JSONDecoder().decode(CSVFolderManifest.self, from: data)
    }

    /// Writes the manifest through a temporary sibling and a rename, like the CSVs.
    func write(in directory: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        let temporary = directory + "/." + CSVFolderManifest.fileName + ".tmp"
        let url = URL(fileURLWithPath: temporary)
        try data.write(to: url)
        let handle = try FileHandle(forWritingTo: url)
        try handle.synchronize()
        try handle.close()
        guard rename(temporary, directory + "/" + CSVFolderManifest.fileName) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: reason])
        }
    }

    /// Hashes `path` and counts its CSV records in one pass over 1 MiB chunks.
    ///
    /// A record ends at a CRLF outside quotes (knews quotes every field holding a line
    /// break); the header is not counted. `countRows: false` only hashes (rows come back 0):
    /// verifying an unchanged file needs the hash alone, and the byte loop that counts rows
    /// is the slower half.
    static func entry(forFileAt path: String, name: String, countRows: Bool = true) -> Entry? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        let size = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        var hasher = SHA256()
        var inQuotes = false
        var previous: UInt8 = 0
        var records = 0
        var bytes = 0
        while true {
            let count = Glibc.read(descriptor, buffer.baseAddress, size)
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            let chunk = UnsafeRawBufferPointer(rebasing: buffer[..<count])
            hasher.update(bufferPointer: chunk)
            bytes += count
            guard countRows else { continue }
            // Eight bytes at a time past those holding neither a quote nor a line feed (most
            // of a CSV's bytes): this loop, byte by byte, was the export's serial tail.
            let p = chunk.baseAddress!.assumingMemoryBound(to: UInt8.self)
            var k = 0
            while k < count {
                if k &+ 8 <= count {
                    let word = UInt64(littleEndian: UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self))
                    let quotes = word ^ 0x2222_2222_2222_2222
                    let feeds = word ^ 0x0A0A_0A0A_0A0A_0A0A
                    let ones: UInt64 = 0x0101_0101_0101_0101
                    let highs: UInt64 = 0x8080_8080_8080_8080
                    // Non-zero exactly when some byte of `quotes` or `feeds` is zero.
                    if ((quotes &- ones) & ~quotes | (feeds &- ones) & ~feeds) & highs == 0 {
                        previous = p[k &+ 7]
                        k &+= 8
                        continue
                    }
                }
                let byte = p[k]
                if byte == 0x22 {
                    inQuotes.toggle()
                } else if byte == 0x0A, previous == 0x0D, !inQuotes {
                    records += 1
                }
                previous = byte
                k &+= 1
            }
        }
        let hex = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        return Entry(name: name, rows: max(0, records - 1), bytes: bytes, sha256: hex)
    }
}
