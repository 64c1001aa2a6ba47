/// Which Hangul syllables can end an organization suffix, as bit sets small enough to stay in
/// L1 cache while the scanner tests every syllable of the text against them.
///
/// The raw memory is owned here and never mutated after `init` (`@unchecked Sendable`).
final class SuffixSyllables: @unchecked Sendable {
    /// Last syllables of suffixes (`부`, `원` of 진흥원, `룹` of 그룹 ...).
    let finalBits: UnsafeMutablePointer<UInt64>
    /// Syllables that end a suffix on their own (`부`, `처`, `청`): no syllable before them is
    /// required to look like the rest of a suffix.
    private let singleBits: UnsafeMutablePointer<UInt64>
    /// The syllable before the last in each longer suffix (`흥` of 진흥원, `그` of 그룹).
    private let penultimateBits: UnsafeMutablePointer<UInt64>
    private static let words = (Int(ScalarClass.hangulSyllableCount) + 63) / 64

    init(suffixes: [[UInt32]]) {
        finalBits = .allocate(capacity: Self.words)
        singleBits = .allocate(capacity: Self.words)
        penultimateBits = .allocate(capacity: Self.words)
        for bits in [finalBits, singleBits, penultimateBits] {
            bits.initialize(repeating: 0, count: Self.words)
        }
        func set(_ bits: UnsafeMutablePointer<UInt64>, _ c: UInt32) {
            guard ScalarClass.isHangulSyllable(c) else { return }
            let h = Int(c - ScalarClass.hangulSyllableBase)
            bits[h >> 6] |= 1 << UInt64(h & 63)
        }
        for suffix in suffixes {
            guard let last = suffix.last else { continue }
            set(finalBits, last)
            if suffix.count == 1 { set(singleBits, last) } else { set(penultimateBits, suffix[suffix.count - 2]) }
        }
    }

    deinit {
        finalBits.deallocate()
        singleBits.deallocate()
        penultimateBits.deallocate()
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
                if Self.test(singleBits, c) { return true }
                let before = ScalarClass.decode(p, ScalarClass.previousStart(p, previous), end).scalar
                if Self.test(penultimateBits, before) { return true }
            }
            node = backward.child(node, c)
            if node < 0 { return false }
            k = previous
        }
        return false
    }
}
