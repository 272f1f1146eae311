import BorderIncidents

/// The calendar bins of a timeline: ISO 8601 weeks (Monday to Sunday),
/// calendar months and years.
public enum TimeUnit: String, CaseIterable, Sendable, Hashable {
    case week, month, year

    /// How coarse the bin is, on the scale `DateCoarseness` uses.
    var rank: Int {
        switch self {
        case .week: 1
        case .month: 2
        case .year: 3
        }
    }

    /// The first day of the bin holding `day`.
    public func start(of day: Day) -> Day {
        switch self {
        case .week: day.adding(days: -(day.weekday - 1))
        case .month: Day(year: day.year, month: day.month, day: 1)!
        case .year: Day(year: day.year, month: 1, day: 1)!
        }
    }

    /// The first day of the bin after the one starting at `start`.
    public func next(after start: Day) -> Day {
        switch self {
        case .week: start.adding(days: 7)
        case .month:
            start.month == 12
                ? Day(year: start.year + 1, month: 1, day: 1)! : Day(year: start.year, month: start.month + 1, day: 1)!
        case .year: Day(year: start.year + 1, month: 1, day: 1)!
        }
    }

    /// "2021-W30", "2021-07" or "2021": labels that sort as the bins do.
    public func label(of day: Day) -> String {
        let start = start(of: day)
        switch self {
        case .week:
            // The ISO week-numbering year is the year of the week's Thursday.
            let thursday = start.adding(days: 3)
            let firstOfYear = Day(year: thursday.year, month: 1, day: 1)!
            let week = (thursday.ordinal - firstOfYear.ordinal) / 7 + 1
            return "\(thursday.year)-W\(week < 10 ? "0" : "")\(week)"
        case .month: return String(start.description.prefix(7))
        case .year: return "\(start.year)"
        }
    }

    /// Every bin from the one holding `first` to the one holding `last`, in order.
    public func bins(from first: Day, through last: Day) -> [(label: String, start: Day)] {
        var out: [(String, Day)] = []
        var s = start(of: first)
        while s <= last {
            out.append((label(of: s), s))
            s = next(after: s)
        }
        return out
    }
}

/// How coarse an incident's date is, on one scale with the bins: a day, a
/// week, a month, a year, longer. A date of `period` precision is as coarse
/// as the shortest bin its span fits in by length (a ten-day period is as
/// coarse as a month).
public enum DateCoarseness {
    public static func rank(_ date: IncidentDate) -> Int {
        switch date.precision {
        case .day: return 0
        case .week: return 1
        case .month: return 2
        case .period:
            let days = date.end.ordinal - date.start.ordinal + 1
            if days <= 1 { return 0 }
            if days <= 7 { return 1 }
            if days <= 31 { return 2 }
            if days <= 366 { return 3 }
            return 4
        }
    }

    /// True when the date is coarser than the bin, so its place in the bin
    /// (counted by the date's start) is not certain.
    public static func isImprecise(_ date: IncidentDate, in unit: TimeUnit) -> Bool { rank(date) > unit.rank }
}
