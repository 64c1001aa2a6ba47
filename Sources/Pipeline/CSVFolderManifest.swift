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
            for byte in chunk {
                if byte == 0x22 {
                    inQuotes.toggle()
                } else if byte == 0x0A, previous == 0x0D, !inQuotes {
                    records += 1
                }
                previous = byte
            }
        }
        let hex = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        return Entry(name: name, rows: max(0, records - 1), bytes: bytes, sha256: hex)
    }
}
