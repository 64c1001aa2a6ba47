/// Per-element figures from the scan, indexed through the node's scratch slot.
struct ElementStats {
    var node: HTMLNode
    var tag: Tag
    var cls: ElementClass
    /// Visible scalars below the element, and those inside links.
    var text: Int32 = 0
    var link: Int32 = 0
    /// Links with headline-length text (index pages are made of them).
    var headlineLinks: Int32 = 0
    /// Readability-style content score from the paragraphs it holds.
    var score: Float = 0
    /// Range of the element in the page text stream.
    var pageStart: Int32 = 0
    var pageEnd: Int32 = 0
    var insideFurniture = false

    var linkDensity: Float { text > 0 ? Float(link) / Float(text) : 0 }

    /// Enough unlinked text to be a paragraph or more of the article rather than a label, a
    /// byline box or a list of links.
    var holdsProse: Bool { text - link >= 60 && link * 10 < text * 3 }
}
