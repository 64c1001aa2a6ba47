import Foundation
import Testing
@testable import Pipeline

@Suite struct DigestTests {
    @Test func partsHashLikeTheirJoinedText() {
        let parts = ["0.1.0", "https://news.example/1", "", "과기정통부, 예산 요구", "본문\n둘째 문단", ""]
        let joined = Array(parts.joined(separator: "\u{1F}").utf8)
        #expect(Digest.sha256Hex(ofParts: parts) == Digest.sha256Hex(of: joined))
        #expect(Digest.sha256Hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Digest.sha256Hex(ofParts: ["a", "b"]) != Digest.sha256Hex(ofParts: ["ab"]))
    }
}

@Suite struct WholeFileReadTests {
    /// The producer hashes these bytes and parses them: they must be the file's, and a file
    /// that changed size since the directory walk must go the streaming way instead.
    @Test func readsTheFileOnlyWhenItIsTheExpectedSize() throws {
        let folder = try TemporaryFolder()
        let bytes = Array("<html><body><p>본문</p></body></html>".utf8) + Array(repeating: 0x20, count: 70_000)
        let path = try folder.write("page.html", Data(bytes))
        #expect(try Digest.contents(ofFileAt: path, size: bytes.count) == bytes)
        #expect(try Digest.contents(ofFileAt: path, size: bytes.count - 1) == nil)
        #expect(try Digest.contents(ofFileAt: path, size: bytes.count + 1) == nil)
        let hashed = UnsafeMutableRawBufferPointer.allocate(byteCount: 4096, alignment: 64)
        defer { hashed.deallocate() }
        #expect(try Digest.sha256Hex(ofFileAt: path, buffer: hashed) == Digest.sha256Hex(of: bytes))

        let empty = try folder.write("empty.html", Data())
        #expect(try Digest.contents(ofFileAt: empty, size: 0) == [])
        #expect(throws: DigestError.self) { try Digest.contents(ofFileAt: folder.path + "/missing.html", size: 10) }
    }
}
