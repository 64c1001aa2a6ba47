/// A trie over Unicode scalars, flattened into one array for fast, allocation-free walking.
///
/// The root, where every walk starts, has dense tables for ASCII and the 11,172 Hangul
/// syllables, so the most frequent lookup is one load. Every node is one record in `records`:
/// its value, a header, then (scalar, child record offset) slots. A node with up to eight
/// children lists them for a linear search; one with more (the syllables after `한`, `국`,
/// `서`) keeps them in a small open-addressing hash table, found in about one probe, where a
/// binary search paid a mispredicted branch per step. A node is named by the offset of its
/// record, the root by 0. Records are laid out depth first, so along a name's
/// path, where nodes mostly have one child, the next record follows the current one: a walk
/// reads memory in sequence instead of jumping between a node array and an edge array, which
/// cost a cache miss per step in each.
///
/// The storage is raw memory owned by this class and never mutated after `init`, which is why
/// sharing one instance between worker threads is safe (`@unchecked Sendable`).
final class ScalarTrie: @unchecked Sendable {
    static let none: Int32 = -1

    let nodeCount: Int
    private let rootASCII: UnsafeMutablePointer<Int32>
    private let rootHangul: UnsafeMutablePointer<Int32>
    /// Per node: value (bit pattern of an `Int32`, `none` when no key ends there), header, then
    /// (scalar, child offset) slots. The header is the child count, or `hashed | mask` for a
    /// hash table of `mask + 1` slots whose free slots hold `emptySlot`.
    private let records: UnsafeMutablePointer<UInt32>
    private static let hashed: UInt32 = 0x8000_0000
    /// Not a Unicode scalar, so never a key's.
    private static let emptySlot: UInt32 = 0xFFFF_FFFF
    /// Nodes with more children than this get a hash table.
    private static let linearLimit = 8
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
        // One table of edges keyed by parent node and scalar, rather than a dictionary per
        // node: a run builds its tries (some 65, 43,000 nodes) before its first page, and
        // growing and sorting the per-node dictionaries was most of that work.
        var edges: [UInt64: Int32] = [:]
        edges.reserveCapacity(keys.reduce(0) { $0 + $1.0.count })
        var nodeValues: [Int32] = [ScalarTrie.none]
        var deepest = 0
        for (key, value) in keys where !key.isEmpty {
            var node: Int32 = 0
            for c in key {
                let edge = UInt64(UInt32(node)) << 32 | UInt64(c)
                if let next = edges[edge] {
                    node = next
                } else {
                    let next = Int32(nodeValues.count)
                    nodeValues.append(ScalarTrie.none)
                    edges[edge] = next
                    node = next
                }
            }
            if nodeValues[Int(node)] == ScalarTrie.none { nodeValues[Int(node)] = value }
            deepest = max(deepest, key.count)
        }
        maxDepth = deepest
        nodeCount = nodeValues.count
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

        // The edges by parent, then scalar: node n's children, in scalar order, are
        // `sorted[firstEdge[n]..<firstEdge[n + 1]]`.
        let sorted = edges.sorted { $0.key < $1.key }.map { (scalar: UInt32(truncatingIfNeeded: $0.key), child: $0.value) }
        var firstEdge = [Int](repeating: 0, count: nodeCount + 1)
        for (key, _) in edges { firstEdge[Int(key >> 32) + 1] += 1 }
        for n in 0..<nodeCount { firstEdge[n + 1] += firstEdge[n] }
        func childrenOf(_ node: Int) -> ArraySlice<(scalar: UInt32, child: Int32)> {
            sorted[firstEdge[node]..<firstEdge[node + 1]]
        }

