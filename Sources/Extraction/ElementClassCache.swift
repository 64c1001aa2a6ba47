import Glibc

/// Remembers `ElementClass.verdict` per distinct `class` or `id` value, for one thread's pages.
///
/// Direct-mapped by a hash of the raw bytes, with the bytes kept and compared on a hit, so a
/// hash collision only costs a re-examination, never a wrong verdict. Bounded (a site with
/// unbounded distinct values, such as ids carrying article numbers, just keeps replacing
/// slots), so memory stays flat over any number of pages.
struct ElementClassCache {
    private static let slotCount = 2048
    /// Values longer than this are examined every time rather than copied into the cache.
    private static let maxKeyLength = 96

    private var keys: [[UInt8]] = Array(repeating: [], count: ElementClassCache.slotCount)
    private var verdicts: [ElementClass.Verdict] = Array(repeating: ElementClass.Verdict(), count: ElementClassCache.slotCount)

    init() {}

    mutating func verdict(for value: UnsafeBufferPointer<UInt8>, isContainerTag: Bool) -> ElementClass.Verdict {
        guard value.count <= Self.maxKeyLength else {
            return ElementClass.verdict(for: value, isContainerTag: isContainerTag)
        }
        // FNV-1a over the bytes, then the tag kind, which changes the verdict.
        var h: UInt64 = 0xcbf29ce484222325
        for b in value { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        h = (h ^ (isContainerTag ? 1 : 2)) &* 0x100000001b3
        let slot = Int(truncatingIfNeeded: h ^ (h >> 29)) & (Self.slotCount - 1)
        let marker: UInt8 = isContainerTag ? 1 : 2
        if keys[slot].count == value.count + 1, keys[slot][value.count] == marker,
           // Non-empty buffers (the key holds at least the marker) always have a base address.
           value.isEmpty || keys[slot].withUnsafeBufferPointer({ memcmp($0.baseAddress!, value.baseAddress!, value.count) == 0 })
        {
            return verdicts[slot]
        }
        let verdict = ElementClass.verdict(for: value, isContainerTag: isContainerTag)
        var key = Array(value)
        key.append(marker)
        keys[slot] = key
        verdicts[slot] = verdict
        return verdict
    }
}
