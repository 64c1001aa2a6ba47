import Glibc

/// CP949 (and EUC-KR, its subset) to UTF-8 through a table read out of glibc's own iconv
/// converter, once per process.
///
/// iconv converts in two steps (UHC to UCS-4, UCS-4 to UTF-8) behind a call per buffer and
/// was most of the decode stage on Korean pages. CP949 is stateless and every character is
/// one byte or a lead/trail pair, so one lookup per pair gives the same characters. The
/// table is iconv's own answer for every pair, so the output is iconv's, byte for byte
/// (`IconvConverter.convert`: each byte iconv refuses becomes one U+FFFD, and decoding goes
/// on at the next byte), which the tests check on every pair and on random pages. The one
/// exception is A2E8, which glibc consumes and then refuses: the iconv path lost the byte
/// after it, while here its lead byte is refused and decoding goes on at the next byte.
enum CP949Decoder {
    private static let leads = 0x81...0xFE
    private static let trails = 0x41...0xFE

    /// The scalar of each lead/trail pair at `(lead - 0x81) * 190 + (trail - 0x41)`, 0 where
    /// iconv refuses the pair; nil when this C library's CP949 is not the plain two-byte
    /// code the decoder assumes (it then leaves the page to iconv).
    static let table: [UInt16]? = {
        let handle = iconv_open("UTF-8", PageEncoding.cp949.iconvName)
        guard let handle, Int(bitPattern: handle) != -1 else { return nil }
        defer { iconv_close(handle) }
        /// The one scalar iconv makes of `bytes`, 0 when it refuses them, nil when it makes
        /// something this decoder cannot express (more than one scalar, or one past U+FFFF).
        func scalar(_ bytes: [UInt8]) -> UInt32? {
            var input = bytes
            var output = [UInt8](repeating: 0, count: 16)
            _ = iconv(handle, nil, nil, nil, nil)
            let (result, produced): (Int, Int) = input.withUnsafeMutableBufferPointer { inBuf in
                output.withUnsafeMutableBufferPointer { outBuf in
                    var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                    var inLeft = inBuf.count
                    var outLeft = outBuf.count
                    let result = iconv(handle, &inPtr, &inLeft, &outPtr, &outLeft)
                    return (result, outBuf.count - outLeft)
                }
            }
            if result == -1 { return produced == 0 ? 0 : nil }
            switch produced {
            case 2: return UInt32(output[0] & 0x1F) << 6 | UInt32(output[1] & 0x3F)
            case 3: return UInt32(output[0] & 0x0F) << 12 | UInt32(output[1] & 0x3F) << 6 | UInt32(output[2] & 0x3F)
            default: return nil
            }
        }
        // Bytes from 0x80 up are never characters by themselves.
        for byte in 0x80...0xFF where scalar([UInt8(byte)]) != 0 { return nil }
        var table = [UInt16](repeating: 0, count: leads.count * trails.count)
        for lead in leads {
            for trail in trails {
                guard let value = scalar([UInt8(lead), UInt8(trail)]) else { return nil }
                guard value == 0 || value >= 0x80 else { return nil }
                table[(lead - leads.lowerBound) * trails.count + trail - trails.lowerBound] = UInt16(value)
            }
        }
        return table
    }()

    /// `input[start...]` as UTF-8 and how many bytes became U+FFFD; nil when the table could
    /// not be built.
    static func convert(_ input: [UInt8], from start: Int = 0) -> (bytes: [UInt8], replaced: Int)? {
        guard let table else { return nil }
        var replaced = 0
        let capacity = max(input.count - start, 0) * 3
        let output = [UInt8](unsafeUninitializedCapacity: capacity) { out, count in
            input.withUnsafeBufferPointer { source in
                table.withUnsafeBufferPointer { table in
                    let raw = UnsafeRawBufferPointer(source)
                    let n = source.count
                    var i = start
                    var o = 0
                    while i < n {
                        // Markup is ASCII: eight bytes at a time.
                        if i + 8 <= n {
                            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                            if word & 0x8080_8080_8080_8080 == 0 {
                                UnsafeMutableRawPointer(out.baseAddress! + o).storeBytes(of: word, as: UInt64.self)
                                i += 8
                                o += 8
                                continue
                            }
                        }
                        let lead = source[i]
                        if lead < 0x80 {
                            out[o] = lead
                            i += 1
                            o += 1
                            continue
                        }
                        if lead >= 0x81, lead <= 0xFE, i + 1 < n {
                            let trail = source[i + 1]
                            if trail >= 0x41, trail <= 0xFE {
                                let scalar = table[Int(lead &- 0x81) &* 190 &+ Int(trail &- 0x41)]
                                if scalar >= 0x800 {
                                    out[o] = 0xE0 | UInt8(truncatingIfNeeded: scalar >> 12)
                                    out[o + 1] = 0x80 | UInt8(truncatingIfNeeded: (scalar >> 6) & 0x3F)
                                    out[o + 2] = 0x80 | UInt8(truncatingIfNeeded: scalar & 0x3F)
                                    i += 2
                                    o += 3
                                    continue
                                }
                                if scalar != 0 {
                                    out[o] = 0xC0 | UInt8(truncatingIfNeeded: scalar >> 6)
                                    out[o + 1] = 0x80 | UInt8(truncatingIfNeeded: scalar & 0x3F)
                                    i += 2
                                    o += 2
                                    continue
                                }
                            }
                        }
                        out[o] = 0xEF
                        out[o + 1] = 0xBF
                        out[o + 2] = 0xBD
                        o += 3
                        i += 1
                        replaced += 1
                    }
                    count = o
                }
            }
        }
        return (output, replaced)
    }
}
