import Glibc
internal import CZlib

/// Bytes of one open file, inflated on the fly when it is gzip (any number of members).
///
/// Owns the file descriptor and closes it in deinit. Memory stays bounded by its 256 KiB
/// buffers whatever the file's size.
final class ByteStream {
    private let fd: Int32
    private let inflater: Inflater?
    private let input: UnsafeMutablePointer<UInt8>
    private let inputCapacity = 1 << 18
    private var eof = false
    private var inMember = true
    private var finished = false
    /// Decompressed (or plain) bytes handed out so far.
    private(set) var produced = 0

    init(fd: Int32, gzip: Bool) throws(ReadFailure) {
        self.fd = fd
        input = .allocate(capacity: inputCapacity)
        if gzip {
            guard let inflater = Inflater(windowBits: 15 + 16) else {
                input.deallocate()
                close(fd)
                throw .corruptGzip("zlib could not start", after: 0)
            }
            self.inflater = inflater
        } else {
            inflater = nil
        }
    }

    deinit {
        input.deallocate()
        close(fd)
    }

    private func readRaw(_ dst: UnsafeMutablePointer<UInt8>, _ max: Int) throws(ReadFailure) -> Int {
        while true {
            let n = Glibc.read(fd, dst, max)
            if n >= 0 { return n }
            if errno == EINTR { continue }
            throw .io(String(cString: strerror(errno)))
        }
    }

    /// Fills up to `max` bytes at `dst`; 0 means the end of the data.
    func read(into dst: UnsafeMutablePointer<UInt8>, max: Int) throws(ReadFailure) -> Int {
        guard let inflater else {
            let n = try readRaw(dst, max)
            produced += n
            return n
        }
        if finished { return 0 }
        let z = inflater.stream
        z.pointee.next_out = dst
        z.pointee.avail_out = UInt32(max)
        while Int(z.pointee.avail_out) == max {
            if z.pointee.avail_in == 0 && !eof {
                let n = try readRaw(input, inputCapacity)
                if n == 0 {
                    eof = true
                } else {
                    z.pointee.next_in = input
                    z.pointee.avail_in = UInt32(n)
                }
            }
            if !inMember {
                // Between members: another gzip header, or the end.
                if z.pointee.avail_in == 0 {
                    if eof { finished = true; break }
                    continue
                }
                if z.pointee.next_in.pointee != 0x1F {
                    finished = true  // trailing padding after the last member
                    break
                }
                inflater.reset()
                inMember = true
            }
            if z.pointee.avail_in == 0 && eof {
                throw .truncatedGzip(after: produced + (max - Int(z.pointee.avail_out)))
            }
            let ret = inflate(z, Z_NO_FLUSH)
            switch ret {
            case Z_STREAM_END:
                inMember = false
            case Z_OK, Z_BUF_ERROR:
                continue
            default:
                throw .corruptGzip(inflater.message ?? "invalid compressed data", after: produced + (max - Int(z.pointee.avail_out)))
            }
        }
        let n = max - Int(z.pointee.avail_out)
        produced += n
        return n
    }
}
