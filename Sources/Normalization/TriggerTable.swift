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
            // Times of day, which only continue a day just named (`… 2시부터 오후 4시까지`).
            K.낮, K.밤, K.새, K.저, K.아, K.자, K.정,
            // Fixed-date holidays.
            K.신, K.삼, K.현, K.제, K.광, K.개, K.한, K.성, K.크,
        ]
        for s in dateSyllables { f[Int(s)] |= date }
        return f
    }()
}
