import Foundation
import NewsModel
import Testing
@testable import Extraction

/// One page cannot stall a run (issue 20, item 4): attributes past the cap are cut before
/// libxml2 sees them. The hostile pages are generated here, small and fast.
@Suite struct PageBudgetTests {
    static func article(extraTag: String) -> String {
        let paragraphs = (1...5).map { "<p>누리시는 \($0)일 올해 예산으로 \($0)천억 원을 편성했다고 밝혔다. 시의회는 다음 달 심사에 들어간다고 설명했다.</p>" }
        return "<html><head><title>누리시 예산 발표</title></head><body>\(extraTag)<article><h1>누리시 예산 발표</h1>"
            + paragraphs.joined() + "</article></body></html>"
    }

    @Test func aTagWith50000AttributesIsExtractedWithinTheBudget() throws {
        let attributes = (0..<50_000).map { " data-a\($0)=\"v\($0)\"" }.joined()
        let page = Self.article(extraTag: "<div\(attributes)>광고</div>")
        let extractor = try ArticleExtractor(profiles: [])
        let start = Date()
        let result = extractor.extract(InputDocument(path: "hostile/attributes.html", bytes: Array(page.utf8)))
        let seconds = Date().timeIntervalSince(start)
        #expect(seconds < 2, "\(seconds) s")
        #expect(result.articles.first?.title == "누리시 예산 발표")
        let warning = result.issues.first { $0.message.contains("attributes past") }
        #expect(warning?.message.hasPrefix("\(50_000 - PageBudget.maxAttributesPerElement) attributes") == true)
    }

    @Test func theCutKeepsTheFirstAttributesAndTheTag() throws {
        let tag = "<a " + (1...5).map { "x\($0)=\"\($0)\"" }.joined(separator: " ") + ">text</a>"
        let (bytes, dropped) = try #require(PageBudget.capAttributes(Array(tag.utf8), limit: 2))
        #expect(String(decoding: bytes, as: UTF8.self) == "<a x1=\"1\" x2=\"2\" >text</a>")
        #expect(dropped == 3)
    }

    @Test func quotedGreaterThanUnquotedValuesAndCommentsAreStepped() throws {
        let html = "<!-- <b a b c d> --><p title='a > b' k=v flag other=\"x\">t</p><img a b c/>"
        #expect(PageBudget.capAttributes(Array(html.utf8), limit: 4) == nil, "4 attributes each at most")
        let (bytes, dropped) = try #require(PageBudget.capAttributes(Array(html.utf8), limit: 2))
        #expect(String(decoding: bytes, as: UTF8.self) == "<!-- <b a b c d> --><p title='a > b' k=v >t</p><img a b >")
        #expect(dropped == 3)
    }

    @Test func realPagesAreLeftAlone() throws {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples")
        let files = FileManager.default.enumerator(atPath: samples.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".html") } ?? []
        #expect(files.count > 10)
        for file in files {
            let bytes = try [UInt8](Data(contentsOf: samples.appendingPathComponent(file)))
            #expect(PageBudget.capAttributes(bytes) == nil, "\(file)")
        }
    }
}
