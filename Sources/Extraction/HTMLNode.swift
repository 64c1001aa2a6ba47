internal import CLibXML2
import Glibc

/// A borrowed view of one libxml2 node, valid while its `HTMLDocument` lives.
///
/// The extractor walks the tree through `children`/`next` with this thin wrapper (no per-node
/// allocation), which keeps all raw pointer access in this file and HTMLDocument.swift.
struct HTMLNode {
    let raw: xmlNodePtr

    init(_ raw: xmlNodePtr) { self.raw = raw }

    @inline(__always) var firstChild: HTMLNode? { raw.pointee.children.map(HTMLNode.init) }
    @inline(__always) var next: HTMLNode? { raw.pointee.next.map(HTMLNode.init) }
    @inline(__always) var parent: HTMLNode? {
        guard let p = raw.pointee.parent, p.pointee.type == XML_ELEMENT_NODE else { return nil }
        return HTMLNode(p)
    }
    @inline(__always) var isElement: Bool { raw.pointee.type == XML_ELEMENT_NODE }
    @inline(__always) var isText: Bool { raw.pointee.type == XML_TEXT_NODE || raw.pointee.type == XML_CDATA_SECTION_NODE }
    @inline(__always) var isAttribute: Bool { raw.pointee.type == XML_ATTRIBUTE_NODE }

    /// Identity, for comparing nodes.
    @inline(__always) var id: UnsafeMutableRawPointer { UnsafeMutableRawPointer(raw) }

    /// The element's name with its class or id, for `--explain` (`div.article_body`).
    var label: String {
        guard let name = raw.pointee.name else { return "?" }
        var out = String(cString: name)
        if let c = attribute("class"), !c.isEmpty { out += "." + c.split(separator: " ").joined(separator: ".") }
        else if let i = attribute("id"), !i.isEmpty { out += "#" + i }
        return out
    }

    /// The element's tag, classified from its name bytes without making a String.
    @inline(__always) var tag: Tag {
        guard let name = raw.pointee.name else { return .other }
        return Tag.classify(name)
    }

    /// The text node's content (not NUL-included); empty for other nodes.
    @inline(__always) var textBytes: UnsafeBufferPointer<UInt8> {
        guard let content = raw.pointee.content else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: content, count: strlen(content))
    }

    /// Per-document scratch slot (libxml2's `_private`), used for an index into side tables.
    @inline(__always) var scratch: Int {
        get { Int(bitPattern: raw.pointee._private) }
        nonmutating set { raw.pointee._private = UnsafeMutableRawPointer(bitPattern: newValue) }
    }

    /// Calls `body` with each attribute's lowercase-as-parsed name and value bytes.
    @inline(__always)
    func forEachAttribute(_ body: (UnsafePointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void) {
        var attr = raw.pointee.properties
        while let a = attr {
            if let name = a.pointee.name {
                if let child = a.pointee.children, let content = child.pointee.content {
                    body(name, UnsafeBufferPointer(start: content, count: strlen(content)))
                } else {
                    body(name, UnsafeBufferPointer(start: nil, count: 0))
                }
            }
            attr = a.pointee.next
        }
    }

    /// The value of one attribute as a String (used for the few attributes metadata needs).
    func attribute(_ name: String) -> String? {
        guard let value = xmlGetProp(raw, name) else { return nil }
        defer { knews_xmlFree(value) }
        return String(cString: value)
    }

    /// All text below this node (or the attribute's value), whitespace-normalized.
    var normalizedText: String {
        var buffer = TextBuffer(capacity: 256)
        appendText(to: &buffer)
        return buffer.take() ?? ""
    }

    /// Appends the text below this node, with spaces at block boundaries and `<br>`.
    func appendText(to buffer: inout TextBuffer, depth: Int = 0) {
        if isAttribute || isText {
            if isText {
                buffer.append(textBytes)
            } else if let value = xmlNodeGetContent(raw) {
                defer { knews_xmlFree(value) }
                buffer.append(cString: value)
            }
            return
        }
        var child = firstChild
        while let c = child {
            if c.isText {
                buffer.append(c.textBytes)
            } else if c.isElement {
                let t = c.tag
                if t.isInvisible {
                    child = c.next
                    continue
                }
                if t.isBlock || t == .br { buffer.addSpace() }
                if depth < PageScanner.maxDepth { c.appendText(to: &buffer, depth: depth + 1) }
                if t.isBlock { buffer.addSpace() }
            }
            child = c.next
        }
    }
}

