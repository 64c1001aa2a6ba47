/// Which Hangul syllables can end an organization suffix, as bit sets small enough to stay in
/// L1 cache while the scanner tests every syllable of the text against them.
///
/// The raw memory is owned here and never mutated after `init` (`@unchecked Sendable`).
final class SuffixSyllables: @unchecked Sendable {
    /// Last syllables of suffixes (`부`, `원` of 진흥원, `룹` of 그룹 ...).
    let finalBits: UnsafeMutablePointer<UInt64>
    /// Syllables that end a suffix on their own (`부`, `처`, `청`), and the fewest syllables a
    /// name needs before them (`정부`, `일부` are too short to be a ministry).
    private let singleBits: UnsafeMutablePointer<UInt64>
    private let longStemBits: UnsafeMutablePointer<UInt64>
    /// The last two syllables of each longer suffix (`흥원` of 진흥원, `그룹`), hashed into 4,096 bits.
    private let pairBits: UnsafeMutablePointer<UInt64>
    private static let words = (Int(ScalarClass.hangulSyllableCount) + 63) / 64

    /// - Parameter suffixes: each suffix with the fewest letters its stem needs.
    init(suffixes: [(suffix: [UInt32], minimumStem: Int)]) {
        finalBits = .allocate(capacity: Self.words)
        singleBits = .allocate(capacity: Self.words)
        longStemBits = .allocate(capacity: Self.words)
        pairBits = .allocate(capacity: 64)
        for bits in [finalBits, singleBits, longStemBits] {
            bits.initialize(repeating: 0, count: Self.words)
        }
        pairBits.initialize(repeating: 0, count: 64)
        func set(_ bits: UnsafeMutablePointer<UInt64>, _ c: UInt32) {
            guard ScalarClass.isHangulSyllable(c) else { return }
            let h = Int(c - ScalarClass.hangulSyllableBase)
            bits[h >> 6] |= 1 << UInt64(h & 63)
        }
        for (suffix, minimumStem) in suffixes {
            guard let last = suffix.last else { continue }
            set(finalBits, last)
            if suffix.count == 1 {
                set(singleBits, last)
                if minimumStem >= 3 { set(longStemBits, last) }
            } else {
                let bit = Self.pairBit(suffix[suffix.count - 2], last)
                pairBits[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
    }

    @inline(__always)
    private static func pairBit(_ a: UInt32, _ b: UInt32) -> Int {
        ScalarTrie.pairHash(a, b) & 0xFFF
    }

    deinit {
        finalBits.deallocate()
        singleBits.deallocate()
        longStemBits.deallocate()
        pairBits.deallocate()
    }

    @inline(__always)
    private static func test(_ bits: UnsafeMutablePointer<UInt64>, _ c: UInt32) -> Bool {
        let h = c &- ScalarClass.hangulSyllableBase
        return h < ScalarClass.hangulSyllableCount && bits[Int(h >> 6)] & (1 << UInt64(h & 63)) != 0
    }

    /// Whether the word in bytes `start..<end` may be a name with a suffix, possibly followed by
    /// a particle chain: some split leaves a chain after a suffix's last syllable (with the
    /// syllable before it fitting too). The pattern recognizer sees only words that pass.
    @inline(__always)
    func mayEndInSuffix(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let backward = ParticleChains.backward
        var node: Int32 = 0
        var k = end
        while k > start {
            let previous = ScalarClass.previousStart(p, k)
            let c = ScalarClass.decode(p, previous, end).scalar
            // Split before byte k: the stem ends with c, the chain (if any) follows.
            if previous > start && (node == 0 || backward.value(node) >= 0) && Self.test(finalBits, c) {
                let second = ScalarClass.previousStart(p, previous)
                if Self.test(singleBits, c) {
                    // A stem of two syllables, or three for 부 and 처.
                    if second > start
                        && (!Self.test(longStemBits, c) || ScalarClass.previousStart(p, second) > start)
                    {
                        return true
                    }
                } else {
                    let before = ScalarClass.decode(p, second, end).scalar
                    let bit = Self.pairBit(before, c)
                    if pairBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { return true }
                }
            }
            node = backward.child(node, c)
            if node < 0 { return false }
            k = previous
        }
        return false
    }
}
