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
