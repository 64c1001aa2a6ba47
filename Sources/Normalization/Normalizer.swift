import NewsModel

/// Finds money amounts and calendar expressions in one field of an article.
///
/// A `Normalizer` holds no mutable state (its tables are immutable statics built once), so one
/// value can be shared by every worker thread. Each call decodes the field into Unicode scalars
/// once and scans it left to right; offsets in the results are scalar offsets into `text`, end
/// exclusive, and `surface` is exactly `text[start..<end]` in scalars.
///
/// See `MoneyRecognizer` for the money rules (surface, qualifiers, ranges, rounding of cents)
/// and `DateGrammar` / `DatePhrase` for the date rules (chains, qualifiers, resolution).
///
/// - Complexity: O(n) in the field's length; the scanner only stops on digits, currency
///   symbols and the few syllables that can open an amount or a date.
public struct Normalizer: Sendable {
    public init() {}

    /// - Parameter reference: the article's publish time in the configured zone; relative
    ///   expressions are skipped (and counted in `skippedRelative`) when it is nil or invalid.
    public func normalize(_ text: String, field: TextField, reference: CivilDateTime?) -> NormalizationResult {
        let scalars = decodeScalars(text)
        let reference = reference.flatMap { $0.isValid ? $0 : nil }
        return scalars.withUnsafeBufferPointer { buffer in
            scan(ScalarText(buffer), field: field, reference: reference)
        }
    }

    private func scan(_ t: ScalarText, field: TextField, reference: CivilDateTime?) -> NormalizationResult {
        var result = NormalizationResult()
        var dates = DateRecognizer(reference: reference)
        var moneyEnd = 0
        var dateEnd = 0
        let n = t.count
        let buffer = t.scalars
        TriggerTable.flags.withUnsafeBufferPointer { table in
            var i = 0
            while i < n {
                let c = buffer[i]
                let flags = c < 0x10000 ? table[Int(c)] : 0
                if flags == 0 {
                    i += 1
                    continue
                }
                if ScalarClass.isDigit(c) {
                    // Only the start of a number: not inside `H100`, `1,936` or `3.14`.
                    let prev = t[i - 1]
                    if ScalarClass.isDigit(prev) || ScalarClass.isASCIILetter(prev)
                        || ((prev == 0x2E || prev == 0x2C) && ScalarClass.isDigit(t[i - 2]))
                    {
                        i += 1
                        continue
                    }
                }
                if flags & TriggerTable.money != 0 && i >= moneyEnd, let outcome = MoneyRecognizer.recognize(t, at: i) {
                    switch outcome {
                    case .found(let m):
                        result.money.append(MoneyMention(
                            field: field, start: m.start, end: m.end, surface: t.surface(m.start, m.end),
                            currency: m.currency, amountLow: m.low, amountHigh: m.high,
                            qualifier: m.qualifier, vague: m.vague))
                        moneyEnd = m.end
                    case .tooLarge(let s, let e):
                        result.warnings.append(
                            "amount \(t.surface(s, e)) in \(field.rawValue) at \(s) is too large to store exactly")
                        moneyEnd = e
                    }
                    i = max(moneyEnd, i + 1)
                    continue
                }
                if flags & TriggerTable.date != 0 && i >= dateEnd, let outcome = dates.recognize(t, at: i) {
                    switch outcome {
                    case .found(let d):
                        result.dates.append(DateMention(
                            field: field, start: d.start, end: d.end, surface: t.surface(d.start, d.end),
                            value: d.value, precision: d.precision, relative: d.relative, qualifier: d.qualifier))
                        dateEnd = d.end
                    case .skipped(let e):
                        result.skippedRelative += 1
                        dateEnd = e
                    case .invalid(let e):
                        dateEnd = e
                    }
                    i = max(dateEnd, i + 1)
                    continue
                }
                i += 1
            }
        }
        return result
    }
}

/// What the field-level scan produces.
public struct NormalizationResult: Sendable {
    /// Sorted by start offset; no two overlap.
    public var money: [MoneyMention]
    /// Sorted by start offset; no two overlap.
    public var dates: [DateMention]
    /// Relative date expressions dropped because the publish time was unknown.
    public var skippedRelative: Int
    /// Amounts too large for Int64 and similar, worth an input warning.
    public var warnings: [String]

    public init(money: [MoneyMention] = [], dates: [DateMention] = [], skippedRelative: Int = 0, warnings: [String] = []) {
        self.money = money
        self.dates = dates
        self.skippedRelative = skippedRelative
        self.warnings = warnings
    }
}

/// Which scalars can open an amount or a date, so the scanner passes over everything else
/// with one table load per scalar.
enum TriggerTable {
    static let money: UInt8 = 1
    static let date: UInt8 = 2

    static let flags: [UInt8] = {
        var f = [UInt8](repeating: 0, count: 0x10000)
        for d in 0x30...0x39 { f[d] = money | date }
        for c in [0x24, 0x20AC, 0xA3, 0xA5, 0x20A9, 0x55, 0x45, 0x4B, 0x4A] { f[c] |= money }
        let moneySyllables: [UInt32] = [
            K.일, K.이, K.삼, K.사, K.오, K.육, K.칠, K.팔, K.구, K.십, K.백, K.천, K.수, K.미,
        ]
        for s in moneySyllables { f[Int(s)] |= money }
        let dateSyllables: [UInt32] = [
            K.올, K.금, K.내, K.지, K.작, K.재, K.오, K.어, K.그, K.모, K.전, K.다, K.이, K.당, K.상,
            K.하, K.연,
        ]
        for s in dateSyllables { f[Int(s)] |= date }
        return f
    }()
}
