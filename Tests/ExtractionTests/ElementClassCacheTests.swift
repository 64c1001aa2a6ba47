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

    /// `class` then `id`: an element classified through a cache that already holds both values
    /// gets exactly what it got through an empty one.
    @Test func classAndIdCombine() {
        var warm = ElementClassCache()
        let pairs: [(String, String)] = [("content", "article_body"), ("share", "main"), ("photo", "news_view"), ("ad", "logo")]
        for round in 0..<2 {
            for (cls, id) in pairs {
                let c = Array(cls.utf8), i = Array(id.utf8)
                c.withUnsafeBufferPointer { cp in
                    i.withUnsafeBufferPointer { ip in
                        var empty = ElementClassCache()
                        let fresh = ElementClass(classValue: cp, idValue: ip, itemprop: nil, isContainerTag: true, cache: &empty)
                        let cached = ElementClass(classValue: cp, idValue: ip, itemprop: nil, isContainerTag: true, cache: &warm)
                        #expect(fresh.furniture == cached.furniture && fresh.strongFurniture == cached.strongFurniture
                            && fresh.positive == cached.positive && fresh.container == cached.container
                            && fresh.logo == cached.logo, "\(cls) / \(id), round \(round)")
                    }
                }
            }
        }
        // The combination itself: a specific container wins over furniture, by class or by id.
        let c = Array("share".utf8), i = Array("article_body".utf8)
        c.withUnsafeBufferPointer { cp in
            i.withUnsafeBufferPointer { ip in
                let element = ElementClass(classValue: cp, idValue: ip, itemprop: nil, isContainerTag: true, cache: &warm)
                #expect(element.container == 2 && !element.furniture && !element.strongFurniture)
            }
        }
    }
}
