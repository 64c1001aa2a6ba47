import NewsModel

/// A calendar expression as written, before resolution: which parts the text gave and how each
/// part relates to the publish time. Keeping parsing and resolution apart lets the same phrase
/// resolve against any reference (and be skipped when there is none).
struct DatePhrase {
    enum Year {
        case absolute(Int)
        /// `올해` 0, `내년` +1, `지난해` −1, `3년 전` −3: from the publish year.
        case offset(Int)
        /// From the mention this one continues (`2024년 7~8월`'s `8월`).
        case inherited(Int, relative: Bool)
    }

    enum Month {
        case absolute(Int)
        /// `이달` 0, `다음달` +1, `지난달` −1, `3개월 전` −3.
        case offset(Int)
        /// `오는 9월`: the next September (this year if after the publish month).
        case next(Int)
        /// `지난 9월`: the most recent past September.
        case past(Int)
    }

    enum Day {
        case absolute(Int)
        /// A day of the publish month (`27일`).
        case bare(Int)
        /// `오는 13일`: the next 13th after the publish day.
        case next(Int)
        /// `지난 20일`: the most recent past 20th.
        case past(Int)
        /// Days from the publish day (`오늘` 0, `어제` −1, `내일` +1, `3일 전` −3).
        case fromPublish(Int)
        /// Days from the scene day (a day named in this sentence or the previous one), else the
        /// story day, else the publish day (`이날`, `같은 날`, `전날`, `다음날`).
        case fromAnchor(Int)
        /// Days from the story day, else the publish day (`3일 전`, `사흘 뒤`, `일주일 전`).
        case fromStory(Int)
        /// A bare day continuing a list or range right after a full date (`5일부터 7일까지`,
        /// `27~28일`): the same month as that date, or the next one when the number is smaller.
        case following(year: Int, month: Int, day: Int, relative: Bool)
        /// `오는 금요일`: the first such weekday after the publish day.
        case nextWeekday(Int)
        /// `지난 월요일`: the last such weekday before the publish day.
        case pastWeekday(Int)
        /// `이번 금요일`: that weekday in the publish week.
        case thisWeekday(Int)
    }

    enum Period {
        case half(Int)
        case quarter(Int)
        /// Quarters from the publish quarter (`이번 분기` 0, `다음 분기` +1).
        case quarterOffset(Int)
    }

    /// A period counted from the one named just before (`PeriodAnchor`).
    enum Previous {
        /// `전년 동기`, `전년 동월`, `전년 같은 기간`: the same quarter, half, month or year a
        /// year earlier.
        case sameLastYear
        /// `전년`, `전년도`: the year before.
        case year
        /// `전 분기`, `전분기`: the quarter before.
        case quarter
        /// `전월`: the month before.
        case month
    }

    var start: Int
    var end: Int
    var previous: Previous?
    var year: Year?
    var month: Month?
    var day: Day?
    /// Weeks from the publish week (`이번주` 0, `다음주` +1, `지난주` −1).
    var week: Int?
    /// ISO weekday within `week` (`다음주 화요일`).
    var weekday: Int?
    var period: Period?
    /// −1 for `지난 4분기`, +1 for `오는 하반기`: the nearest such period in that direction.
    var periodDirection = 0
    var hour: Int?
    var minute: Int?
    var qualifier: DateQualifier?

    init(start: Int) {
        self.start = start
        self.end = start
    }
}

