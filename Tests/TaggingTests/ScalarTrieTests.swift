import Testing
@testable import Tagging

/// The trie's node layout: few children are searched in a list, many (more than eight) in a
/// hash table, and the root has dense tables for ASCII and Hangul. Every lookup must give the
/// value stored for exactly that key, whichever layout its nodes use.
@Suite struct ScalarTrieTests {
    /// Keys that give the root, and the node after `한`, hundreds of children of every kind
    /// (Hangul, ASCII, Latin-1, Han, full width), plus chains of single children.
    static let keys: [String] = {
        var keys: [String] = []
        for syllable in "가나다라마바사아자차카타파하국민산업통신전력공사".unicodeScalars {
            keys.append("한\(syllable)")
            keys.append("한\(syllable)진흥원")
        }
        for scalar in (0x4E00 as UInt32)..<0x4E30 {  // Han: root and `한` node beyond the dense tables
            if let c = Unicode.Scalar(scalar) {
                keys.append("한\(c)")
                keys.append("\(c)전자")
            }
        }
        keys += ["KT", "KTX", "SK텔레콤", "Éclair", "ＫＴ", "한", "한국", "한국전력공사", "네이버", "네이버클라우드"]
        return keys
    }()

    static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    /// (`한국` is listed twice: the first value wins.)
    @Test func everyKeyFindsItsOwnValue() {
        let trie = ScalarTrie(keys: Self.keys.enumerated().map { (Self.scalars($0.element), Int32($0.offset)) })
        for key in Self.keys {
            #expect(trie.value(of: Self.scalars(key)) == Int32(Self.keys.firstIndex(of: key) ?? -1), "key \(key)")
        }
    }

    @Test(arguments: ["한국전력", "한국전력공사사", "한갸", "한\u{4E30}", "\u{4E00}전", "K", "SK", "네이", "Ｋ", "", "한가진흥"])
    func prefixesAndStrangersAreNotKeys(text: String) {
        let trie = ScalarTrie(keys: Self.keys.enumerated().map { (Self.scalars($0.element), Int32($0.offset)) })
        #expect(trie.value(of: Self.scalars(text)) == ScalarTrie.none)
    }

    @Test func aRepeatedKeyKeepsTheFirstValue() {
        let trie = ScalarTrie(keys: [(Self.scalars("한국"), 7), (Self.scalars("한국"), 9), (Self.scalars("한"), 3)])
        #expect(trie.value(of: Self.scalars("한국")) == 7)
        #expect(trie.value(of: Self.scalars("한")) == 3)
    }

    @Test func walksStepByStep() {
        let trie = ScalarTrie(keys: Self.keys.enumerated().map { (Self.scalars($0.element), Int32($0.offset)) })
        var node: Int32 = 0
        for c in Self.scalars("한국전력공사") {
            node = trie.child(node, c)
            #expect(node > 0)
        }
        #expect(trie.value(node) == Int32(Self.keys.firstIndex(of: "한국전력공사") ?? -1))
        #expect(trie.child(node, Self.scalars("사")[0]) == ScalarTrie.none)
    }
}

@Suite struct ScalarSetTests {
    @Test func membersAndNonMembers() {
        let set = ScalarSet("美中日미국E")
        for member in "美中日미국E".unicodeScalars {
            #expect(set.contains(member.value), "\(member)")
        }
        // Outside the non-Hangul range (a space, ASCII), inside it but absent (`北` sits
        // between 中 and 美), and Hangul neighbours of members.
        for stranger in " F北한가".unicodeScalars {
            #expect(!set.contains(stranger.value), "\(stranger)")
        }
        #expect(!ScalarSet("").contains(0x20))
    }
}