        // Depth-first order, children by scalar: each node's offset is the words before it.
        func slotCount(_ children: Int) -> Int {
            guard children > Self.linearLimit else { return children }
            var slots = 16
            while slots < 2 * children { slots <<= 1 }
            return slots
        }
        var offset = [Int](repeating: 0, count: nodeCount)
        var order: [Int] = []
        order.reserveCapacity(nodeCount)
        var stack = [0]
        var total = 0
        while let node = stack.popLast() {
            offset[node] = total
            order.append(node)
            total += 2 + 2 * slotCount(firstEdge[node + 1] - firstEdge[node])
            for (_, child) in childrenOf(node).reversed() { stack.append(Int(child)) }
        }
        records = .allocate(capacity: max(total, 2))
        for node in order {
            let base = offset[node]
            let count = firstEdge[node + 1] - firstEdge[node]
            records[base] = UInt32(bitPattern: nodeValues[node])
            let slots = records + base + 2
            if count <= Self.linearLimit {
                records[base + 1] = UInt32(count)
                for (k, (c, child)) in childrenOf(node).enumerated() {
                    slots[2 * k] = c
                    slots[2 * k + 1] = UInt32(offset[Int(child)])
                }
            } else {
                let mask = slotCount(count) - 1
                records[base + 1] = Self.hashed | UInt32(mask)
                for k in 0...mask {
                    slots[2 * k] = Self.emptySlot
                    slots[2 * k + 1] = 0
                }
                for (c, child) in childrenOf(node) {
                    var k = Self.slot(c, mask)
                    while slots[2 * k] != Self.emptySlot { k = (k + 1) & mask }
                    slots[2 * k] = c
                    slots[2 * k + 1] = UInt32(offset[Int(child)])
                }
            }
        }
        rootASCII = .allocate(capacity: 128)
        rootASCII.initialize(repeating: ScalarTrie.none, count: 128)
        rootHangul = .allocate(capacity: Int(ScalarClass.hangulSyllableCount))
        rootHangul.initialize(repeating: ScalarTrie.none, count: Int(ScalarClass.hangulSyllableCount))
        for (c, child) in childrenOf(0) {
            if c < 128 {
                rootASCII[Int(c)] = Int32(offset[Int(child)])
            } else if ScalarClass.isHangulSyllable(c) {
                rootHangul[Int(c - ScalarClass.hangulSyllableBase)] = Int32(offset[Int(child)])
            }
        }
    }

    deinit {
        pairFilter.deallocate()
        rootASCII.deallocate()
        rootHangul.deallocate()
        records.deallocate()
    }

    @inline(__always)
    static func pairHash(_ a: UInt32, _ b: UInt32) -> Int {
        Int(((a &* 0x9E37_79B1) ^ b) &* 0x85EB_CA6B) >> 16 & 0xFFFF
    }

    /// False when no key starts with `a` followed by `b` (true may be a false positive).
    @inline(__always)
    func mayStart(_ a: UInt32, _ b: UInt32) -> Bool {
        if hasSingleScalarKey { return true }
        return Self.mayStart(a, b, filter: pairFilter)
    }

    /// The pair filter's bits, or nil when a one-scalar key defeats it: a scanner keeps this in
    /// a local, since reading it through the class on every word start costs two loads.
    var pairFilterBits: UnsafePointer<UInt64>? {
        hasSingleScalarKey ? nil : UnsafePointer(pairFilter)
    }

    /// `mayStart` on bits from `pairFilterBits`.
    @inline(__always)
    static func mayStart(_ a: UInt32, _ b: UInt32, filter: UnsafePointer<UInt64>) -> Bool {
        let bit = pairHash(a, b)
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The child of `node` along `c`, or `none`.
    @inline(__always)
    func child(_ node: Int32, _ c: UInt32) -> Int32 {
        if node == 0 {
            if c < 128 { return rootASCII[Int(c)] }
            let h = c &- ScalarClass.hangulSyllableBase
            if h < ScalarClass.hangulSyllableCount { return rootHangul[Int(h)] }
        }
        let base = Int(node)
        let header = records[base + 1]
        let slots = records + base + 2
        if header & Self.hashed == 0 {
            let count = Int(header)
            var k = 0
            while k < count {
                if slots[2 * k] == c { return Int32(bitPattern: slots[2 * k + 1]) }
                k += 1
            }
            return ScalarTrie.none
        }
        let mask = Int(header & ~Self.hashed)
        var k = Self.slot(c, mask)
        while true {
            let key = slots[2 * k]
            if key == c { return Int32(bitPattern: slots[2 * k + 1]) }
            if key == Self.emptySlot { return ScalarTrie.none }
            k = (k &+ 1) & mask
        }
    }

    /// The first slot to probe for `c` in a hash table of `mask + 1` slots.
    @inline(__always)
    private static func slot(_ c: UInt32, _ mask: Int) -> Int {
        Int((c &* 0x9E37_79B1) >> 16) & mask
    }

    /// The value stored at `node`, or `none` when no key ends there.
    @inline(__always)
    func value(_ node: Int32) -> Int32 {
        Int32(bitPattern: records[Int(node)])
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
