/// A trie over Unicode scalars, flattened into arrays for fast, allocation-free walking.
///
/// The root, where every walk starts, has dense tables for ASCII and the 11,172 Hangul
/// syllables, so the most frequent lookup is one load; deeper nodes keep their children sorted
/// in one shared edge array (linear search for few children, binary search for many).
///
/// The storage is raw memory owned by this class and never mutated after `init`, which is why
/// sharing one instance between worker threads is safe (`@unchecked Sendable`).
final class ScalarTrie: @unchecked Sendable {
    static let none: Int32 = -1

    let nodeCount: Int
    private let rootASCII: UnsafeMutablePointer<Int32>
    private let rootHangul: UnsafeMutablePointer<Int32>
    /// Per node, side by side so one cache line serves a step: the index of its first edge,
    /// then its value (`none` when no key ends there). The next node's first edge ends the
    /// node's edge range.
    private let nodeData: UnsafeMutablePointer<Int32>
    /// Edges sorted by scalar within each node: scalar in the high half, target in the low.
    private let edges: UnsafeMutablePointer<UInt64>
    /// The length in scalars of the longest key.
    let maxDepth: Int
    /// A 65,536-bit filter over the first two scalars of every key: most word starts in Korean
    /// text begin with a pair no name begins with, and one bit test (the filter stays in L1
    /// cache) spares them the trie walk and its cache misses.
    private let pairFilter: UnsafeMutablePointer<UInt64>
    /// A key of one scalar defeats the pair filter.
    private let hasSingleScalarKey: Bool

    /// - Parameter keys: scalar sequences and their values; on a repeated key the first wins.
    init(keys: [([UInt32], Int32)]) {
        var children: [[UInt32: Int32]] = [[:]]
        var nodeValues: [Int32] = [ScalarTrie.none]
        var deepest = 0
        for (key, value) in keys where !key.isEmpty {
            var node = 0
            for c in key {
                if let next = children[node][c] {
                    node = Int(next)
                } else {
                    let next = Int32(children.count)
                    children.append([:])
                    nodeValues.append(ScalarTrie.none)
                    children[node][c] = next
                    node = Int(next)
                }
            }
            if nodeValues[node] == ScalarTrie.none { nodeValues[node] = value }
            deepest = max(deepest, key.count)
        }
        maxDepth = deepest
        nodeCount = children.count
        pairFilter = .allocate(capacity: 1024)
        pairFilter.initialize(repeating: 0, count: 1024)
        var single = false
        for (key, _) in keys where !key.isEmpty {
            if key.count == 1 {
                single = true
            } else {
                let bit = ScalarTrie.pairHash(key[0], key[1])
                pairFilter[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
        hasSingleScalarKey = single
        let edgeCount = children.reduce(0) { $0 + $1.count }
        rootASCII = .allocate(capacity: 128)
        rootASCII.initialize(repeating: ScalarTrie.none, count: 128)
        rootHangul = .allocate(capacity: Int(ScalarClass.hangulSyllableCount))
        rootHangul.initialize(repeating: ScalarTrie.none, count: Int(ScalarClass.hangulSyllableCount))
        nodeData = .allocate(capacity: 2 * nodeCount + 2)
        edges = .allocate(capacity: max(edgeCount, 1))
        var e = 0
        for node in 0..<nodeCount {
            nodeData[2 * node] = Int32(e)
            nodeData[2 * node + 1] = nodeValues[node]
            for (c, target) in children[node].sorted(by: { $0.key < $1.key }) {
                edges[e] = UInt64(c) << 32 | UInt64(UInt32(bitPattern: target))
                e += 1
            }
        }
        nodeData[2 * nodeCount] = Int32(e)
        nodeData[2 * nodeCount + 1] = ScalarTrie.none
        for (c, target) in children[0] {
            if c < 128 {
                rootASCII[Int(c)] = target
            } else if ScalarClass.isHangulSyllable(c) {
                rootHangul[Int(c - ScalarClass.hangulSyllableBase)] = target
            }
        }
    }

    deinit {
        pairFilter.deallocate()
        rootASCII.deallocate()
        rootHangul.deallocate()
        nodeData.deallocate()
        edges.deallocate()
    }

    @inline(__always)
    static func pairHash(_ a: UInt32, _ b: UInt32) -> Int {
        Int(((a &* 0x9E37_79B1) ^ b) &* 0x85EB_CA6B) >> 16 & 0xFFFF
    }

    /// False when no key starts with `a` followed by `b` (true may be a false positive).
    @inline(__always)
    func mayStart(_ a: UInt32, _ b: UInt32) -> Bool {
        if hasSingleScalarKey { return true }
        let bit = ScalarTrie.pairHash(a, b)
        return pairFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The child of `node` along `c`, or `none`.
    @inline(__always)
    func child(_ node: Int32, _ c: UInt32) -> Int32 {
        if node == 0 {
            if c < 128 { return rootASCII[Int(c)] }
            let h = c &- ScalarClass.hangulSyllableBase
            if h < ScalarClass.hangulSyllableCount { return rootHangul[Int(h)] }
        }
        var lo = Int(nodeData[2 * Int(node)])
        var hi = Int(nodeData[2 * Int(node) + 2])
        let key = UInt64(c)
        if hi - lo <= 8 {
            while lo < hi {
                let edge = edges[lo]
                if edge >> 32 == key { return Int32(truncatingIfNeeded: edge) }
                lo += 1
            }
            return ScalarTrie.none
        }
        while lo < hi {
            let mid = (lo + hi) >> 1
            let edge = edges[mid]
            let m = edge >> 32
            if m == key { return Int32(truncatingIfNeeded: edge) }
            if m < key { lo = mid + 1 } else { hi = mid }
        }
        return ScalarTrie.none
    }

    /// The value stored at `node`, or `none` when no key ends there.
    @inline(__always)
    func value(_ node: Int32) -> Int32 {
        nodeData[2 * Int(node) + 1]
    }

    /// The value stored for `key`, or `none`.
    func value(of key: some Sequence<UInt32>) -> Int32 {
        var node: Int32 = 0
        for c in key {
            node = child(node, c)
            if node < 0 { return ScalarTrie.none }
        }
        return value(node)
    }
}
