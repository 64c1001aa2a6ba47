/// One HTML page to extract: a file's bytes, a decompressed `.gz`, or a WARC response payload.
///
/// Bytes stay undecoded: the extractor decides the encoding (BOM, `httpCharset`, meta, guess),
/// which is why the HTTP charset travels with them.
public struct InputDocument: Sendable {
    /// The input file path, or `<warc path>#<record number>` (0-based, counting every record) for a WARC record.
    public var path: String
    /// The page's own URL when known (WARC-Target-URI); nil for plain files.
    public var url: String?
    public var bytes: [UInt8]
    /// Charset from an HTTP Content-Type header, when the page came with one.
    public var httpCharset: String?

    public init(path: String, url: String? = nil, bytes: [UInt8], httpCharset: String? = nil) {
        self.path = path
        self.url = url
        self.bytes = bytes
        self.httpCharset = httpCharset
    }
}
