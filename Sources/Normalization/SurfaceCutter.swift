/// Cuts mention surfaces out of the field's UTF-8 bytes: one copy of the bytes per surface
/// instead of a scalar-by-scalar append.
struct SurfaceCutter {
    let bytes: UnsafeBufferPointer<UInt8>
    let byteOffsets: UnsafeBufferPointer<Int32>

    /// The exact substring for scalar offsets `start..<end`.
    func surface(_ start: Int, _ end: Int) -> String {
        let b0 = Int(byteOffsets[start])
        let b1 = Int(byteOffsets[end])
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[b0..<b1]), as: UTF8.self)
    }
}
