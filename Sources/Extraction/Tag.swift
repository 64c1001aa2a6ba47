/// The HTML elements the extractor treats specially; everything else is `.other` (inline).
enum Tag: UInt8 {
    case other
    case a, p, br, div, span, section, article, main, li, ul, ol, dl, dt, dd
    case h1, h2, h3, h4, h5, h6, blockquote, pre, table, tr, td, th, tbody, thead, hr, address, center
    case script, style, noscript, iframe, form, nav, header, footer, aside, button, select, option, textarea
    case input, svg, template, object, embed, video, audio, canvas, map, figcaption, figure, head, menu
    case title, meta, link, body, html, img, font

    /// Content a reader never sees as article text.
    var isInvisible: Bool {
        switch self {
        case .script, .style, .noscript, .iframe, .template, .svg, .select, .option, .textarea, .object,
            .embed, .video, .audio, .canvas, .map, .head, .title, .meta, .link, .button, .input:
            return true
        default: return false
        }
    }

    /// Page furniture around an article (kept in the page text for bylines, never in bodies).
    var isFurniture: Bool {
        switch self {
        case .form, .nav, .header, .footer, .aside, .figcaption, .figure, .menu: return true
        default: return isInvisible
        }
    }

    var isBlock: Bool {
        switch self {
        case .p, .div, .section, .article, .main, .li, .ul, .ol, .dl, .dt, .dd, .h1, .h2, .h3, .h4, .h5, .h6,
            .blockquote, .pre, .table, .tr, .td, .th, .tbody, .thead, .hr, .address, .center, .form, .nav,
            .header, .footer, .aside, .figure, .figcaption, .body, .html, .menu:
            return true
        default: return false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }

    private static let lookup: [UInt64: Tag] = {
        var t: [UInt64: Tag] = [:]
        let names: [(String, Tag)] = [
            ("a", .a), ("p", .p), ("br", .br), ("div", .div), ("span", .span), ("section", .section),
            ("article", .article), ("main", .main), ("li", .li), ("ul", .ul), ("ol", .ol), ("dl", .dl),
            ("dt", .dt), ("dd", .dd), ("h1", .h1), ("h2", .h2), ("h3", .h3), ("h4", .h4), ("h5", .h5),
            ("h6", .h6), ("blockquote", .blockquote), ("pre", .pre), ("table", .table), ("tr", .tr),
            ("td", .td), ("th", .th), ("tbody", .tbody), ("thead", .thead), ("hr", .hr),
            ("address", .address), ("center", .center), ("script", .script), ("style", .style),
            ("noscript", .noscript), ("iframe", .iframe), ("form", .form), ("nav", .nav),
            ("header", .header), ("footer", .footer), ("aside", .aside), ("button", .button),
            ("select", .select), ("option", .option), ("textarea", .textarea), ("input", .input),
            ("svg", .svg), ("template", .template), ("object", .object), ("embed", .embed),
            ("video", .video), ("audio", .audio), ("canvas", .canvas), ("map", .map),
            ("figcaption", .figcaption), ("figure", .figure), ("head", .head), ("menu", .menu),
            ("title", .title), ("meta", .meta), ("link", .link), ("body", .body), ("html", .html),
            ("img", .img), ("font", .font),
        ]
        for (name, tag) in names {
            let bytes = Array(name.utf8) + [0]
            let k = bytes.withUnsafeBufferPointer { buffer -> UInt64 in
                guard let base = buffer.baseAddress else { return 0 }
                return Tag.key(of: base)
            }
            t[k] = tag
        }
        return t
    }()

    /// First 7 bytes of the name plus its length: unique for every tag above.
    @inline(__always)
    private static func key(of name: UnsafePointer<UInt8>) -> UInt64 {
        var k: UInt64 = 0
        var length = 0
        while name[length] != 0 {
            if length < 7 { k |= UInt64(name[length] | 0x20) << (UInt64(length) * 8) }
            length += 1
            if length > 32 { break }
        }
        return k | (UInt64(min(length, 255)) << 56)
    }

    @inline(__always)
    static func classify(_ name: UnsafePointer<UInt8>) -> Tag {
        lookup[key(of: name)] ?? .other
    }
}
