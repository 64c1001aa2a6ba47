@testable import Extraction
import Testing

/// The cache must give exactly the verdict a fresh examination gives, whatever it held before.
@Suite struct ElementClassCacheTests {
    static let values = [
        "article_body", "ARTICLE_BODY", "news-share sns", "content", "photo_desc", "logo top",
        "comment_list", "view_cont clearfix", "ad-banner", "byline", "main", "", "x",
        String(repeating: "very-long-class-name ", count: 8),
    ]

    @Test func cachedVerdictsMatchFreshOnes() {
        var cache = ElementClassCache()
        // Three rounds: the first fills the cache, the others hit it (and the tag kind flips).
        for round in 0..<3 {
            for (index, value) in Self.values.enumerated() {
                let isContainerTag = (index + round) % 2 == 0
                let bytes = Array(value.utf8)
                let (cached, fresh) = bytes.withUnsafeBufferPointer {
                    (cache.verdict(for: $0, isContainerTag: isContainerTag),
                     ElementClass.verdict(for: $0, isContainerTag: isContainerTag))
                }
                #expect(cached == fresh, "\(value) container=\(isContainerTag) round \(round)")
            }
        }
    }

    /// Many distinct values (ids with numbers) keep replacing slots; verdicts stay right.
    @Test func evictionKeepsVerdictsRight() {
        var cache = ElementClassCache()
        for n in 0..<10_000 {
            let value = n % 3 == 0 ? "comment-\(n)" : (n % 3 == 1 ? "article_body" : "item\(n)")
            let bytes = Array(value.utf8)
            let (cached, fresh) = bytes.withUnsafeBufferPointer {
                (cache.verdict(for: $0, isContainerTag: true), ElementClass.verdict(for: $0, isContainerTag: true))
            }
            #expect(cached == fresh)
        }
    }

    /// `class` then `id`: combining cached per-value verdicts equals examining both in turn.
    @Test func classAndIdCombine() {
        var cache: ElementClassCache? = ElementClassCache()
        let pairs: [(String, String)] = [("content", "article_body"), ("share", "main"), ("photo", "news_view"), ("ad", "logo")]
        for (cls, id) in pairs {
            let c = Array(cls.utf8), i = Array(id.utf8)
            c.withUnsafeBufferPointer { cp in
                i.withUnsafeBufferPointer { ip in
                    let plain = ElementClass(classValue: cp, idValue: ip, itemprop: nil, isContainerTag: true)
                    let cached = ElementClass(classValue: cp, idValue: ip, itemprop: nil, isContainerTag: true, cache: &cache)
                    #expect(plain.furniture == cached.furniture && plain.strongFurniture == cached.strongFurniture
                        && plain.positive == cached.positive && plain.container == cached.container && plain.logo == cached.logo)
                }
            }
        }
    }
}
