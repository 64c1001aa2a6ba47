internal import CLibXML2

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
