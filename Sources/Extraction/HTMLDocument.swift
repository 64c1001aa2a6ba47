internal import CLibXML2

/// Runs libxml2's process-wide initialisation exactly once, whichever thread gets here first.
enum LibXML2 {
    private static let initialised: Bool = {
        knews_xml_global_init()
        return true
    }()

    /// Initialises libxml2 (once) and silences its error output on the calling thread.
    static func prepareThread() {
        _ = initialised
        knews_xml_silence_thread()
    }

    /// Recover from broken markup, never touch the network, never print; the page has
    /// already been converted to UTF-8, so its own `<meta charset>` must be ignored.
    static let parseOptions: Int32 = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
}

/// An HTML document parsed by libxml2; owns the `htmlDocPtr` and frees it in deinit.
///
/// Nodes handed out (`HTMLNode`) are valid only while this object lives, and a document
/// never leaves the thread that parsed it.
final class HTMLDocument {
    let pointer: htmlDocPtr

    /// Parses UTF-8 bytes; nil when libxml2 builds no document at all.
    init?(utf8 bytes: [UInt8], url: String?) {
        LibXML2.prepareThread()
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), url, "UTF-8", LibXML2.parseOptions)
            }
        }
        guard let doc else { return nil }
        pointer = doc
    }

    deinit { xmlFreeDoc(pointer) }

    var root: HTMLNode? {
        guard let r = xmlDocGetRootElement(pointer) else { return nil }
        return HTMLNode(r)
    }

    /// Resolves `reference` against `base` with libxml2's RFC 3986 resolver.
    static func resolve(_ reference: String, against base: String?) -> String {
        guard let base, !base.isEmpty else { return reference }
        guard let built = xmlBuildURI(reference, base) else { return reference }
        defer { knews_xmlFree(built) }
        return String(cString: built)
    }
}

/// A compiled XPath 1.0 expression; owns the `xmlXPathCompExprPtr`.
final class CompiledXPath {
    let pointer: xmlXPathCompExprPtr
    let expression: String

    init?(_ expression: String) {
        LibXML2.prepareThread()
        guard let compiled = xmlXPathCompile(expression) else { return nil }
        pointer = compiled
        self.expression = expression
    }

    deinit { xmlXPathFreeCompExpr(pointer) }
}

/// What an XPath expression evaluated to, copied out before the libxml2 object is freed.
enum XPathValue {
    case nodes([HTMLNode])
    case text(String)
}

/// An XPath evaluation context on one document; owns the `xmlXPathContextPtr`.
final class XPathContext {
    private let pointer: xmlXPathContextPtr
    /// Keeps the document alive as long as the context.
    private let document: HTMLDocument

    init?(_ document: HTMLDocument) {
        guard let ctx = xmlXPathNewContext(document.pointer) else { return nil }
        pointer = ctx
        self.document = document
    }

    deinit { xmlXPathFreeContext(pointer) }

    func evaluate(_ expression: CompiledXPath, at node: HTMLNode?) -> XPathValue {
        knews_xpath_set_context_node(pointer, node?.raw ?? xmlDocGetRootElement(document.pointer))
        guard let object = xmlXPathCompiledEval(expression.pointer, pointer) else { return .nodes([]) }
        defer { xmlXPathFreeObject(object) }
        switch object.pointee.type {
        case XPATH_NODESET:
            guard let set = object.pointee.nodesetval, set.pointee.nodeNr > 0, let tab = set.pointee.nodeTab else {
                return .nodes([])
            }
            var nodes: [HTMLNode] = []
            nodes.reserveCapacity(Int(set.pointee.nodeNr))
            for i in 0..<Int(set.pointee.nodeNr) {
                if let n = tab[i] { nodes.append(HTMLNode(n)) }
            }
            return .nodes(nodes)
        default:
            guard let s = xmlXPathCastToString(object) else { return .text("") }
            defer { knews_xmlFree(s) }
            return .text(String(cString: s))
        }
    }
}
