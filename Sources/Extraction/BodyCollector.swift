/// Pass two of the generic extractor: the paragraphs under the chosen content element.
///
/// Breaks come from block elements and `<br>`; furniture (navigation, share buttons, captions,
/// related lists, ads, comments) is skipped by tag and class, and boilerplate lines (reporter
/// e-mail, copyright, "관련기사") are dropped after the fact.
struct BodyCollector {
    private(set) var paragraphs: [String] = []
    private var buffer = TextBuffer(capacity: 4096)
    /// Headings equal to the title are not body text.
    var title: String = ""

    init() {}

    mutating func collect(_ root: HTMLNode, scanner: PageScanner) -> [String] {
        paragraphs.removeAll(keepingCapacity: true)
        buffer.reset()
        rootProse = scanner.index(of: root).map { scanner.stats[$0].text - scanner.stats[$0].link } ?? 0
        walk(root, scanner: scanner, inLink: false)
        flush()
        return paragraphs
    }

    /// Paragraphs of profile nodes: each node one paragraph.
    static func paragraph(of node: HTMLNode) -> String? {
        let t = node.normalizedText
        return t.isEmpty ? nil : t
    }

    private var depth = 0
    /// Unlinked text under the content root: a block holding most of it is the article's prose
    /// whatever its class says.
    private var rootProse: Int32 = 0

    /// A block under a weak furniture word (`img`, `photo`, `caption`) that holds most of the
    /// body's prose in several sentences is the body itself: an editor's unclosed
    /// `<div class="content_img">` swallows every paragraph after the photo. Strong words
    /// (comments, related lists, ads) are never overruled here.
    @inline(__always)
    private func holdsMostProse(_ s: ElementStats) -> Bool {
        guard !s.cls.strongFurniture else { return false }
        let prose = s.text - s.link
        return prose >= 200 && prose * 2 >= rootProse && s.linkDensity < 0.3
    }

    private mutating func walk(_ node: HTMLNode, scanner: PageScanner, inLink: Bool) {
        guard depth < PageScanner.maxDepth else { return }
        depth += 1
        defer { depth -= 1 }
        var child = node.firstChild
        while let c = child {
            defer { child = c.next }
            if c.isText {
                buffer.append(c.textBytes, inLink: inLink)
                continue
            }
            guard c.isElement else { continue }
            let tag = c.tag
            if tag == .br {
                flush()
                continue
            }
            if tag.isFurniture || tag == .h1 {
                if tag.isBlock { flush() }
                continue
            }
            if let i = scanner.index(of: c) {
                let s = scanner.stats[i]
                // A soft class word (`editor`, `font`) never outweighs a run of prose.
                if s.cls.furniture && !(s.cls.softFurniture && s.holdsProse) && !holdsMostProse(s) {
                    if tag.isBlock || tag == .other { flush() }
                    continue
                }
                // Lists and boxes made mostly of links: related articles, tag clouds.
                if tag.isBlock, s.link > 0, s.linkDensity > 0.6, s.text < 600 {
                    flush()
                    continue
                }
            }
            if tag.isBlock {
                flush()
                walk(c, scanner: scanner, inLink: inLink)
                flush()
            } else if tag == .td || tag == .th {
                buffer.addSpace()
                walk(c, scanner: scanner, inLink: inLink)
                buffer.addSpace()
            } else {
                walk(c, scanner: scanner, inLink: inLink || tag == .a)
            }
        }
    }

    private mutating func flush() {
        let total = buffer.count
        if total == 0 { buffer.reset(); return }
        let linkOnly = buffer.linkBytes * 10 >= total * 8
        // A reporter's e-mail glued to the last sentence is cut off; the rest is judged alone.
        let keep = BoilerplateLine.lengthWithoutCreditTail(buffer.bytes)
        let drop = (linkOnly && total < 300)
            || BoilerplateLine.isBoilerplate(keep < total ? Array(buffer.bytes[..<keep]) : buffer.bytes)
        guard let text = buffer.take() else { return }
        if drop || text == title { return }
        if keep < total {
            paragraphs.append(String(decoding: Array(text.utf8)[..<keep], as: UTF8.self))
            return
        }
        paragraphs.append(text)
    }
}
