/// A few dozen words as scalar arrays, indexed by first scalar, matched at a position.
///
/// Built once from a generated table (`NormalizationTables`); reading it costs one dictionary
/// probe per position, and it is only read around a mention already found, never per token.
struct WordList: Sendable {
    private let words: [[UInt32]]
    private let byFirst: [UInt32: [Int]]

    init(_ strings: [String]) {
        words = strings.map { $0.unicodeScalars.map(\.value) }
        var index: [UInt32: [Int]] = [:]
        for (k, w) in words.enumerated() where !w.isEmpty { index[w[0], default: []].append(k) }
        byFirst = index
    }

    /// Calls `body(index, length)` for every word that starts at `p`.
    @inline(__always)
    func forEachMatch(_ t: ScalarText, at p: Int, _ body: (Int, Int) -> Void) {
        guard let candidates = byFirst[t[p]] else { return }
        for k in candidates {
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
