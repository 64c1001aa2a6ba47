/// A small set of Unicode scalars for per-mention tests (`美` glued to a name, the first
/// syllable of a country, a particle that also ends names).
///
/// A `Set<UInt32>` costs a hash of about a hundred instructions per lookup, and reading one
/// from a `static let` adds a `swift_once` call; these tests run for every agency match. Here
/// a Hangul syllable, where nearly every lookup lands, is one bit test, and the few other
/// scalars sit in a short list.
struct ScalarSet: Sendable {
    private let hangul: [UInt64]
    private let others: [UInt32]
    /// The range of `others`: spaces and punctuation, the usual neighbours of a name, fall
    /// outside it without a search (the Han abbreviations of countries all sit above U+4E00).
    private let othersLow: UInt32
    private let othersHigh: UInt32

    init(_ scalars: some Sequence<UInt32>) {
        var hangul = [UInt64](repeating: 0, count: (Int(ScalarClass.hangulSyllableCount) + 63) / 64)
        var others: [UInt32] = []
        for c in scalars {
            let h = c &- ScalarClass.hangulSyllableBase
            if h < ScalarClass.hangulSyllableCount {
                hangul[Int(h >> 6)] |= 1 << UInt64(h & 63)
            } else if !others.contains(c) {
                others.append(c)
            }
        }
        self.hangul = hangul
        self.others = others
        othersLow = others.min() ?? 1
        othersHigh = others.max() ?? 0
    }

    init(_ text: String) {
        self.init(text.unicodeScalars.lazy.map(\.value))
    }

    @inline(__always)
    func contains(_ c: UInt32) -> Bool {
        let h = c &- ScalarClass.hangulSyllableBase
        if h < ScalarClass.hangulSyllableCount {
            return hangul[Int(h >> 6)] & (1 << UInt64(h & 63)) != 0
        }
        return c >= othersLow && c <= othersHigh && others.contains(c)
    }
}
