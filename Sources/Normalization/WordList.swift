/// A few dozen words as scalar arrays, indexed by first scalar, matched at a position.
///
/// Built once from a generated table (`NormalizationTables`); reading it costs one array load
/// per position (a 64K-entry table of first scalars, like `TriggerTable`), since the words
/// around every amount are read.
struct WordList: Sendable {
    private let words: [[UInt32]]
    /// For each BMP scalar, 1 + the index of its bucket in `buckets`, or 0: no word starts with it.
    private let firstScalar: [UInt16]
    private let buckets: [[Int]]

    init(_ strings: [String]) {
        words = strings.map { $0.unicodeScalars.map(\.value) }
        var table = [UInt16](repeating: 0, count: 0x10000)
        var lists: [[Int]] = []
        for (k, w) in words.enumerated() where !w.isEmpty && w[0] < 0x10000 {
            let c = Int(w[0])
            if table[c] == 0 {
                lists.append([])
                table[c] = UInt16(lists.count)
            }
            lists[Int(table[c]) - 1].append(k)
        }
        firstScalar = table
        buckets = lists
    }

    /// Calls `body(index, length)` for every word that starts at `p`.
    @inline(__always)
    func forEachMatch(_ t: ScalarText, at p: Int, _ body: (Int, Int) -> Void) {
        let c = t[p]
        guard c < 0x10000 else { return }
        let bucket = Int(firstScalar[Int(c)])
        guard bucket != 0 else { return }
        for k in buckets[bucket - 1] {
            let w = words[k]
            var ok = true
            for j in 1..<w.count where t[p + j] != w[j] {
                ok = false
                break
            }
            if ok { body(k, w.count) }
        }
    }
}
