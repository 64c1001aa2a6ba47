internal import CZlib

/// A zlib inflate stream; owns the `z_stream` (heap-allocated so its address never moves)
/// and ends it in deinit.
final class Inflater {
    let stream: UnsafeMutablePointer<z_stream>

    /// `windowBits` as zlib takes it: 15 + 16 for gzip, 15 + 32 for gzip or zlib, -15 for raw deflate.
    init?(windowBits: Int32) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        guard knews_inflateInit2(stream, windowBits) == Z_OK else {
            stream.deallocate()
            return nil
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
    }

    func reset() { inflateReset(stream) }

    var message: String? {
        guard let m = stream.pointee.msg else { return nil }
        return String(cString: m)
    }

    /// Inflates a whole in-memory buffer (an HTTP `Content-Encoding: gzip` payload), refusing
    /// output past `limit` bytes so a compression bomb costs nothing.
    static func inflateAll(_ input: [UInt8], windowBits: Int32, limit: Int) -> Result<[UInt8], ReadFailure> {
        guard let inflater = Inflater(windowBits: windowBits) else { return .failure(.corruptGzip("zlib could not start", after: 0)) }
        let z = inflater.stream
        var out = [UInt8]()
        out.reserveCapacity(min(limit, max(input.count * 4, 4096)))
        var chunk = [UInt8](repeating: 0, count: 65536)
        return input.withUnsafeBufferPointer { inBuf -> Result<[UInt8], ReadFailure> in
            z.pointee.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
            z.pointee.avail_in = UInt32(inBuf.count)
            while true {
                let (ret, produced) = chunk.withUnsafeMutableBufferPointer { c -> (Int32, Int) in
                    z.pointee.next_out = c.baseAddress
                    z.pointee.avail_out = UInt32(c.count)
                    let r = inflate(z, Z_NO_FLUSH)
                    return (r, c.count - Int(z.pointee.avail_out))
                }
                out.append(contentsOf: chunk[0..<produced])
                if out.count > limit { return .failure(.overLimit(limit)) }
                switch ret {
                case Z_STREAM_END:
                    // Multi-member gzip bodies: go on while input remains.
                    if z.pointee.avail_in > 0, windowBits > 0 {
                        inflater.reset()
                        continue
                    }
                    return .success(out)
                case Z_OK:
                    continue
                case Z_BUF_ERROR:
                    if z.pointee.avail_in == 0 { return .failure(.truncatedGzip(after: out.count)) }
                    continue
                default:
                    return .failure(.corruptGzip(inflater.message ?? "invalid compressed data", after: out.count))
                }
            }
        }
    }
}
