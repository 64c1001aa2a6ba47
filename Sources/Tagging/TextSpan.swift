/// A stretch of one field in both coordinates: UTF-8 bytes for slicing, Unicode scalars for the
/// offsets knews reports.
struct TextSpan: Sendable, Equatable {
    var byteStart: Int
    var byteEnd: Int
    var scalarStart: Int
    var scalarEnd: Int

    func overlaps(_ other: TextSpan) -> Bool {
        byteStart < other.byteEnd && other.byteStart < byteEnd
    }
}
