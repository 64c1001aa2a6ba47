import CLibXML2
@testable import Extraction
import Foundation
import Testing

/// `ScriptStripper` must leave libxml2's tree as it was, minus the text of scripts and
/// styles. Each case is parsed twice by libxml2, as written and stripped, and the two trees
/// are compared node by node (type, name, attributes, text), with script and style text
/// left out of both. A scan that misjudged where a tag, comment or script ends would drop
/// or keep markup libxml2 reads differently, and the trees would differ.
@Suite struct ScriptStripperTests {
    /// Every node of the tree in document order, one line each.
    private static func outline(_ bytes: [UInt8]) -> [String] {
        guard let document = HTMLDocument(utf8: bytes, url: nil) else { return ["<no document>"] }
        var lines: [String] = []
        walk(document.pointer.pointee.children, depth: 0, into: &lines)
        return lines
    }

    private static func walk(_ first: xmlNodePtr?, depth: Int, into lines: inout [String]) {
        var node = first
        while let current = node {
            let type = current.pointee.type
            let name = current.pointee.name.map { String(cString: $0) } ?? ""
            var line = String(repeating: " ", count: depth) + "\(type.rawValue) \(name)"
            if type == XML_ELEMENT_NODE {
                var attribute = current.pointee.properties
                while let a = attribute {
                    let value = a.pointee.children?.pointee.content.map { String(cString: $0) } ?? ""
                    line += " \(String(cString: a.pointee.name))=\(value.debugDescription)"
                    attribute = a.pointee.next
                }
            } else if let content = current.pointee.content {
                line += " " + String(cString: content).debugDescription
            }
            lines.append(line)
            if type == XML_ELEMENT_NODE, name != "script", name != "style" {
                walk(current.pointee.children, depth: depth + 1, into: &lines)
            }
            node = current.pointee.next
        }
    }

    /// The texts of the scripts whose `type` names JSON, which must survive untouched.
    private static func jsonScripts(_ bytes: [UInt8]) -> [String] {
        guard let document = HTMLDocument(utf8: bytes, url: nil), let root = document.root else { return [] }
        var found: [String] = []
        func visit(_ node: HTMLNode) {
            var child = node.firstChild
            while let c = child {
                if c.isElement {
                    if c.tag == .script, c.attribute("type")?.lowercased().contains("json") == true {
                        var text = ""
                        var t = c.firstChild
                        while let n = t {
                            text += String(decoding: n.textBytes, as: UTF8.self)
                            t = n.next
                        }
                        found.append(text)
                    }
                    visit(c)
                }
                child = c.next
            }
        }
        visit(root)
        return found
    }

    private static func check(_ html: String, expectStripped: Bool? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        let original = Array(html.utf8)
        let stripped = ScriptStripper.stripped(original)
        if let expectStripped {
            #expect((stripped != nil) == expectStripped, "stripped: \(stripped.map { String(decoding: $0, as: UTF8.self) } ?? "nil")", sourceLocation: sourceLocation)
        }
        guard let stripped else { return }
        #expect(stripped.count < original.count, sourceLocation: sourceLocation)
        #expect(outline(stripped) == outline(original), "stripped page: \(String(decoding: stripped, as: UTF8.self))", sourceLocation: sourceLocation)
        #expect(jsonScripts(stripped) == jsonScripts(original), sourceLocation: sourceLocation)
    }

    @Test func scriptsAndStylesLoseTheirTextAndNothingElse() {
        let page = """
            <!DOCTYPE html><html><head><title>제목</title>
            <style>body { color: red } p > a { x: "</p>" }</style>
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "a </div> b"}</script>
            <script>window.__STATE__ = {"a": "<div>", "b": 1 < 2};</script>
            </head><body><p>본문 <script>document.write("<b>x</b>")</script>입니다</p></body></html>
            """
        Self.check(page, expectStripped: true)
        let stripped = String(decoding: ScriptStripper.stripped(Array(page.utf8))!, as: UTF8.self)
        #expect(stripped.contains("\"headline\": \"a </div> b\""))
        #expect(!stripped.contains("__STATE__"))
        #expect(!stripped.contains("color: red"))
        #expect(stripped.contains("<p>본문 <script></script>입니다</p>"))
    }

    @Test func tagNamesAndEndTagsInAnyCase() {
        Self.check("<html><body><SCRIPT>a = 1</SCRIPT><Style media=\"x\">p{}</sTyLe ><p>t</p><ScRiPt>b</scriptfoo bar>rest</p></body></html>", expectStripped: true)
    }

    @Test func scriptTextThatLooksLikeMarkupEndsOnlyAtItsEndTag() {
        Self.check("<body><script>var s = '<script>' + \"<!--\" + '</div>' + '-->';</script><p>after</p></body>", expectStripped: true)
        Self.check("<body><script>a</ script>b</script><p>after</p></body>", expectStripped: true)
        Self.check("<body><style>/* <style> */ p { }</style><p>after</p></body>", expectStripped: true)
    }

    @Test func commentsHideScriptsInEveryFormLibxml2Knows() {
        Self.check("<body><!-- <script>a</script> --><p>x</p><script>b</script></body>")
        Self.check("<body><!--> <script>a</script> --><p>x</p></body>")
        Self.check("<body><!---> <style>b</style> --><p>x</p></body>")
        Self.check("<body><!-- x --!> <script>c</script><p>y</p></body>")
        Self.check("<body><!----><script>d</script><!-- a -- b --><p>z</p></body>")
        Self.check("<body><script>e</script><p>x</p><!-- never closed <script>f</script></body>")
    }

