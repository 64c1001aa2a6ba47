/// The particles and copulas Korean glues to a name, and the chains they form (`에서는`, `와의`,
/// `으로부터`, `측에서는`).
///
/// A name's right boundary is valid when what follows it, up to the next non-word scalar, is
/// empty or one of these chains. The chains are generated from a small grammar rather than
/// listed, so adding a particle adds all its combinations:
///
///     chain   = [noun] head [focus]            e.g. 측 에서 는
///     head    = case | focus | copula
///     focus   = topic, additive and delimiting particles (은 는 도 만 의 까지 조차 ...)
///     noun    = dependent nouns news attaches without a space (측, 등, 쪽)
///
/// It over-generates a little (`을도`), which is harmless: the chain must still be followed by a
/// space or punctuation, and real words rarely are an organization name plus such a tail.
enum ParticleChains {
    /// Case and adverbial particles.
    static let caseParticles: [String] = [
        "이", "가", "을", "를", "의", "와", "과", "로", "으로", "에", "에서", "에게", "께", "께서",
        "한테", "한테서", "에게서", "까지", "부터", "로부터", "으로부터", "에서부터", "보다", "처럼",
        "같이", "하고", "랑", "이랑", "로서", "으로서", "로써", "으로써", "마다", "대로", "만큼",
        "보고", "더러", "끼리", "과는", "와는",
    ]
    /// Topic, additive and delimiting particles; they may also follow a case particle.
    static let focusParticles: [String] = [
        "은", "는", "도", "만", "의", "까지", "조차", "마저", "부터", "이나", "나", "이라도", "라도",
        "뿐", "밖에", "이든", "든", "이든지", "든지", "이야", "야", "이야말로", "야말로", "요",
    ]
    /// Copula forms (`이다`, `이며`, quoting `이라고`) that end a clause right after a name.
    static let copulas: [String] = [
        "이다", "다", "이며", "며", "이고", "였다", "이었다", "였고", "이었고", "였으며", "이었으며",
        "이라며", "라며", "이라고", "라고", "이라는", "라는", "이란", "란", "이자", "이지만",
        "인", "임", "이던", "였던", "이었던", "이라서", "라서", "이니", "이냐", "이기도",
    ]
    /// Dependent nouns written attached to a name (`삼성전자측`, `네이버등`).
    static let attachedNouns: [String] = ["측", "등", "쪽"]
    /// Spoken contractions that appear in quotes.
    static let contractions: [String] = [
        "에선", "엔", "론", "으론", "에겐", "한텐", "로선", "으로선", "에서만", "에서조차",
    ]
    /// Delimiting particles that a case particle may follow (`만으로`, `까지의`).
    static let delimiters: [String] = ["만", "까지", "부터", "뿐"]

    /// Every chain, as scalar sequences, in scalar order.
    ///
    /// Built as scalar arrays rather than `String`s: every run builds the tagger before its
    /// first page, and concatenating, hashing and sorting some 5,000 strings cost about as
    /// much as parsing the whole built-in gazetteer.
    static let all: [[UInt32]] = {
        func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
        let cases = caseParticles.map(scalars)
        let focus = focusParticles.map(scalars)
        let copula = scalars("이다")
        var base = Set((caseParticles + focusParticles + copulas + contractions).map(scalars))
        for c in cases {
            for f in focus { base.insert(c + f) }
            base.insert(c + copula)
        }
        for d in delimiters.map(scalars) {
            for c in cases { base.insert(d + c) }
            base.insert(d + copula)
        }
        var chains = base
        for noun in attachedNouns.map(scalars) {
            chains.insert(noun)
            for tail in base { chains.insert(noun + tail) }
        }
        return chains.filter { $0.count <= 6 }.sorted { $0.lexicographicallyPrecedes($1) }
    }()

    /// Walks forward from the end of a name.
    static let forward = ScalarTrie(keys: all.map { ($0, Int32(1)) })
    /// Walks backward from the end of a word, to split `한국콘텐츠진흥원에서는` into stem and chain.
    static let backward = ScalarTrie(keys: all.map { (Array($0.reversed()), Int32(1)) })

    /// Whether the word continuing at byte `i` is empty or exactly a particle chain; returns the
    /// byte where the word ends, or -1.
    @inline(__always)
    static func chainEnd(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> Int {
        chainEnd(p, i, n, forward: forward)
    }

    /// `chainEnd` with the forward trie passed in: the scanner keeps it in a stored property,
    /// since reading a `static let` costs a `swift_once` call each time.
    @inline(__always)
    static func chainEnd(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int, forward: ScalarTrie) -> Int {
        var node: Int32 = 0
        var k = i
        while k < n {
            let (c, len) = ScalarClass.decode(p, k, n)
            if !ScalarClass.isWord(c) { break }
            node = forward.child(node, c)
            if node < 0 { return -1 }
            k += len
        }
        return node == 0 || forward.value(node) >= 0 ? k : -1
    }

    /// Whether `scalars` is empty or a chain.
    static func isChain(_ scalars: ArraySlice<UInt32>) -> Bool {
        scalars.isEmpty || forward.value(of: scalars) >= 0
    }

    /// Calls `body` with each length of a stem of `word` that leaves a chain (or nothing) after
    /// it, longest stem first, until `body` returns false. `word` holds one whole word.
    @inline(__always)
    static func forEachStemLength(of word: [UInt32], _ body: (Int) -> Bool) {
        forEachStemLength(of: word, backward: backward, body)
    }

    /// `forEachStemLength` with the backward trie passed in, for callers that keep it in a
    /// stored property rather than pay a `swift_once` per word.
    @inline(__always)
    static func forEachStemLength(of word: [UInt32], backward: ScalarTrie, _ body: (Int) -> Bool) {
        if !body(word.count) { return }
        var node: Int32 = 0
        var k = word.count - 1
        while k > 0 {
            node = backward.child(node, word[k])
            if node < 0 { return }
            if backward.value(node) >= 0 && !body(k) { return }
            k -= 1
        }
    }
}
