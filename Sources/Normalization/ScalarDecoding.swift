/// Decodes a native Swift string's UTF-8 into scalar values in one pass, recording where
/// each scalar starts in the bytes (`byteOffsets[k]`, plus the total length at `count`) so a
/// mention's surface is a byte slice found in O(1).
///
/// - Complexity: O(n) in UTF-8 bytes; two allocations.
func decodeScalars(_ bytes: UnsafeBufferPointer<UInt8>) -> (scalars: [UInt32], byteOffsets: [Int32]) {
    let n = bytes.count
    guard n > 0, let src = bytes.baseAddress else { return ([], [0]) }
    var offsets = [Int32](repeating: 0, count: 0)
    let scalars = [UInt32](unsafeUninitializedCapacity: n) { out, written in
        offsets = [Int32](unsafeUninitializedCapacity: n + 1) { offs, offsWritten in
            guard let dst = out.baseAddress, let off = offs.baseAddress else { written = 0; offsWritten = 0; return }
            var i = 0
            var k = 0
            while i < n {
                let b0 = UInt32(src[i])
                off[k] = Int32(truncatingIfNeeded: i)
                var c: UInt32
                if b0 < 0x80 {
                    c = b0
                    i &+= 1
                } else if b0 >= 0xE0 && b0 < 0xF0 {
                    // Hangul and CJK: the bulk of Korean text.
                    c = (b0 & 0x0F) << 12 | UInt32(src[i &+ 1] & 0x3F) << 6 | UInt32(src[i &+ 2] & 0x3F)
                    i &+= 3
                } else if b0 < 0xE0 {
                    c = (b0 & 0x1F) << 6 | UInt32(src[i &+ 1] & 0x3F)
                    i &+= 2
                } else {
                    c = (b0 & 0x07) << 18 | UInt32(src[i &+ 1] & 0x3F) << 12
                        | UInt32(src[i &+ 2] & 0x3F) << 6 | UInt32(src[i &+ 3] & 0x3F)
                    i &+= 4
                }
                dst[k] = c
                k &+= 1
            }
            off[k] = Int32(truncatingIfNeeded: n)
            written = k
            offsWritten = k + 1
        }
    }
    return (scalars, offsets)
}
