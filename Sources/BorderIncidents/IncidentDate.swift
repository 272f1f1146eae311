/// When an incident happened: a day or a span of days, how precisely the
/// reports pin it down, and how the date was read.
public struct IncidentDate: Hashable, Sendable {
    /// ACLED's time precision, widened for periods.
    public enum Precision: String, Sendable, Hashable {
        case day, week, month, period
    }

    public var start: Day
    public var end: Day
    public var precision: Precision
    /// How the date was obtained, such as "'Wednesday' read against the
    /// report of 2021-07-28".
    public var reading: String

    public init(start: Day, end: Day, precision: Precision, reading: String) {
        self.start = start
        self.end = end
        self.precision = precision
        self.reading = reading
    }

    public var isSingleDay: Bool { start == end }

    /// "2021-07-28" or "2022-09-05/2022-09-11" (ISO 8601 interval).
    public var iso: String { isSingleDay ? start.description : "\(start)/\(end)" }

    public func overlaps(from: Day, to: Day) -> Bool { start <= to && end >= from }
}

/// Reads the relative phrases reports use ("Tuesday", "last week", "in
/// August", "earlier this month", "days before") against the report's
/// publication date.
public enum RelativeDate {
    public struct UnknownPhrase: Error, Equatable, Sendable { public var phrase: String }

    public static func resolve(_ phrase: String, published: Day) throws(UnknownPhrase) -> IncidentDate {
        let words = phrase.lowercased().split(separator: " ").map(String.init).filter { $0 != "on" }
        let said = "'\(phrase)' read against publication on \(published) (\(published.weekdayName))"
        // "Wednesday": the latest such day on or before publication.
        if words.count == 1, let index = Day.weekdayNames.firstIndex(of: words[0]) {
            let back = (published.weekday - (index + 1) + 7) % 7
            let day = published.adding(days: -back)
            return IncidentDate(start: day, end: day, precision: .day, reading: said)
        }
        switch words {
        case ["today"], ["this", "morning"], ["overnight"], ["shortly", "after", "midnight"]:
            return IncidentDate(start: published, end: published, precision: .day, reading: said)
        case ["last", "week"]:
            // The Monday-to-Sunday week before the publication's week.
            let monday = published.adding(days: -(published.weekday - 1) - 7)
            return IncidentDate(start: monday, end: monday.adding(days: 6), precision: .week, reading: said)
        case ["days", "before"], ["days", "ago"], ["just", "days", "ago"], ["days", "earlier"]:
            return IncidentDate(start: published.adding(days: -7), end: published.adding(days: -1), precision: .week, reading: said)
        case ["earlier", "this", "month"]:
            let first = Day(year: published.year, month: published.month, day: 1)!
            return IncidentDate(start: first, end: max(first, published.adding(days: -1)), precision: .month, reading: said)
        default:
            break
        }
        if words.count == 2, words[0] == "in", let m = Day.monthNames.firstIndex(of: words[1]) {
            // The most recent such month, the publication's own included.
            let month = m + 1
            let year = month <= published.month ? published.year : published.year - 1
            let first = Day(year: year, month: month, day: 1)!
            let last = Day(year: year, month: month, day: Day.length(ofMonth: month, year: year))!
            return IncidentDate(start: first, end: last, precision: .month, reading: said)
        }
        throw UnknownPhrase(phrase: phrase)
    }
}
