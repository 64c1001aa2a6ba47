import Glibc

/// An open iconv converter to UTF-8; owns its `iconv_t` and closes it in deinit.
final class IconvConverter {
    private let handle: iconv_t

    init?(from encoding: String) {
        let h = iconv_open("UTF-8", encoding)
        guard let h, Int(bitPattern: h) != -1 else { return nil }
        handle = h
    }

    deinit { iconv_close(handle) }

    /// Converts `input[start...]` to UTF-8; undecodable bytes become U+FFFD and are counted.
    func convert(_ input: [UInt8], from start: Int = 0) -> (bytes: [UInt8], replaced: Int) {
        _ = iconv(handle, nil, nil, nil, nil)  // reset shift state
        var out = [UInt8](repeating: 0, count: (input.count - start) * 2 + 64)
        var replaced = 0
        var produced = 0
        input.withUnsafeBufferPointer { inBuf in
            guard let inBase = inBuf.baseAddress else { return }
            var inPtr = UnsafeMutablePointer(mutating: UnsafeRawPointer(inBase + start).assumingMemoryBound(to: CChar.self))
            var inLeft = inBuf.count - start
            while inLeft > 0 {
                if out.count - produced < 16 { out.append(contentsOf: repeatElement(0, count: out.count)) }
                let result: Int = out.withUnsafeMutableBufferPointer { outBuf in
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress! + produced).assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuf.count - produced
                    var inOpt: UnsafeMutablePointer<CChar>? = inPtr
                    let r = iconv(handle, &inOpt, &inLeft, &outPtr, &outLeft)
                    inPtr = inOpt ?? inPtr
                    produced = outBuf.count - outLeft
                    return r == -1 ? Int(errno) : 0
                }
                if result == 0 { break }
                if result == Int(E2BIG) { continue }
                // EILSEQ or EINVAL: one replacement character, skip one byte and go on.
                if out.count - produced < 16 { out.append(contentsOf: repeatElement(0, count: out.count)) }
                out[produced] = 0xEF; out[produced + 1] = 0xBF; out[produced + 2] = 0xBD
                produced += 3
                replaced += 1
                inPtr += 1
                inLeft -= 1
                // A CP949 lead byte whose trail byte is ASCII: the ASCII byte stays itself.
            }
        }
        out.removeSubrange(produced...)
        return (out, replaced)
    }
}
