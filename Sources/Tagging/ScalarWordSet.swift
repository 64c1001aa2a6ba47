/// A set of short words compared on Unicode scalars, for the pattern recognizer's stop lists
/// and prefix lists: lookups walk a trie, with no `String` built or normalized per word.
struct ScalarWordSet: Sendable {
    private let forward: ScalarTrie
    private let backward: ScalarTrie

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        let keys = words.map { $0.unicodeScalars.map(\.value) }
        forward = ScalarTrie(keys: keys.map { ($0, Int32(1)) })
        backward = ScalarTrie(keys: keys.map { (Array($0.reversed()), Int32(1)) })
    }

    func contains(_ word: ArraySlice<UInt32>) -> Bool {
        !word.isEmpty && forward.value(of: word) >= 0
    }

    /// Whether some member starts `word`; `proper` requires the member to be shorter.
    func isPrefix(of word: ArraySlice<UInt32>, proper: Bool = false) -> Bool {
        var node: Int32 = 0
        var taken = 0
        for c in word {
            node = forward.child(node, c)
            if node < 0 { return false }
            taken += 1
            if forward.value(node) >= 0 && (!proper || taken < word.count) { return true }
        }
        return false
    }

    /// Whether some member ends `word`.
    func isSuffix(of word: ArraySlice<UInt32>) -> Bool {
        var node: Int32 = 0
        for c in word.reversed() {
            node = backward.child(node, c)
            if node < 0 { return false }
            if backward.value(node) >= 0 { return true }
        }
        return false
    }

    /// Whether some member occurs anywhere in `word`.
    func occurs(in word: ArraySlice<UInt32>) -> Bool {
        var start = word.startIndex
        while start < word.endIndex {
            if isPrefix(of: word[start...]) { return true }
            start += 1
        }
        return false
    }
}
