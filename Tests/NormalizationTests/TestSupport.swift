import NewsModel
import Testing
@testable import Normalization

/// The reference used by most cases: Friday 2025-06-27 17:12 (ISO week 2025-W26).
let friday = CivilDateTime(year: 2025, month: 6, day: 27, hour: 17, minute: 12)

/// Scalar offset of the `occurrence`-th appearance of `surface` in `text`, so expected spans
/// are stated by what they cover rather than by hand-counted numbers.
func scalarOffset(of surface: String, in text: String, occurrence: Int = 0) -> Int? {
    let hay = Array(text.unicodeScalars)
    let needle = Array(surface.unicodeScalars)
    guard !needle.isEmpty, needle.count <= hay.count else { return nil }
    var seen = 0
    for i in 0...(hay.count - needle.count) where Array(hay[i..<(i + needle.count)]) == needle {
        if seen == occurrence { return i }
        seen += 1
    }
    return nil
}

/// Python-style `text[start:end]` in Unicode scalars.
func scalarSlice(_ text: String, _ start: Int, _ end: Int) -> String {
    let scalars = Array(text.unicodeScalars)
    guard start >= 0, end <= scalars.count, start <= end else { return "<out of range>" }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    return String(view)
}

/// One expected money mention.
struct ExpectedMoney: Sendable {
    var surface: String
    var currency: String
    var low: Int64
    var high: Int64
    var qualifier: MoneyQualifier?
    var vague: Bool
    var occurrence: Int
}

/// A sentence and every money mention expected in it (none for a negative case).
struct MoneyCase: Sendable, CustomTestStringConvertible {
    var text: String
    var expected: [ExpectedMoney]
    var testDescription: String { text }
}

/// `M(text, surface, currency, low[, high], q:, vague:)`: a sentence with one amount.
func M(
    _ text: String, _ surface: String, _ currency: String, _ low: Int64, _ high: Int64? = nil,
    q: MoneyQualifier? = nil, vague: Bool = false, occurrence: Int = 0
) -> MoneyCase {
    MoneyCase(text: text, expected: [
        ExpectedMoney(
            surface: surface, currency: currency, low: low, high: high ?? low, qualifier: q, vague: vague,
            occurrence: occurrence)
    ])
}

/// A sentence with one amount in won.
func M(
    _ text: String, _ surface: String, _ low: Int64, _ high: Int64? = nil,
    q: MoneyQualifier? = nil, vague: Bool = false, occurrence: Int = 0
) -> MoneyCase {
    M(text, surface, "KRW", low, high, q: q, vague: vague, occurrence: occurrence)
}

/// An amount inside a multi-amount case.
func E(
    _ surface: String, _ currency: String, _ low: Int64, _ high: Int64? = nil,
    q: MoneyQualifier? = nil, vague: Bool = false, occurrence: Int = 0
) -> ExpectedMoney {
    ExpectedMoney(
        surface: surface, currency: currency, low: low, high: high ?? low, qualifier: q, vague: vague,
        occurrence: occurrence)
}

func MM(_ text: String, _ expected: ExpectedMoney...) -> MoneyCase {
    MoneyCase(text: text, expected: expected)
}

/// A sentence that holds no money amount.
func noMoney(_ text: String) -> MoneyCase {
    MoneyCase(text: text, expected: [])
}

/// One expected date mention.
struct ExpectedDate: Sendable {
    var surface: String
    var value: String
    var precision: DatePrecision
    var relative: Bool
    var qualifier: DateQualifier?
    var occurrence: Int
}

struct DateCase: Sendable, CustomTestStringConvertible {
    var text: String
    var reference: CivilDateTime?
    var expected: [ExpectedDate]
    var testDescription: String {
        "\(text) @ \(reference.map { $0.isoDate } ?? "no reference")"
    }
}

func D(
    _ text: String, _ surface: String, _ value: String, _ precision: DatePrecision, rel: Bool,
    q: DateQualifier? = nil, ref: CivilDateTime? = friday, occurrence: Int = 0
) -> DateCase {
    DateCase(text: text, reference: ref, expected: [
        ExpectedDate(
            surface: surface, value: value, precision: precision, relative: rel, qualifier: q,
            occurrence: occurrence)
    ])
}

func ED(
    _ surface: String, _ value: String, _ precision: DatePrecision, rel: Bool, q: DateQualifier? = nil,
    occurrence: Int = 0
) -> ExpectedDate {
    ExpectedDate(
        surface: surface, value: value, precision: precision, relative: rel, qualifier: q, occurrence: occurrence)
}

func DD(_ text: String, ref: CivilDateTime? = friday, _ expected: ExpectedDate...) -> DateCase {
    DateCase(text: text, reference: ref, expected: expected)
}

func noDate(_ text: String, ref: CivilDateTime? = friday) -> DateCase {
    DateCase(text: text, reference: ref, expected: [])
}

/// Every mention's surface must be exactly its span of the field (the contract's invariant).
func expectSpansMatchSurfaces(_ text: String, _ result: NormalizationResult) {
    for m in result.money {
        #expect(scalarSlice(text, m.start, m.end) == m.surface, "money span \(m.start)..<\(m.end) in \(text)")
    }
    for d in result.dates {
        #expect(scalarSlice(text, d.start, d.end) == d.surface, "date span \(d.start)..<\(d.end) in \(text)")
    }
    for (a, b) in zip(result.money, result.money.dropFirst()) { #expect(a.end <= b.start) }
    for (a, b) in zip(result.dates, result.dates.dropFirst()) { #expect(a.end <= b.start) }
}
