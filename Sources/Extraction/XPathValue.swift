/// What an XPath expression evaluated to, copied out before the libxml2 object is freed.
enum XPathValue {
    case nodes([HTMLNode])
    case text(String)
}