extension DatePhrase {
    /// Resolves against the publish time (`reference`) and the day last named in the field.
    func resolve(
        reference: CivilDateTime?, anchor: DayAnchor?, story: DayAnchor? = nil, lastPeriod: PeriodAnchor? = nil
    ) -> DateResolution {
        if let previous { return Self.resolve(previous, period: lastPeriod, reference: reference) }
        var relative = false
        // Every read of the reference goes through here, so `relative` is exact.
        func ref() -> CivilDateTime? {
            relative = true
            return reference
        }

        if let week {
            guard let r = ref() else { return .needsReference }
            let base = r.daysSinceEpoch + 7 * week
            if let weekday {
                let d = CalendarMath.monday(ofDay: base) + weekday - 1
                return finishDay(d, relative: relative)
            }
            let (y, w) = CalendarMath.isoWeek(ofDay: base)
            guard (1...9999).contains(y) else { return .invalid }
            return .resolved(ResolvedDate(value: CalendarMath.weekValue(y, w), precision: .week, relative: true))
        }

        if let day {
            switch day {
            case .fromPublish(let k):
                guard let r = ref() else { return .needsReference }
                return finishDay(r.daysSinceEpoch + k, relative: true)
            case .fromAnchor(let k):
                if let anchor { return finishDay(anchor.day + k, relative: anchor.relative) }
                guard let r = ref() else { return .needsReference }
                return finishDay(r.daysSinceEpoch + k, relative: true)
            case .fromStory(let k):
                if let story { return finishDay(story.day + k, relative: story.relative) }
                guard let r = ref() else { return .needsReference }
                return finishDay(r.daysSinceEpoch + k, relative: true)
            case .nextWeekday(let n):
                guard let r = ref() else { return .needsReference }
                let w = r.isoWeekday
                let delta = (n - w + 7) % 7
                return finishDay(r.daysSinceEpoch + (delta == 0 ? 7 : delta), relative: true)
            case .pastWeekday(let n):
                guard let r = ref() else { return .needsReference }
                let w = r.isoWeekday
                let delta = (w - n + 7) % 7
                return finishDay(r.daysSinceEpoch - (delta == 0 ? 7 : delta), relative: true)
            case .thisWeekday(let n):
                guard let r = ref() else { return .needsReference }
                return finishDay(CalendarMath.monday(ofDay: r.daysSinceEpoch) + n - 1, relative: true)
            case .following(let y, let m, let d, let rel):
                guard CalendarMath.isValidDay(year: y, month: m, day: d) else { return .invalid }
                return finishDay(CivilDateTime(year: y, month: m, day: d).daysSinceEpoch, relative: rel)
            default:
                break
            }
        }

        // Year, when the text gave one.
        var year: Int?
        switch self.year {
        case .absolute(let y): year = y
        case .offset(let k):
            guard let r = ref() else { return .needsReference }
            year = r.year + k
        case .inherited(let y, let rel):
            year = y
            if rel { relative = true }
        case nil: break
        }

        if let period {
            if case .quarterOffset(let k) = period {
                guard let r = ref() else { return .needsReference }
                let index = r.year * 4 + (r.month - 1) / 3 + k
                let y = index >= 0 ? index / 4 : (index - 3) / 4
                guard (1...9999).contains(y) else { return .invalid }
                return .resolved(ResolvedDate(
                    value: CalendarMath.quarterValue(y, index - y * 4 + 1), precision: .quarter, relative: true, year: y))
            }
            if year == nil {
                guard let r = ref() else { return .needsReference }
                year = r.year
                if periodDirection != 0 {
                    // Compare in quarters: a half is two of them.
                    let current = (r.month - 1) / 3
                    let (first, last): (Int, Int)
                    switch period {
                    case .half(let h): (first, last) = (h * 2 - 2, h * 2 - 1)
                    case .quarter(let q): (first, last) = (q - 1, q - 1)
                    case .quarterOffset: (first, last) = (current, current)
                    }
                    if periodDirection < 0 && last >= current { year = r.year - 1 }
                    if periodDirection > 0 && first <= current { year = r.year + 1 }
                }
            }
            guard let y = year, (1...9999).contains(y) else { return .invalid }
            switch period {
            case .half(let h):
                return .resolved(ResolvedDate(value: CalendarMath.halfValue(y, h), precision: .half, relative: relative, year: y))
            case .quarter(let q):
                return .resolved(ResolvedDate(value: CalendarMath.quarterValue(y, q), precision: .quarter, relative: relative, year: y))
            case .quarterOffset:
                return .invalid
            }
        }

        var month: Int?
        if let m = self.month {
            switch m {
            case .absolute(let mm):
                if year == nil {
                    guard let r = ref() else { return .needsReference }
                    // Across the turn of the year a bare month is the nearest one: `1월 1일` in a
                    // December story is next January, `12월` in a January story last December.
                    if r.month >= 11 && mm <= 2 && mm + 12 - r.month <= 2 {
                        year = r.year + 1
                    } else if r.month <= 2 && mm >= 11 && r.month + 12 - mm <= 2 {
                        year = r.year - 1
                    } else {
                        year = r.year
                    }
                }
                month = mm
            case .offset(let k):
                guard let r = ref() else { return .needsReference }
                let (y, mm) = CalendarMath.addMonths(year: r.year, month: r.month, k)
                year = y
                month = mm
            case .next(let mm):
                if year == nil {
                    guard let r = ref() else { return .needsReference }
                    year = mm > r.month ? r.year : r.year + 1
                }
                month = mm
            case .past(let mm):
                if year == nil {
                    guard let r = ref() else { return .needsReference }
                    year = mm < r.month ? r.year : r.year - 1
                }
                month = mm
            }
        }

        if let day {
            var y = year ?? 0
            var m = month ?? 0
            let d: Int
            switch day {
            case .absolute(let dd), .bare(let dd):
                d = dd
                if month == nil {
                    guard let r = ref() else { return .needsReference }
                    y = r.year
                    m = r.month
                }
            case .next(let dd):
                d = dd
                if month == nil {
                    guard let r = ref() else { return .needsReference }
                    (y, m) = dd > r.day ? (r.year, r.month) : CalendarMath.addMonths(year: r.year, month: r.month, 1)
                }
            case .past(let dd):
                d = dd
                if month == nil {
                    guard let r = ref() else { return .needsReference }
                    (y, m) = dd < r.day ? (r.year, r.month) : CalendarMath.addMonths(year: r.year, month: r.month, -1)
                }
            case .fromPublish, .fromAnchor, .fromStory, .following, .nextWeekday, .pastWeekday, .thisWeekday:
                return .invalid
            }
            guard CalendarMath.isValidDay(year: y, month: m, day: d) else { return .invalid }
            return finishDay(CivilDateTime(year: y, month: m, day: d).daysSinceEpoch, relative: relative)
        }

        if let month, let year {
            guard (1...12).contains(month), (1...9999).contains(year) else { return .invalid }
            return .resolved(ResolvedDate(
                value: CalendarMath.monthValue(year, month), precision: .month, relative: relative, year: year))
        }
        if let year {
            guard (1...9999).contains(year) else { return .invalid }
            return .resolved(ResolvedDate(
                value: CalendarMath.yearValue(year), precision: .year, relative: relative, year: year))
        }
        return .invalid
    }

