/// Which scalars can open an amount or a date, so the scanner passes over everything else
/// with one table load per scalar.
enum TriggerTable {
    static let money: UInt8 = 1
    static let date: UInt8 = 2
    /// May follow a Hangul money opener: a unit, a Hangul digit, `수`, `화` (미화).
    static let moneyNext: UInt8 = 4
    /// May follow a Hangul date opener: the second syllables of the keywords, a space or a digit.
    static let dateNext: UInt8 = 8

    /// Whether the scalar after a Hangul opener with `flags` can continue it; a cheap filter
    /// before calling a recognizer (which checks the whole word anyway).
    @inline(__always)
    static func mayContinue(_ flags: UInt8, opener: UInt8, next: UInt8) -> UInt8 {
        var keep = flags
        if flags & money != 0 && next & moneyNext == 0 { keep &= ~money }
        if flags & date != 0 && next & dateNext == 0 { keep &= ~date }
        return keep
    }

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
            // Times of day, which only continue a day just named (`… 2시부터 오후 4시까지`).
            K.낮, K.밤, K.새, K.저, K.아, K.자, K.정,
            // Fixed-date holidays.
            K.신, K.삼, K.현, K.제, K.광, K.개, K.한, K.성, K.크,
            // `같은 날`, `익일`; native counts of `DurationGrammar` (`두 달`, `사흘`, `일주일` …).
            K.같, K.익, K.두, K.세, K.석, K.네, K.넉, K.여, K.일, K.열, K.사, K.나, K.닷, K.엿, K.보,
        ]
        for s in dateSyllables { f[Int(s)] |= date }
        let moneyFollowers: [UInt32] = [
            K.십, K.백, K.천, K.만, K.억, K.조, K.경, K.수, K.화,
            K.일, K.이, K.삼, K.사, K.오, K.육, K.칠, K.팔, K.구,
        ]
        for s in moneyFollowers { f[Int(s)] |= moneyNext }
        // Second syllables of every keyword in `DateGrammar.keyword` and `TimeOfDay`.
        let dateFollowers: [UInt32] = [
            K.해, K.년, K.주, K.달, K.일, K.후, K.난, K.늘, K.는, K.제, K.저, K.레, K.날, K.음, K.번,
            K.튿, K.반, K.말, K.초, K.내, K.정, K.충, K.헌, K.복, K.천, K.글, K.탄, K.리, K.린, K.작,
            K.전, K.벽, K.녁, K.침, K.오,
            K.은, K.루, K.틀, K.흘, K.새, K.름, K.섯, K.곱, K.덟, K.홉,
            // `전월`, `전분기`.
            K.월, K.분,
        ]
        for s in dateFollowers { f[Int(s)] |= dateNext }
        for c in [0x20, 0xA0, 0x09] { f[c] |= dateNext }
        for d in 0x30...0x39 { f[d] |= dateNext }
        return f
    }()
}
