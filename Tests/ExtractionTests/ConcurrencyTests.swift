import Extraction
import Foundation
import NewsModel
import Testing

/// One extractor per thread, as the pipeline runs them; hostile nesting on a small stack.
@Suite struct ConcurrencyTests {
    @Test func deeplyNestedPageOnSmallStack() {
        let html = "<html><body>" + String(repeating: "<div>", count: 50_000) + "<p>깊은 곳의 문단</p>"
            + String(repeating: "<b><i>", count: 20_000) + "</body></html>"
        let outcome = Mutex(false)
        onNewThread(stackSize: 1 << 20) {
            let extractor = try? ArticleExtractor(profiles: [])
            let result = extractor?.extract(InputDocument(path: "deep.html", bytes: Array(html.utf8)))
            outcome.set(result?.noArticle == true)
        }
        #expect(outcome.get())
    }

    @Test func deeplyNestedScriptStoreOnSmallStack() {
        let html = "<html><body><div id=\"app\"></div><script>window.__INITIAL_STATE__ = " + String(repeating: "[", count: 200_000)
            + "{\"title\":\"깊은 곳\",\"body\":\"깊은 곳의 문단이 여기에 있어 본문처럼 보이지만 너무 깊은 곳에 있다.\"}" + String(repeating: "]", count: 200_000)
            + ";</script><script>self.__next_f.push([1,\"1:" + String(repeating: "[", count: 100_000) + "\"])</script></body></html>"
        let outcome = Mutex(false)
        onNewThread(stackSize: 1 << 20) {
            let extractor = try? ArticleExtractor(profiles: [])
            let result = extractor?.extract(InputDocument(path: "deep-json.html", bytes: Array(html.utf8)))
            outcome.set(result?.noArticle == true)
        }
        #expect(outcome.get())
    }

    @Test func extractorsOnTwoThreadsAgree() throws {
        let names = ["generic-jsonld-graph.html", "generic-og.html", "generic-byline.html", "cp949-meta-euckr.html", "malformed.html"]
        let documents = try names.map { try Fixtures.document($0) }
        let reference = try ArticleExtractor(profiles: []).self
        let expected = documents.map { reference.extract($0).articles }
        let results = Mutex<[[Article]]>([])
        let group = DispatchGroup()
        for _ in 0..<2 {
            group.enter()
            Thread {
                guard let extractor = try? ArticleExtractor(profiles: []) else { group.leave(); return }
                var mine: [Article] = []
                for _ in 0..<20 {
                    for d in documents { mine.append(contentsOf: extractor.extract(d).articles) }
                }
                results.append(mine)
                group.leave()
            }.start()
        }
        group.wait()
        let all = results.get()
        #expect(all.count == 2)
        for r in all {
            #expect(r == Array(repeating: expected.flatMap { $0 }, count: 20).flatMap { $0 })
        }
    }
}

/// A tiny lock-protected box for results handed back from threads.
final class Mutex<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func get() -> Value { lock.withLock { value } }
    func set(_ newValue: Value) { lock.withLock { value = newValue } }
}

extension Mutex where Value == [[Article]] {
    func append(_ element: [Article]) { lock.withLock { value.append(element) } }
}
