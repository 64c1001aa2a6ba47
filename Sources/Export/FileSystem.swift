#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX calls the exporters need, in one place: creating folders, and writing a file
/// that replaces the old one atomically (temporary file in the same folder, fsync, rename,
/// fsync of the folder), so a reader or a crash sees the old file or the new one, never half.
enum FileSystem {
    static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// `mkdir -p`: creates `path` and its missing parents with mode 0755.
    static func createDirectory(_ path: String) throws(ExportError) {
        if path.isEmpty { return }
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            prefix += component
            if mkdir(prefix, 0o755) != 0 {
                let code = errno
                var info = stat()
                let isDirectory = stat(prefix, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
                if !(code == EEXIST && isDirectory) {
                    let reason = code == EEXIST ? "\(prefix) exists and is not a folder" : errorText(code)
                    throw ExportError.cannotWrite(path: path, reason: reason)
                }
            }
            prefix += "/"
        }
    }

    static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }
}

/// `write(2)`, reachable from `AtomicFile`, whose own `write` method shadows the name.
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// A file written through a temporary sibling and renamed over the target on `commit`.
///
/// Until `commit` the target is untouched, and a writer dropped without committing removes
/// its temporary file.
final class AtomicFile {
    let path: String
    private let temporaryPath: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var committed = false

    /// The temporary name is fixed (`.<name>.tmp`): runs are serialized by the pipeline's
    /// lock, and a fixed name means a run killed mid-write leaves at most one stale file,
    /// which the next run overwrites.
    init(path: String) throws(ExportError) {
        self.path = path
        let directory = FileSystem.directory(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        temporaryPath = (directory == "/" ? "" : directory) + "/." + name + ".tmp"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0 {
            throw ExportError.cannotWrite(path: path, reason: FileSystem.errorText(errno))
        }
    }

    deinit {
        if !committed {
            if descriptor >= 0 { close(descriptor) }
            unlink(temporaryPath)
        }
    }

    /// Appends to the file's buffer; written out on `commit` (for small files).
    func append<C: Collection>(contentsOf bytes: C) where C.Element == UInt8 {
        buffer.append(contentsOf: bytes)
    }

    /// Writes `bytes` (after anything appended) to the temporary file now, without copying
    /// them into the file's own buffer.
    func write(_ bytes: UnsafeRawBufferPointer) throws(ExportError) {
        try flush()
        try writeAll(bytes)
    }

    private func flush() throws(ExportError) {
        guard !buffer.isEmpty else { return }
        let pending = buffer.withUnsafeBytes { raw in Result { () throws(ExportError) in try writeAll(raw) } }
        try pending.get()
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ raw: UnsafeRawBufferPointer) throws(ExportError) {
        guard let base = raw.baseAddress else { return }
        var offset = 0
        while offset < raw.count {
            let written = posixWrite(descriptor, base + offset, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw ExportError.cannotWrite(path: path, reason: FileSystem.errorText(errno))
            }
            offset += written
        }
    }

    /// Flushes, fsyncs, renames over the target and fsyncs the folder so the rename itself
    /// survives a power cut.
    func commit() throws(ExportError) {
        try flush()
        if fsync(descriptor) != 0 {
            throw ExportError.cannotWrite(path: path, reason: FileSystem.errorText(errno))
        }
        let closed = close(descriptor)
        descriptor = -1
        if closed != 0 {
            throw ExportError.cannotWrite(path: path, reason: FileSystem.errorText(errno))
        }
        if rename(temporaryPath, path) != 0 {
            throw ExportError.cannotWrite(path: path, reason: FileSystem.errorText(errno))
        }
        committed = true
        let directory = open(FileSystem.directory(of: path), O_RDONLY | O_CLOEXEC)
        if directory >= 0 {
            _ = fsync(directory)
            close(directory)
        }
    }
}
