internal import CArena
internal import CLibXML2

/// An HTML document parsed by libxml2; owns the `htmlDocPtr` and frees it in deinit.
///
/// Nodes handed out (`HTMLNode`) are valid only while this object lives, and a document
/// never leaves the thread that parsed it.
///
/// The tree is built in the thread's arena (`knews_arena.h`) when that arena is free, so
/// dropping the document resets the arena instead of freeing every node. A second
/// document parsed while the first still lives gets ordinary malloc and `xmlFreeDoc`.
final class HTMLDocument {
    let pointer: htmlDocPtr
    private let arena: UnsafeMutableRawPointer?

    /// Parses UTF-8 bytes; nil when libxml2 builds no document at all.
    init?(utf8 bytes: [UInt8], url: String?) {
        LibXML2.prepareThread()
        let arena = knews_arena_begin()
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), url, "UTF-8", LibXML2.parseOptions)
            }
        }
        // Whatever the extractor asks of libxml2 later (XPath results, node contents) is
        // freed one by one, so it comes from malloc.
        knews_arena_hold(arena)
        guard let doc else {
            Self.release(arena)
            return nil
        }
        pointer = doc
        self.arena = arena
    }

    deinit {
        if let arena {
            Self.release(arena)
        } else {
            xmlFreeDoc(pointer)
        }
    }

    /// libxml2 copies the parse's last error, strings included, into a thread global; it
    /// is cleared first so that nothing outside the tree points into the arena.
    private static func release(_ arena: UnsafeMutableRawPointer?) {
        guard let arena else { return }
        xmlResetLastError()
        knews_arena_release(arena)
    }

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
