import NewsModel

/// A fingerprint of everything the stages found in an article (its mentions and the entities
/// they name), stored as `articles.analysis_hash`.
///
/// `contentHash` only changes with the article's text, so without this a rerun after a
/// knews upgrade or a gazetteer extension (`--full`) would keep yesterday's mentions forever.
/// With it, the same text analysed the same way is `.unchanged` (no row touched), and the
/// same text analysed differently gets its mentions replaced. 64-bit FNV-1a: deterministic
/// across processes (unlike `Hasher`), fast, and collisions only cost a missed refresh.
struct AnalysisDigest {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    static func of(_ article: AnalyzedArticle) -> String {
        var digest = AnalysisDigest()
        for money in article.money {
            digest.add("m")
            digest.add(money.field.rawValue); digest.add(money.start); digest.add(money.end)
            digest.add(money.surface); digest.add(money.currency); digest.add(Int(money.amountLow))
            digest.add(Int(money.amountHigh)); digest.add(money.qualifier?.rawValue ?? "")
            digest.add(money.vague ? 1 : 0)
            digest.add(money.kind?.rawValue ?? ""); digest.add(money.owner ?? "")
        }
        for date in article.dates {
            digest.add("d")
            digest.add(date.field.rawValue); digest.add(date.start); digest.add(date.end)
            digest.add(date.surface); digest.add(date.value); digest.add(date.precision.rawValue)
            digest.add(date.relative ? 1 : 0); digest.add(date.qualifier?.rawValue ?? "")
            digest.add(date.kind.rawValue); digest.add(date.dateStart ?? ""); digest.add(date.dateEnd ?? "")
        }
        for entity in article.entities {
            digest.add("e")
            digest.add(entity.name); digest.add(entity.type.rawValue); digest.add(entity.nameEnglish ?? "")
            digest.add(entity.origin.rawValue); digest.add(Int(entity.confidence * 1_000_000))
        }
        for mention in article.entityMentions {
            digest.add("o")
            digest.add(mention.entityName); digest.add(mention.field.rawValue); digest.add(mention.start)
            digest.add(mention.end); digest.add(mention.surface)
        }
        return digest.hex
    }

    private mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes { mix(byte) }
        }
        mix(0x1F)  // unit separator: "ab"+"c" differs from "a"+"bc"
    }

    private mutating func add(_ value: Int) {
        var value = UInt64(bitPattern: Int64(value))
        for _ in 0..<8 {
            mix(UInt8(truncatingIfNeeded: value))
            value >>= 8
        }
    }

    @inline(__always)
    private mutating func mix(_ byte: UInt8) {
        state ^= UInt64(byte)
        state &*= 0x100_0000_01b3
    }

    private var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
