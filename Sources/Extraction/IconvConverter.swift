import Glibc

/// An open iconv converter to UTF-8; owns its `iconv_t` and closes it in deinit.
final class IconvConverter {
    private let handle: iconv_t
    /// Bytes per code unit of the source encoding, skipped past an undecodable one: stepping
    /// one byte into a UTF-16 page would read every later unit off by one, turning the rest of
    /// the page into garbage instead of one U+FFFD.
    private let unitWidth: Int

    init?(from encoding: String) {
        let h = iconv_open("UTF-8", encoding)
        guard let h, Int(bitPattern: h) != -1 else { return nil }
        handle = h
        unitWidth = IconvConverter.unitWidth(of: encoding)
    }

    static func unitWidth(of encoding: String) -> Int {
        let name = encoding.uppercased()
        if name.hasPrefix("UTF-16") || name.hasPrefix("UTF16") || name.hasPrefix("UCS-2") { return 2 }
        if name.hasPrefix("UTF-32") || name.hasPrefix("UTF32") || name.hasPrefix("UCS-4") { return 4 }
        return 1
    }

    deinit { iconv_close(handle) }

    /// Converts `input[start...]` to UTF-8; each undecodable code unit becomes U+FFFD and is counted.
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
                // EILSEQ or EINVAL (a sequence cut short by the end): one replacement
                // character, skip one code unit and go on. In CP949 a lead byte whose trail
                // byte is ASCII thus keeps the ASCII byte.
                if out.count - produced < 16 { out.append(contentsOf: repeatElement(0, count: out.count)) }
                out[produced] = 0xEF; out[produced + 1] = 0xBF; out[produced + 2] = 0xBD
                produced += 3
                replaced += 1
                let skip = min(unitWidth, inLeft)
                inPtr += skip
                inLeft -= skip
            }
        }
        out.removeSubrange(produced...)
        return (out, replaced)
    }
}