    @Test func attributeValuesHideScripts() {
        Self.check("<body><div title=\"<script>x</script>\">a</div><script>y</script></body>")
        Self.check("<body><div title='a > <style>p{}</style>'>b</div><style>q{}</style></body>")
        Self.check("<body><a href=foo<script>bar>c</a><script>z</script></body>")
        Self.check("<body><div \"x<script>y\">d</div><script>w</script></body>")
        Self.check("<body><p a\"b<script>c\"d>e</p><script>v</script></body>")
        Self.check("<body><p a = \"1\" b='2' c=3 d e/f>g</p><script\ntype=text/javascript\n>u</script></body>")
        Self.check("<body><p " + String(repeating: "n", count: 150) + "=\"<script>\">h</p><script>t</script></body>")
        Self.check("<body></div title=\"<script>\"><script>s</script><p>i</p></body>")
    }

    @Test func selfClosingAndLookAlikeTags() {
        Self.check("<head><script src=\"a.js\"/><style/></head><body><p>x</p><script>r</script></body>")
        Self.check("<body><scripts>a</scripts><scriptx>b</scriptx><script-x>c</script-x><p>d</p></body>")
        Self.check("<body><script></script><style></style><p>e</p></body>", expectStripped: false)
    }

    @Test func otherMarkupDeclarationsAndStrayAngles() {
        Self.check("<?xml version=\"1.0\"?><!DOCTYPE html PUBLIC \"-//x>y//EN\" \"http://x\"><html><body><script>a</script></body></html>")
        Self.check("<body><![CDATA[ <script>x</script> ]]><p>y</p></body>")
        Self.check("<body><?php echo \"<script>\" ?><p>z</p><script>q</script></body>")
        Self.check("<body>a < b <3 </ 3 <script>x</script><p>c</p></body>")
        Self.check("<!doctype html><script>before html</script><html><body><p>x</p></body></html><script>after</script>")
    }

    @Test func scriptsInElementsLibxml2ParsesAsMarkup() {
        Self.check("<body><textarea><script>a</script></textarea><title><script>b</script></title><table><tr><script>c</script><td>d</td></tr></table><select><script>e</script></select><noscript><style>f</style></noscript></body>")
    }

    @Test func rawTextThatBeginsWithATagIsMarkupToLibxml2() {
        // <body> closes an open <style>, so "p{}" is body text, not style text.
        Self.check("<html><head><style><body>p{}</style><p>y</p>")
        Self.check("<html><body><script></div>b</script><p>c</p></body>")
        Self.check("<html><body><script><p>x</p></script><p>y</p></body>")
        Self.check("<html><body><script>a</scriptx>b</script><style>c</style><p>d</p></body>")
    }

    @Test func unterminatedConstructsStopTheStripping() {
        Self.check("<body><script>a</script><script>never closed <p>x</p>")
        Self.check("<body><script>a</script><div class=\"x")
        #expect(ScriptStripper.stripped(Array("<body><script>never closed <p>x</p>".utf8)) == nil)
    }

    @Test func aPageWithANulByteIsLeftAlone() {
        var page = Array("<body><script>a</script><p>x</p></body>".utf8)
        page.insert(0, at: 10)
        #expect(ScriptStripper.stripped(page) == nil)
    }

    /// Pages glued at random from the pieces the scan must get right, in every order: a
    /// fixed seed, so a failure reproduces.
    @Test func randomlyAssembledMarkupKeepsItsTree() {
        let pieces = [
            "<script>", "</script>", "<style>", "</style>", "<SCRIPT type=\"application/ld+json\">", "<script type=x>",
            "<!--", "-->", "--!>", "--", "<div", "<div>", "</div>", ">", "\"", "'", "=", " ", "\n", "<p>", "</p>",
            "<", "/>", "x", "가나", "<!DOCTYPE html>", "<![CDATA[", "]]>", "<?pi ", "</", "<a href=", " title=",
            "&amp;", "</scriptx>", "<br/>", "{\"a\": 1}", "<script/>", "<style media=\"a>b\">", "<body>", "<head>",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func random(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var stripped = 0
        for _ in 0..<20_000 {
            var page = "<html><body>"
            for _ in 0..<(5 + random(60)) { page += pieces[random(pieces.count)] }
            let bytes = Array(page.utf8)
            guard let without = ScriptStripper.stripped(bytes) else { continue }
            stripped += 1
            #expect(Self.outline(without) == Self.outline(bytes), "page: \(page.debugDescription)")
            #expect(Self.jsonScripts(without) == Self.jsonScripts(bytes), "page: \(page.debugDescription)")
        }
        #expect(stripped > 1_000)
    }

    @Test func everySamplePageAndFixtureKeepsItsTree() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var pages: [URL] = []
        for folder in ["samples", "Tests/ExtractionTests/Fixtures", "Tests/PipelineTests"] {
            let url = root.appendingPathComponent(folder)
            guard let files = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) else { continue }
            for case let file as URL in files where ["html", "htm"].contains(file.pathExtension.lowercased()) {
                pages.append(file)
            }
        }
        #expect(pages.count >= 20)
        let extractor = try ArticleExtractor(profiles: [])
        var stripped = 0
        for page in pages {
            let document = InputDocument(path: page.path, bytes: try Array(Data(contentsOf: page)))
            let (bytes, _) = extractor.decode(document)
            guard let without = ScriptStripper.stripped(bytes) else { continue }
            stripped += 1
            #expect(Self.outline(without) == Self.outline(bytes), "\(page.path)")
            #expect(Self.jsonScripts(without) == Self.jsonScripts(bytes), "\(page.path)")
        }
        #expect(stripped >= 10)
    }
}