    /// `전년 동기`, `전년`, `전 분기`, `전월`: from the period named just before (`period`, in
    /// this sentence or the previous one), else from the publish time. `전년 동기` with no
    /// period before it names nothing and is not a mention.
    private static func resolve(_ what: Previous, period: PeriodAnchor?, reference: CivilDateTime?) -> DateResolution {
        let relative = period?.relative ?? true
        func year(_ y: Int) -> DateResolution {
            guard (1...9999).contains(y) else { return .invalid }
            return .resolved(ResolvedDate(value: CalendarMath.yearValue(y), precision: .year, relative: relative, year: y))
        }
        func quarter(_ index: Int) -> DateResolution {
            let y = index >= 0 ? index / 4 : (index - 3) / 4
            guard (1...9999).contains(y) else { return .invalid }
            return .resolved(ResolvedDate(
                value: CalendarMath.quarterValue(y, index - y * 4 + 1), precision: .quarter, relative: relative, year: y))
        }
        func month(_ y: Int, _ m: Int) -> DateResolution {
            guard (1...9999).contains(y), (1...12).contains(m) else { return .invalid }
            return .resolved(ResolvedDate(value: CalendarMath.monthValue(y, m), precision: .month, relative: relative, year: y))
        }
        switch what {
        case .sameLastYear:
            guard let period else { return .invalid }
            switch period.unit {
            case .year: return year(period.year - 1)
            case .half(let h):
                guard (1...2).contains(h), (1...9999).contains(period.year - 1) else { return .invalid }
                return .resolved(ResolvedDate(
                    value: CalendarMath.halfValue(period.year - 1, h), precision: .half, relative: relative,
                    year: period.year - 1))
            case .quarter(let q): return quarter((period.year - 1) * 4 + q - 1)
            case .month(let m): return month(period.year - 1, m)
            }
        case .year:
            if let period { return year(period.year - 1) }
            guard let r = reference else { return .needsReference }
            return year(r.year - 1)
        case .quarter:
            switch period?.unit {
            case .quarter(let q)?: return quarter(period!.year * 4 + q - 2)
            case .month(let m)?: return quarter(period!.year * 4 + (m - 1) / 3 - 1)
            default:
                guard let r = reference else { return .needsReference }
                return quarter(r.year * 4 + (r.month - 1) / 3 - 1)
            }
        case .month:
            if let period, case .month(let m) = period.unit {
                let (y, mm) = CalendarMath.addMonths(year: period.year, month: m, -1)
                return month(y, mm)
            }
            guard let r = reference else { return .needsReference }
            let (y, mm) = CalendarMath.addMonths(year: r.year, month: r.month, -1)
            return month(y, mm)
        }
    }

    /// A day, with the time of day when one was attached: minute precision only when the text
    /// gave minutes (`오후 4시 30분` is `…T16:30`), else hour precision (`다음달 21일 오후 4시`
    /// is `…T16`, hour): a time without minutes does not claim the hour's first minute.
    private func finishDay(_ days: Int, relative: Bool) -> DateResolution {
        // `31일 자정` is the end of the 31st: the next day at 00 (`TimeOfDay` reads it as 24).
        let c = CivilDateTime(daysSinceEpoch: hour == 24 ? days + 1 : days)
        guard (1...9999).contains(c.year) else { return .invalid }
        if var hour {
            if hour == 24 { hour = 0 }
            if let minute {
                let value = CalendarMath.minuteValue(c.year, c.month, c.day, hour, minute)
                return .resolved(ResolvedDate(value: value, precision: .minute, relative: relative, dayNumber: days, year: c.year))
            }
            let value = CalendarMath.hourValue(c.year, c.month, c.day, hour)
            return .resolved(ResolvedDate(value: value, precision: .hour, relative: relative, dayNumber: days, year: c.year))
        }
        return .resolved(ResolvedDate(
            value: CalendarMath.dayValue(c.year, c.month, c.day), precision: .day, relative: relative, dayNumber: days,
            year: c.year))
    }
}
