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
    private let edgeStart: UnsafeMutablePointer<Int32>
    private let edgeScalar: UnsafeMutablePointer<UInt32>
    private let edgeTarget: UnsafeMutablePointer<Int32>
    /// The value stored at each node, or `none` when no key ends there.
    let values: UnsafeMutablePointer<Int32>
    /// The length in scalars of the longest key.
    let maxDepth: Int

    /// - Parameter keys: scalar sequences and their values; on a repeated key the first wins.
    init<Keys: Sequence>(keys: Keys) where Keys.Element == ([UInt32], Int32) {
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
        let edgeCount = children.reduce(0) { $0 + $1.count }
        rootASCII = .allocate(capacity: 128)
        rootASCII.initialize(repeating: ScalarTrie.none, count: 128)
        rootHangul = .allocate(capacity: Int(ScalarClass.hangulSyllableCount))
        rootHangul.initialize(repeating: ScalarTrie.none, count: Int(ScalarClass.hangulSyllableCount))
        edgeStart = .allocate(capacity: nodeCount + 1)
        edgeScalar = .allocate(capacity: max(edgeCount, 1))
        edgeTarget = .allocate(capacity: max(edgeCount, 1))
        values = .allocate(capacity: nodeCount)
        var e = 0
        for node in 0..<nodeCount {
            edgeStart[node] = Int32(e)
            values[node] = nodeValues[node]
            for (c, target) in children[node].sorted(by: { $0.key < $1.key }) {
                edgeScalar[e] = c
                edgeTarget[e] = target
                e += 1
            }
        }
        edgeStart[nodeCount] = Int32(e)
        for (c, target) in children[0] {
            if c < 128 {
                rootASCII[Int(c)] = target
            } else if ScalarClass.isHangulSyllable(c) {
                rootHangul[Int(c - ScalarClass.hangulSyllableBase)] = target
            }
        }
    }

    deinit {
        rootASCII.deallocate()
        rootHangul.deallocate()
        edgeStart.deallocate()
        edgeScalar.deallocate()
        edgeTarget.deallocate()
        values.deallocate()
    }

    /// The child of `node` along `c`, or `none`.
    @inline(__always)
    func child(_ node: Int32, _ c: UInt32) -> Int32 {
        if node == 0 {
            if c < 128 { return rootASCII[Int(c)] }
            let h = c &- ScalarClass.hangulSyllableBase
            if h < ScalarClass.hangulSyllableCount { return rootHangul[Int(h)] }
        }
        var lo = Int(edgeStart[Int(node)])
        var hi = Int(edgeStart[Int(node) + 1])
        if hi - lo <= 8 {
            while lo < hi {
                if edgeScalar[lo] == c { return edgeTarget[lo] }
                lo += 1
            }
            return ScalarTrie.none
        }
        while lo < hi {
            let mid = (lo + hi) >> 1
            let m = edgeScalar[mid]
            if m == c { return edgeTarget[mid] }
            if m < c { lo = mid + 1 } else { hi = mid }
        }
        return ScalarTrie.none
    }

    /// The value stored for `key`, or `none`.
    func value(of key: some Sequence<UInt32>) -> Int32 {
        var node: Int32 = 0
        for c in key {
            node = child(node, c)
            if node < 0 { return ScalarTrie.none }
        }
        return values[Int(node)]
    }
}
