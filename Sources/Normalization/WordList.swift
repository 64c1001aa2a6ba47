/// A few dozen words as scalars, indexed by first scalar, matched at a position.
///
/// Built once from a generated table (`NormalizationTables`); reading it costs one array load
/// per position (a 64K-entry table of first scalars, like `TriggerTable`), since the words
/// around every amount are read. Words and buckets are stored flat, so a lookup touches no
/// nested array (no retain or release per position).
struct WordList: Sendable {
    /// Every word's scalars, one after another; word `k` is `scalars[offsets[k]..<offsets[k + 1]]`.
    private let scalars: [UInt32]
    private let offsets: [Int]
    /// For each BMP scalar, the range in `members` of the words starting with it (empty: none).
    private let firstStart: [UInt16]
    private let firstCount: [UInt8]
    private let members: [Int]

    init(_ strings: [String]) {
        let words = strings.map { $0.unicodeScalars.map(\.value) }
        var flat: [UInt32] = []
        var offs = [0]
        for w in words {
            flat += w
            offs.append(flat.count)
        }
        var start = [UInt16](repeating: 0, count: 0x10000)
        var count = [UInt8](repeating: 0, count: 0x10000)
        var list: [Int] = []
        // Group by first scalar, in first-appearance order.
        var firsts: [UInt32] = []
        for w in words where !w.isEmpty && w[0] < 0x10000 && !firsts.contains(w[0]) { firsts.append(w[0]) }
        for f in firsts {
            start[Int(f)] = UInt16(list.count)
            for (k, w) in words.enumerated() where !w.isEmpty && w[0] == f { list.append(k) }
            count[Int(f)] = UInt8(list.count - Int(start[Int(f)]))
        }
        scalars = flat
        offsets = offs
        firstStart = start
        firstCount = count
        members = list
    }

    /// Calls `body(index, length)` for every word that starts at `p`.
    @inline(__always)
    func forEachMatch(_ t: ScalarText, at p: Int, _ body: (Int, Int) -> Void) {
        let c = t[p]
        guard c < 0x10000 else { return }
        let n = Int(firstCount[Int(c)])
        guard n != 0 else { return }
        let first = Int(firstStart[Int(c)])
        for m in first..<(first + n) {
            let k = members[m]
            let from = offsets[k]
            let length = offsets[k + 1] - from
            var j = 1
            while j < length && t[p + j] == scalars[from + j] { j += 1 }
            if j == length { body(k, length) }
        }
    }
}
