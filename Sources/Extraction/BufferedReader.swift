/// Line and block reads over a `ByteStream`, for WARC headers and record bodies.
final class BufferedReader {
    private let stream: ByteStream
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity = 1 << 20
    private var start = 0
    private var end = 0
    private var atEnd = false

    init(_ stream: ByteStream) {
        self.stream = stream
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    var bytesRead: Int { stream.produced - (end - start) }

    /// Reads more; false at the end of the data.
    private func fill() throws(ReadFailure) -> Bool {
        if atEnd { return false }
        if start > 0 {
            if end > start { buffer.update(from: buffer + start, count: end - start) }
            end -= start
            start = 0
        }
        if end == capacity { return true }
        let n = try stream.read(into: buffer + end, max: capacity - end)
        if n == 0 { atEnd = true; return false }
        end += n
        return true
    }

    /// At least `n` bytes buffered when the data has them.
    func peek(_ n: Int) throws(ReadFailure) -> [UInt8] {
        while end - start < n, try fill() {}
        return Array(UnsafeBufferPointer(start: buffer + start, count: min(n, end - start)))
    }

    /// The next line without its CR LF; nil at the end. Lines longer than `maxLength` are cut.
    func readLine(maxLength: Int = 1 << 16) throws(ReadFailure) -> [UInt8]? {
        var scanned = 0
        while true {
            var i = start + scanned
            while i < end, buffer[i] != 0x0A { i += 1 }
            if i < end {
                var lineEnd = i
                if lineEnd > start, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = Array(UnsafeBufferPointer(start: buffer + start, count: min(lineEnd - start, maxLength)))
                start = i + 1
                return line
            }
            scanned = end - start
            if scanned >= maxLength {
                let line = Array(UnsafeBufferPointer(start: buffer + start, count: min(scanned, maxLength)))
                start = end
                // Drop the rest of the over-long line.
                while true {
                    guard try fill() else { return line }
                    var j = start
                    while j < end, buffer[j] != 0x0A { j += 1 }
                    if j < end { start = j + 1; return line }
                    start = end
                }
            }
            guard try fill() else {
                if end > start {
                    let line = Array(UnsafeBufferPointer(start: buffer + start, count: end - start))
                    start = end
                    return line
                }
                return nil
            }
        }
    }

    /// Exactly `count` bytes, or as many as remain (the caller checks).
    func readBytes(_ count: Int) throws(ReadFailure) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(count)
        while out.count < count {
            if start == end { guard try fill() else { break } }
            let take = min(count - out.count, end - start)
            out.append(contentsOf: UnsafeBufferPointer(start: buffer + start, count: take))
            start += take
        }
        return out
    }

    /// Skips `count` bytes; returns how many were skipped.
    func skip(_ count: Int) throws(ReadFailure) -> Int {
        var skipped = 0
        while skipped < count {
            if start == end { guard try fill() else { break } }
            let take = min(count - skipped, end - start)
            start += take
            skipped += take
        }
        return skipped
    }

    /// Puts `bytes` back in front of what is still unread, for a WARC record whose length
    /// lied: the part of its block that belongs to the next records is read again.
    /// The buffer grows when it must (only then, and only for that reader).
    func unread(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        if start >= bytes.count {
            start -= bytes.count
            bytes.withUnsafeBufferPointer { (buffer + start).update(from: $0.baseAddress!, count: bytes.count) }
            return
        }
        let remaining = end - start
        let size = max(capacity, bytes.count + remaining + (1 << 16))
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        bytes.withUnsafeBufferPointer { grown.update(from: $0.baseAddress!, count: bytes.count) }
        if remaining > 0 { (grown + bytes.count).update(from: buffer + start, count: remaining) }
        buffer.deallocate()
        buffer = grown
        capacity = size
        start = 0
        end = bytes.count + remaining
    }

    /// Everything to the end, refusing more than `limit` bytes.
    func readAll(limit: Int) throws(ReadFailure) -> [UInt8] {
        var out = [UInt8]()
        while true {
            if start == end { guard try fill() else { break } }
            out.append(contentsOf: UnsafeBufferPointer(start: buffer + start, count: end - start))
            start = end
            if out.count > limit { throw .overLimit(limit) }
        }
        return out
    }
}
