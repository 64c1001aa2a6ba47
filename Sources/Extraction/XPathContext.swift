internal import CLibXML2

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
                // Namespace nodes are `xmlNs` in disguise; nothing a profile wants, and not safe to walk.
                if let n = tab[i], n.pointee.type != XML_NAMESPACE_DECL { nodes.append(HTMLNode(n)) }
            }
            return .nodes(nodes)
        default:
            guard let s = xmlXPathCastToString(object) else { return .text("") }
            defer { knews_xmlFree(s) }
            return .text(String(cString: s))
        }
    }
}
