/// What an element's `class` and `id` say about it: page furniture to drop, or likely content.
///
/// Checked once per element on the raw attribute bytes (lowercased into a small stack-like
/// buffer), with no String made unless the element is interesting.
struct ElementClass {
    var furniture = false
    var positive = false
    /// 2: a known article-body container (`article_body`, `newsct_article`, …), 1: a generic
    /// one (`content`), 0: neither.
    var container: UInt8 = 0
    var articleBodyProp = false
    var logo = false

    /// Whole class words (split on spaces) that name an article body.
    private static let specificContainers: Set<String> = [
        "article_body", "articlebody", "article-body", "articebody", "news_body", "newsbody", "news-body",
        "newsct_article", "article_txt", "article-txt", "articletxt", "view_cont", "view-cont", "article_view",
        "articleview", "article-view", "article_content", "article-content", "articlecontent", "news_content",
        "newscontent", "news-content", "news_article", "article_text", "article-text", "articletext",
        "view_con", "news_view", "newsview", "view_text", "cont_view", "story-body", "story_body",
        "storybody", "entry-content", "post-content", "newsendcontents", "dic_area", "arti_body",
        "art_body", "news_txt", "news-txt", "newstxt", "article-view-content-div", "article_con",
        "articlecont", "cnt_view", "viewcontent", "view_content", "view-content", "detail_body",
        "detail-body", "article-detail-body", "news_cnt_detail_wrap", "article_main", "news_text",
        "news-text", "newstext", "article-body-content", "articlebodycontents", "art_txt", "text_body",
        "read_body", "news_bodyarea", "article_bodyarea", "articlebodyarea", "article-story",
    ]
    private static let genericContainers: Set<String> = [
        "content", "contents", "article", "main-content", "main_content", "maincontent", "post", "entry",
        "body_text", "bodytext", "story", "text", "view", "article_wrap", "article-wrap", "news_wrap",
    ]
    /// Whole words after splitting on `-`, `_` and spaces that mark furniture.
    private static let furnitureTokens: Set<String> = [
        "ad", "ads", "adv", "advert", "advertisement", "adsense", "adfit", "banner", "sns", "share", "sharing",
        "social", "related", "relate", "relation", "comment", "comments", "cmt", "reply", "caption",
        "copyright", "copy", "tag", "tags", "hashtag", "keyword", "keywords", "recommend", "popular",
        "ranking", "rank", "best", "subscribe", "newsletter", "footer", "header", "nav", "navi", "navigation",
        "gnb", "lnb", "snb", "menu", "breadcrumb", "breadcrumbs", "sidebar", "aside", "promotion", "promo",
        "btn", "button", "toolbar", "util", "print", "hidden", "blind", "sr-only", "photo", "img",
        "image", "thumb", "figure", "byline", "reporter", "journalist", "writer", "more", "modal", "popup",
        "layer", "login", "search", "widget", "aside", "paging", "pagination", "sponsor", "sponsored",
        "outbrain", "taboola", "dable", "hot", "most", "list", "skip", "top", "go",
        "font", "fontsize", "bottom", "feedback", "like", "emotion", "reaction", "donate",
    ]
    /// Substrings that mark furniture wherever they occur in a class or id.
    private static let furnitureSubstrings: [[UInt8]] = [
        "share", "sns", "relat", "comment", "caption", "copyright", "banner", "advert", "recommend",
        "subscribe", "newsletter", "breadcrumb", "sidebar", "photo_desc", "img_desc", "imgdesc",
        "photodesc", "morenews", "more_news", "hotnews", "hot_news", "popular", "ranking", "reporter_info",
        "byline", "footer", "social", "adsby", "googlead",
    ].map { Array($0.utf8) }
    private static let positiveSubstrings: [[UInt8]] = ["article", "body", "content", "news", "view", "story", "entry", "text", "post"].map { Array($0.utf8) }

    init() {}

    /// `class`, `id` and `itemprop` values of an element.
    init(classValue: UnsafeBufferPointer<UInt8>?, idValue: UnsafeBufferPointer<UInt8>?, itemprop: UnsafeBufferPointer<UInt8>?, isContainerTag: Bool) {
        if let itemprop, itemprop.count == 11, Self.equalsLower(itemprop, "articlebody") {
            articleBodyProp = true
        }
        for value in [classValue, idValue] {
            guard let value, value.count > 0, value.count < 256 else { continue }
            var lower = [UInt8](repeating: 0, count: value.count)
            for i in 0..<value.count {
                let b = value[i]
                lower[i] = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
            }
            examine(lower, isContainerTag: isContainerTag)
        }
        if container > 0 || articleBodyProp { furniture = false }
    }

    private mutating func examine(_ lower: [UInt8], isContainerTag: Bool) {
        // Whole class words.
        var start = 0
        let n = lower.count
        while start < n {
            while start < n, lower[start] == 0x20 || lower[start] == 0x09 || lower[start] == 0x0A { start += 1 }
            var end = start
            while end < n, lower[end] != 0x20, lower[end] != 0x09, lower[end] != 0x0A { end += 1 }
            if end > start {
                let word = String(decoding: lower[start..<end], as: UTF8.self)
                if isContainerTag {
                    if Self.specificContainers.contains(word) { container = 2 }
                    else if container == 0, Self.genericContainers.contains(word) { container = 1 }
                }
                if word.contains("logo") { logo = true }
                // Tokens split on - and _.
                var ts = start
                while ts < end {
                    var te = ts
                    while te < end, lower[te] != 0x2D, lower[te] != 0x5F { te += 1 }
                    if te > ts, Self.furnitureTokens.contains(String(decoding: lower[ts..<te], as: UTF8.self)) {
                        furniture = true
                    }
                    ts = te + 1
                }
            }
            start = end
        }
        if !furniture {
            for s in Self.furnitureSubstrings where Self.contains(lower, s) {
                furniture = true
                break
            }
        }
        for s in Self.positiveSubstrings where Self.contains(lower, s) {
            positive = true
            break
        }
    }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = hay.count, m = needle.count
        if m > n { return false }
        var i = 0
        outer: while i <= n - m {
            if hay[i] == needle[0] {
                for k in 1..<m where hay[i + k] != needle[k] {
                    i += 1
                    continue outer
                }
                return true
            }
            i += 1
        }
        return false
    }

    private static func equalsLower(_ value: UnsafeBufferPointer<UInt8>, _ s: StaticString) -> Bool {
        let p = s.utf8Start
        for i in 0..<value.count {
            let b = value[i]
            if ((b >= 0x41 && b <= 0x5A) ? b | 0x20 : b) != p[i] { return false }
        }
        return true
    }
}
