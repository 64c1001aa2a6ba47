internal import CLibXML2

/// One walk over the whole tree that gathers everything the generic extractor needs:
/// metadata elements, the page text stream (for bylines), and content scores.
///
/// - Complexity: O(nodes + text bytes); no XPath, no per-node String.
struct PageScanner {
    var stats: [ElementStats] = []
    var pageText = TextBuffer(capacity: 1 << 16)
    var metas: [(key: String, value: String)] = []
    var jsonLD: [String] = []
    var titleText: String?
    var canonical: String?
    var h1s: [Int] = []
    var h2s: [Int] = []
    var articleElements: [Int] = []
    var bodyProps: [Int] = []
    var containers: [Int] = []
    /// Kept across pages (not cleared by `reset`): class and id values repeat site-wide.
    private var classCache = ElementClassCache()

    /// Recursion depth of the walk; deeper subtrees (hostile or broken pages) are not entered,
    /// so a worker thread's small stack is never at risk.
    private var depth = 0
    static let maxDepth = 256
    /// Number of <figcaption> elements the walk is inside.
    private var captionDepth = 0

    init() {
        stats.reserveCapacity(4096)
    }

    mutating func reset() {
        stats.removeAll(keepingCapacity: true)
        pageText.reset()
        metas.removeAll(keepingCapacity: true)
        jsonLD.removeAll(keepingCapacity: true)
        titleText = nil
        canonical = nil
        h1s.removeAll(keepingCapacity: true)
        h2s.removeAll(keepingCapacity: true)
        articleElements.removeAll(keepingCapacity: true)
        bodyProps.removeAll(keepingCapacity: true)
        containers.removeAll(keepingCapacity: true)
    }

    /// Index into `stats` of an element seen by the scan, or nil.
    @inline(__always)
    func index(of node: HTMLNode) -> Int? {
        let s = node.scratch
        return s > 0 && s <= stats.count && stats[s - 1].node.raw == node.raw ? s - 1 : nil
    }

    struct Totals {
        var text: Int32 = 0
        var link: Int32 = 0
        var inline: Int32 = 0
        var headlineLinks: Int32 = 0
    }

    mutating func scan(_ root: HTMLNode) {
        reset()
        depth = 0
        captionDepth = 0
        _ = visitElement(root, parent: -1, grand: -1, inLink: false, furniture: false)
    }

    private static func paragraphScore(_ length: Int32) -> Float {
        1 + min(Float(length) / 50, 6)
    }

    private mutating func visitChildren(of node: HTMLNode, me: Int, parent: Int, inLink: Bool, furniture: Bool) -> Totals {
        var totals = Totals()
        var child = node.firstChild
        while let c = child {
            if c.isText {
                let bytes = c.textBytes
                // Captions credit photographers (`홍길동 기자 = …`) and date the photo; the
                // byline search must not take either for the article's.
                if captionDepth == 0 { pageText.append(bytes, inLink: false) }
                let n = Int32(visibleScalarCount(bytes))
                totals.text += n
                totals.inline += n
                if inLink { totals.link += n }
            } else if c.isElement, depth < Self.maxDepth {
                depth += 1
                let sub = visitElement(c, parent: me, grand: parent, inLink: inLink, furniture: furniture)
                depth -= 1
                totals.text += sub.text
                totals.link += sub.link
                totals.headlineLinks += sub.headlineLinks
                totals.inline += sub.inline
            }
            child = c.next
        }
        return totals
    }

