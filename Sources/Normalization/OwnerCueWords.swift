/// The owner cue words of `data/normalization/owner_cues.tsv`, for Pipeline's
/// `MoneyOwnerResolver`: the lists are data like every word list, generated into this module
/// with the others, and read here so the resolver needs no copy of them.
///
/// The lists are a few dozen words, read only around organizations and amounts, so a plain
/// scan per position is enough.
public struct OwnerCueWords: Sendable {
    public enum Cue: String, Sendable, CaseIterable {
        /// A role or spokesperson noun after an organization (`관계자`, `대표`, `시장`).
        case speaker
        /// A verb by which an agency imposes a fine (`부과`, `선고`, `물렸`).
        case impose
        /// A verb by which a lender lends to an organization (`대출`, `빌려준`).
        case lend
    }

    public static let shared = OwnerCueWords()

    private let words: [[[UInt32]]]

    private init() {
        words = Cue.allCases.map { cue in
            NormalizationTables.ownerCues.filter { $0.cue == cue.rawValue }.map { $0.word.unicodeScalars.map(\.value) }
        }
    }

    /// The length of the longest `cue` word spelled from `k` (`at` reads a scalar, 0 outside
    /// the text), or nil when none is.
    public func match(_ cue: Cue, at k: Int, _ at: (Int) -> UInt32) -> Int? {
        var best: Int?
        let list = words[Cue.allCases.firstIndex(of: cue)!]
        for word in list where at(k) == word[0] {
            var j = 1
            while j < word.count && at(k + j) == word[j] { j += 1 }
            if j == word.count && word.count > (best ?? 0) { best = word.count }
        }
        return best
    }
}
