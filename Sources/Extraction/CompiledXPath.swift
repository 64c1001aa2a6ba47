internal import CLibXML2

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
