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

/// Reads the relative phrases reports use ("Tuesday", "early Tuesday", "last November",
/// "yesterday", "last night", "last week", "in August", "mid-July", "since
/// May", "earlier this month", "days before") against the report's
/// publication date.
public enum RelativeDate {
    public struct UnknownPhrase: Error, Equatable, Sendable { public var phrase: String }

    /// Words that say when in a day, not which day ("early Tuesday", "Tuesday morning").
    static let partsOfDay: Set<String> = ["early", "late", "morning", "evening", "night", "afternoon", "dawn", "on"]

    public static func resolve(_ phrase: String, published: Day) throws(UnknownPhrase) -> IncidentDate {
        let words = phrase.lowercased().replacingOccurrences(of: "-", with: " ").split(separator: " ").map(String.init)
            .filter { $0 != "on" }
        let said = "'\(phrase)' read against publication on \(published) (\(published.weekdayName))"
        func day(_ d: Day) -> IncidentDate { IncidentDate(start: d, end: d, precision: .day, reading: said) }
        func span(_ a: Day, _ b: Day, _ p: IncidentDate.Precision) -> IncidentDate {
            IncidentDate(start: a, end: max(a, b), precision: p, reading: said)
        }
        // "Wednesday", "early Tuesday", "Tuesday night": the latest such day on
        // or before publication; "last Tuesday" the latest before it, but a
        // week before the day before publication (which a report calls
        // "yesterday"); "next Friday" the first after it.
        let dayWords = words.filter { !partsOfDay.contains($0) }
        if let first = dayWords.last, let index = Day.weekdayNames.firstIndex(of: first),
            dayWords.count == 1 || (dayWords.count == 2 && ["last", "next", "this", "past"].contains(dayWords[0]))
        {
            var back = (published.weekday - (index + 1) + 7) % 7
            if dayWords.first == "next" { return day(published.adding(days: (7 - back) % 7 == 0 ? 7 : 7 - back)) }
            if dayWords.first == "last" && back <= 1 { back += 7 }
            return day(published.adding(days: -back))
        }
        // "2 days ago", "the day before yesterday": that many days before publication.
        if words.count == 3, words[1...] == ["days", "ago"], let n = Int(words[0]), n > 0 {
            return day(published.adding(days: -n))
        }
        switch words {
        case ["day", "before", "yesterday"], ["the", "day", "before", "yesterday"]:
            return day(published.adding(days: -2))
        case ["today"], ["this", "morning"], ["overnight"], ["shortly", "after", "midnight"], ["after", "midnight"],
            ["early", "this", "morning"], ["this", "evening"], ["tonight"], ["earlier", "today"]:
            return day(published)
        case ["yesterday"], ["yesterday", "morning"], ["yesterday", "evening"], ["late", "yesterday"]:
            return day(published.adding(days: -1))
        case ["last", "night"], ["overnight", "into", "today"]:
            // The night before publication runs over two calendar days.
            return span(published.adding(days: -1), published, .day)
        case ["last", "week"]:
            // The Monday-to-Sunday week before the publication's week.
            let monday = published.adding(days: -(published.weekday - 1) - 7)
            return span(monday, monday.adding(days: 6), .week)
        case ["this", "week"], ["earlier", "this", "week"]:
            return span(published.adding(days: -(published.weekday - 1)), published, .week)
        case ["days", "before"], ["days", "ago"], ["just", "days", "ago"], ["days", "earlier"],
            ["a", "few", "days", "ago"],
            ["few", "days", "ago"], ["recent", "days"], ["in", "recent", "days"]:
            return span(published.adding(days: -7), published.adding(days: -1), .week)
        case ["earlier", "this", "month"], ["this", "month"]:
            let first = Day(year: published.year, month: published.month, day: 1)!
            return span(first, published.adding(days: -1), .month)
        case ["last", "month"]:
            let first = Day(year: published.year, month: published.month, day: 1)!.adding(days: -1)
            return month(first.month, first.year, said)
        case ["last", "year"]:
            return span(
                Day(year: published.year - 1, month: 1, day: 1)!, Day(year: published.year - 1, month: 12, day: 31)!,
                .period)
        default:
            break
        }
        // "in August", "August", "mid-July", "early June", "late July", "since May".
        if let last = words.last, let m = Day.monthNames.firstIndex(of: last), words.count <= 2 {
            let month = m + 1
            let year = month <= published.month ? published.year : published.year - 1
            let whole = Self.month(month, year, said)
            switch words.count == 2 ? words[0] : "in" {
            case "in", "during", "throughout": return whole
            case "last":
                // "last November" in November is the year before's.
                return month == published.month ? Self.month(month, year - 1, said) : whole
            // Thirds of the month, each day in one: early 1–10, mid 11–20, late 21 to the end.
            case "mid": return span(whole.start.adding(days: 10), whole.start.adding(days: 19), .period)
            case "early": return span(whole.start, whole.start.adding(days: 9), .period)
            case "late", "end": return span(whole.start.adding(days: 20), whole.end, .period)
            case "since": return span(whole.start, published, .period)
            default: break
            }
        }
        throw UnknownPhrase(phrase: phrase)
    }

    /// The whole of a month, as a date of month precision.
    public static func month(_ month: Int, _ year: Int, _ reading: String) -> IncidentDate {
        let first = Day(year: year, month: month, day: 1)!
        let last = Day(year: year, month: month, day: Day.length(ofMonth: month, year: year))!
        return IncidentDate(start: first, end: last, precision: .month, reading: reading)
    }
}
