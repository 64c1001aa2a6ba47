/// Cuts mention surfaces out of the field's UTF-8 bytes: one copy of the bytes per surface
/// instead of a scalar-by-scalar append.
struct SurfaceCutter {
    let text: String
    let byteOffsets: UnsafeBufferPointer<Int32>

    /// The exact substring for scalar offsets `start..<end`. Indices into a native string's
    /// UTF-8 view are O(1), and copying a slice of a valid string skips re-validation.
    func surface(_ start: Int, _ end: Int) -> String {
        let utf8 = text.utf8
        let i0 = utf8.index(utf8.startIndex, offsetBy: Int(byteOffsets[start]))
        let i1 = utf8.index(utf8.startIndex, offsetBy: Int(byteOffsets[end]))
        return String(text[i0..<i1])
    }
}
