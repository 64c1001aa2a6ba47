import NewsModel

/// Finds money amounts and calendar expressions in one field of an article.
///
/// A `Normalizer` holds no mutable state (its tables are immutable statics built once), so one
/// value can be shared by every worker thread. Each call decodes the field into Unicode scalars
/// once and scans it left to right; offsets in the results are scalar offsets into `text`, end
/// exclusive, and `surface` is exactly `text[start..<end]` in scalars.
///
/// See `MoneyRecognizer` for the money rules (surface, qualifiers, ranges, rounding of cents)
/// and `DateGrammar` / `DatePhrase` for the date rules (chains, qualifiers, resolution). In
/// short: qualifier words before an amount (`최대`, `약`) are inside its surface, words after it
/// (`이상`, `가량`) are not; date period words (`말`, `중순`, `연말`) are inside, particles
/// (`까지`, `부터`, `께`) are not; a time with minutes is minute precision (`…T16:30`), one
/// without is hour precision (`…T16`); a time with no day is not a mention; relative
/// expressions need `reference`. `이날`/`전날` resolve against the story day (see
/// `DateRecognizer`); durations (`3일간`) are date mentions of kind `duration`; every amount
/// gets a `kind` when a word near it tells (see `MoneyKindReader`).
///
/// - Complexity: O(n) in the field's length; the scanner only stops on digits, currency
///   symbols and the few syllables that can open an amount or a date.
public struct Normalizer: Sendable {
    public init() {}

    /// - Parameters:
    ///   - reference: the article's publish time in the configured zone; relative expressions
    ///     are skipped (and counted in `skippedRelative`) when it is nil or invalid.
    ///   - storyDay: the story day found in the body (`NormalizationResult.storyDay`), for the
    ///     title; when nil, the body finds it in its lead, else uses the publish day.
    public func normalize(
        _ text: String, field: TextField, reference: CivilDateTime?, storyDay: CivilDateTime? = nil
    ) -> NormalizationResult {
        let reference = reference.flatMap { $0.isValid ? $0 : nil }
        var text = text
        text.makeContiguousUTF8()
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            let (scalars, offsets) = decodeScalars(bytes)
            return scalars.withUnsafeBufferPointer { buffer in
                offsets.withUnsafeBufferPointer { offsetBuffer in
                    scan(ScalarText(buffer), surfaces: SurfaceCutter(bytes: bytes, byteOffsets: offsetBuffer),
                        field: field, reference: reference, storyDay: storyDay)
                }
            }
        }
        return found ?? NormalizationResult()
    }

    private func scan(
        _ t: ScalarText, surfaces cutter: SurfaceCutter, field: TextField, reference: CivilDateTime?,
        storyDay: CivilDateTime?
    ) -> NormalizationResult {
        var result = NormalizationResult()
        var dates = DateRecognizer(
            reference: reference, storyDay: storyDay.map { DayAnchor(day: $0.daysSinceEpoch, relative: true) },
            findsStoryDay: field == .body)

        var moneyEnd = 0
        var dateEnd = 0
        var previousAmount: (end: Int, kind: MoneyKind?)?
        let n = t.count
        let buffer = t.scalars
        TriggerTable.flags.withUnsafeBufferPointer { table in
            var i = 0
            let openers = TriggerTable.money | TriggerTable.date
            while i < n {
                // The bulk of the text opens nothing: a tight loop of one table load per scalar.
                while i < n && table[Int(buffer[i] & 0xFFFF)] & openers == 0 { i &+= 1 }
                guard i < n else { break }
                let c = buffer[i]
                if c >= 0x10000 {
                    i += 1
                    continue
                }
                var flags = table[Int(c)] & openers
                if ScalarClass.isHangulSyllable(c) {
                    // Hangul openers (numerals, 지난, 오는, 이날 …) start a word; most
                    // occurrences of these syllables are inside one or start another word.
                    let next = t[i + 1]
                    let nextFlags = next < 0x10000 ? table[Int(next)] : 0
                    if ScalarClass.isHangulSyllable(t[i - 1]) {
                        flags = 0
                    } else if c == K.수 && ScalarClass.isSpace(next) {
                        // `수 조원`: a vague amount written with a space.
                        flags = TriggerTable.mayContinue(flags, opener: flags, next: nextFlags) | (flags & TriggerTable.money)
                    } else if KoreanNumeral.smallUnitExponent(c) == nil {
                        flags = TriggerTable.mayContinue(flags, opener: flags, next: nextFlags)
                    } else {
                        // 천만 원, 천 원, 백억: a small unit may open with anything after it.
                        flags = TriggerTable.mayContinue(flags & ~TriggerTable.money, opener: flags, next: nextFlags)
                            | (flags & TriggerTable.money)
                    }
                    if flags == 0 {
                        i += 1
                        continue
                    }
                } else if ScalarClass.isDigit(c) {
                    // Only the start of a number: not inside `H100`, `1,936` or `3.14`.
                    let prev = t[i - 1]
                    if ScalarClass.isDigit(prev)
                        || (ScalarClass.isASCIILetter(prev) && !(prev == 0x59 && t[i - 2] == 0x46))  // but `FY2025`
                        || ((prev == 0x2E || prev == 0x2C) && ScalarClass.isDigit(t[i - 2]))
                    {
                        i += 1
                        continue
                    }
                }
                if flags & TriggerTable.money != 0 && i >= moneyEnd, let outcome = MoneyRecognizer.recognize(t, at: i, headline: field == .title) {
                    switch outcome {
                    case .found(let m):
                        let kind = MoneyKindReader.kind(t, start: m.start, end: m.end, previous: previousAmount)
                        previousAmount = (m.end, kind)
                        result.money.append(MoneyMention(
                            field: field, start: m.start, end: m.end, surface: cutter.surface(m.start, m.end),
                            currency: m.currency, amountLow: m.low, amountHigh: m.high,
                            qualifier: m.qualifier, vague: m.vague,
                            kind: kind))
                        moneyEnd = m.end
                    case .tooLarge(let s, let e):
                        result.warnings.append(
                            "amount \(cutter.surface(s, e)) in \(field.rawValue) at \(s) is too large to store exactly")
                        moneyEnd = e
                    }
                    i = max(moneyEnd, i + 1)
                    continue
                }
                if flags & TriggerTable.date != 0 && i >= dateEnd, let outcome = dates.recognize(t, at: i) {
                    switch outcome {
                    case .found(let d):
                        let bounds = d.kind == .date ? DateBounds.of(value: d.value, precision: d.precision) : nil
                        result.dates.append(DateMention(
                            field: field, start: d.start, end: d.end, surface: cutter.surface(d.start, d.end),
                            value: d.value, precision: d.precision, relative: d.relative, qualifier: d.qualifier,
                            kind: d.kind, dateStart: bounds?.start, dateEnd: bounds?.end))
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
        if field == .body, let day = dates.storyDay { result.storyDay = CivilDateTime(daysSinceEpoch: day.day) }
        return result
    }
}