    /// Returns the element's totals; `inline` is the text not inside a block descendant.
    private mutating func visitElement(_ node: HTMLNode, parent: Int, grand: Int, inLink: Bool, furniture: Bool) -> Totals {
        let tag = node.tag
        if tag.isInvisible {
            collectMetadata(node, tag)
            return Totals()
        }
        var classValue: UnsafeBufferPointer<UInt8>?
        var idValue: UnsafeBufferPointer<UInt8>?
        var itemprop: UnsafeBufferPointer<UInt8>?
        node.forEachAttribute { name, value in
            switch (name[0], name[1]) {
            case (0x63, 0x6C) where nameIs(name, "class"): classValue = value
            case (0x69, 0x64) where name[2] == 0: idValue = value
            case (0x69, 0x74) where nameIs(name, "itemprop"): itemprop = value
            default: break
            }
        }
        let isContainerTag = tag == .div || tag == .section || tag == .article || tag == .main || tag == .td || tag == .other
        let cls = (classValue != nil || idValue != nil || itemprop != nil)
            ? ElementClass(classValue: classValue, idValue: idValue, itemprop: itemprop, isContainerTag: isContainerTag, cache: &classCache)
            : ElementClass()
        let me = stats.count
        stats.append(ElementStats(node: node, tag: tag, cls: cls, insideFurniture: furniture))
        node.scratch = me + 1
        // Only page-level furniture disqualifies a subtree; <header>, <form> and <figure> may wrap
        // a whole page or its article, so they only matter inside the chosen content.
        let furnitureBelow = furniture || cls.strongFurniture || tag == .nav || tag == .aside || tag == .footer
        switch tag {
        case .h1: h1s.append(me)
        case .h2: h2s.append(me)
        case .article: articleElements.append(me)
        default: break
        }
        if cls.articleBodyProp { bodyProps.append(me) }
        if let itemprop, itemprop.count >= 6, itemprop.count <= 13 {
            let key = String(decoding: itemprop, as: UTF8.self).lowercased()
            if key == "datepublished" || key == "author" || key == "headline" {
                let value = node.attribute("content") ?? node.attribute("datetime") ?? node.normalizedText
                if !value.isEmpty { metas.append(("itemprop:" + key, value)) }
            }
        }
        if tag == .other, isTimeElement(node), let datetime = node.attribute("datetime") {
            metas.append(("time:datetime", datetime))
        }
        if cls.container > 0 { containers.append(me) }

        if tag.isBlock || tag == .br { pageText.addLineBreak() }
        stats[me].pageStart = Int32(pageText.count)
        if tag == .figcaption { captionDepth += 1 }
        var totals = visitChildren(of: node, me: me, parent: parent, inLink: inLink || tag == .a, furniture: furnitureBelow)
        if tag == .figcaption { captionDepth -= 1 }
        if tag.isBlock { pageText.addLineBreak() }
        stats[me].pageEnd = Int32(pageText.count)
        if tag == .a, totals.text >= 12 { totals.headlineLinks += 1 }
        stats[me].text = totals.text
        stats[me].link = totals.link
        stats[me].headlineLinks = totals.headlineLinks

        // Scores are kept everywhere; furniture is ruled out when the content is chosen.
        do {
            switch tag {
            case .p, .pre, .blockquote:
                if totals.text >= 10 {
                    let s = Self.paragraphScore(totals.text - totals.link)
                    if parent >= 0 { stats[parent].score += s }
                    if grand >= 0 { stats[grand].score += s / 2 }
                }
            case .div, .section, .article, .main, .td, .other, .font, .span, .dd:
                // Text written straight into a container (`text<br><br>text`) is its own paragraph run.
                let ownText = totals.inline
                if ownText >= 25 && tag != .span {
                    stats[me].score += Self.paragraphScore(ownText)
                    if parent >= 0 { stats[parent].score += Self.paragraphScore(ownText) / 2 }
                }
            default: break
            }
        }
        if tag.isBlock { totals.inline = 0 }
        return totals
    }

    private mutating func collectMetadata(_ node: HTMLNode, _ tag: Tag) {
        switch tag {
        case .meta:
            var key: String?
            var content: String?
            node.forEachAttribute { name, value in
                let n = String(cString: name)
                switch n {
                case "property", "name", "itemprop", "http-equiv":
                    if key == nil || n == "property" {
                        key = String(decoding: value, as: UTF8.self).lowercased()
                    }
                case "content": content = String(decoding: value, as: UTF8.self)
                default: break
                }
            }
            if let key, let content, !content.isEmpty { metas.append((key, content)) }
            if let first = node.firstChild {
                // libxml2 may nest content under a stray meta; scan it too.
                var c: HTMLNode? = first
                while let n = c {
                    if n.isElement { _ = visitElement(n, parent: -1, grand: -1, inLink: false, furniture: false) }
                    c = n.next
                }
            }
        case .link:
            var isCanonical = false
            var href: String?
            node.forEachAttribute { name, value in
                if nameIs(name, "rel") {
                    isCanonical = String(decoding: value, as: UTF8.self).lowercased().split(separator: " ").contains("canonical")
                } else if nameIs(name, "href") {
                    href = String(decoding: value, as: UTF8.self)
                }
            }
            if isCanonical, canonical == nil, let href {
                let trimmed = href.normalizedWhitespace
                if !trimmed.isEmpty { canonical = trimmed }
            }
        case .title:
            if titleText == nil {
                let t = node.normalizedText
                if !t.isEmpty { titleText = t }
            }
        case .script:
            var isLD = false
            node.forEachAttribute { name, value in
                if nameIs(name, "type") {
                    isLD = String(decoding: value, as: UTF8.self).lowercased().contains("ld+json")
                }
            }
            if isLD {
                var raw = [UInt8]()
                var c = node.firstChild
                while let n = c {
                    let b = n.textBytes
                    raw.append(contentsOf: b)
                    c = n.next
                }
                jsonLD.append(String(decoding: raw, as: UTF8.self))
            }
        case .head:
            var c = node.firstChild
            while let n = c {
                if n.isElement { _ = visitElement(n, parent: -1, grand: -1, inLink: false, furniture: true) }
                c = n.next
            }
        default:
            break
        }
    }
}

/// Compares a libxml2 name with an ASCII literal.
@inline(__always)
func nameIs(_ p: UnsafePointer<UInt8>, _ s: StaticString) -> Bool {
    let q = s.utf8Start
    var i = 0
    while i < s.utf8CodeUnitCount {
        if p[i] != q[i] { return false }
        i += 1
    }
    return p[i] == 0
}

@inline(__always)
private func isTimeElement(_ node: HTMLNode) -> Bool {
    guard let name = node.raw.pointee.name else { return false }
    return nameIs(name, "time")
}
