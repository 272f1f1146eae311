import BorderIncidents
import Foundation

/// A date expression found in a sentence and what it means.
public struct DateMention: Sendable {
    public var date: IncidentDate
    /// Scalar offsets within the sentence.
    public var start: Int
    public var end: Int
    public var text: String
    /// Absolute dates are surer than weekdays and relative phrases.
    public var confidence: Double
}

/// Reads dates in the forms reports use — "13 September 2022", "Sept. 13",
/// "13.09.2022", "on Tuesday", "yesterday", "last week", "mid-July", "since
/// May" — against the publication day. Without a publication day only
/// absolute dates with a year are read; relative ones are reported as
/// unresolved rather than guessed.
public struct DateReader: Sendable {
    public var published: Day?

    public init(published: Day?) { self.published = published }

    static let month = "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
    static let weekday = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

    // Order matters: longer forms first; a span taken by one is not read again.
    static let dayMonthYear = TextPattern("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?\(month)\\.?,?\\s+(\\d{4})\\b")
    static let monthDayYear = TextPattern("\\b\(month)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b")
    static let numeric = TextPattern("\\b(\\d{1,2})[./](\\d{1,2})[./](\\d{4})\\b")
    static let iso = TextPattern("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b")
    static let monthDay = TextPattern("\\b\(month)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:,\\s*)?\\d{3})")
    static let dayMonth = TextPattern("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?\(month)\\b")
    static let partOfMonth = TextPattern("\\b(since\\s+)?(early|mid|late|the end of|the beginning of|the middle of)[- ]\\s*\(month)(?:\\s+(\\d{4}))?\\b")
    static let sinceMonth = TextPattern("\\bsince\\s+\(month)(?:\\s+(\\d{4}))?\\b")
    static let monthYear = TextPattern("\\b(?:in\\s+)?\(month)\\s+(\\d{4})\\b")
    static let inMonth = TextPattern("\\b(?:in|during|throughout|earlier in|later in)\\s+\(month)\\b")
    static let weekdayPhrase = TextPattern("\\b(?:(early|late)\\s+(?:on\\s+)?)?(?:(last|this|next|on)\\s+)?\(weekday)(?:'s|’s)?(?:\\s+(morning|night|evening|afternoon))?\\b")
    static let relative = TextPattern("\\b(yesterday|today|this morning|earlier today|last night|overnight|shortly after midnight|after midnight|last week|earlier this week|this week|last month|earlier this month|this month|last year|this year|(?:just |a few |several )?days (?:before|ago|earlier)|(?:a|one) week ago|(?:two|2) weeks ago)\\b")
    static let inYear = TextPattern("\\b(?:in|since|during|of)\\s+((?:19|20)\\d{2})\\b|\\b((?:19|20)\\d{2})\\s+(?:war|conflict|clashes|fighting)\\b")

    public func mentions(in sentence: String) -> [DateMention] {
        var found: [DateMention] = []
        var taken: [Range<Int>] = []
        func add(_ m: TextPattern.Match, _ date: IncidentDate?, _ confidence: Double) {
            guard let date, !taken.contains(where: { $0.overlaps(m.start..<m.end) }) else { return }
            taken.append(m.start..<m.end)
            found.append(DateMention(date: date, start: m.start, end: m.end, text: m.text, confidence: confidence))
        }
        for m in Self.dayMonthYear.matches(in: sentence) {
            add(m, day(Int(m.group(0)!), Self.monthNumber(m.group(1)), Int(m.group(2)!), m.text), 0.95)
        }
        for m in Self.monthDayYear.matches(in: sentence) {
            add(m, day(Int(m.group(1)!), Self.monthNumber(m.group(0)), Int(m.group(2)!), m.text), 0.95)
        }
        for m in Self.numeric.matches(in: sentence) {
            // Reports in this theatre write day.month.year.
            add(m, day(Int(m.group(0)!), Int(m.group(1)!) ?? 0, Int(m.group(2)!), m.text), 0.9)
        }
        for m in Self.iso.matches(in: sentence) {
            add(m, day(Int(m.group(2)!), Int(m.group(1)!) ?? 0, Int(m.group(0)!), m.text), 0.95)
        }
        for m in Self.partOfMonth.matches(in: sentence) { add(m, partOfMonth(m), 0.8) }
        for m in Self.sinceMonth.matches(in: sentence) { add(m, since(m.group(0), m.group(1), m.text), 0.8) }
        for m in Self.monthYear.matches(in: sentence) { add(m, wholeMonth(Self.monthNumber(m.group(0)), Int(m.group(1)!), m.text), 0.9) }
        for m in Self.monthDay.matches(in: sentence) {
            add(m, dayWithoutYear(Self.monthNumber(m.group(0)), Int(m.group(1)!) ?? 0, m.text), 0.85)
        }
        for m in Self.dayMonth.matches(in: sentence) {
            add(m, dayWithoutYear(Self.monthNumber(m.group(1)), Int(m.group(0)!) ?? 0, m.text), 0.85)
        }
        for m in Self.inMonth.matches(in: sentence) { add(m, wholeMonth(Self.monthNumber(m.group(0)), nil, m.text), 0.75) }
        for m in Self.weekdayPhrase.matches(in: sentence) { add(m, weekday(m), 0.8) }
        for m in Self.relative.matches(in: sentence) { add(m, relative(m.text), 0.7) }
        for m in Self.inYear.matches(in: sentence) {
            let year = Int(m.group(0) ?? m.group(1) ?? "") ?? 0
            add(m, span(Day(year: year, month: 1, day: 1), Day(year: year, month: 12, day: 31), .period, m.text, "the year \(year)"), 0.7)
        }
        return found.sorted { $0.start < $1.start }
    }

    /// Relative expressions found without a publication day, to report as unresolved.
    public func unresolvedPhrases(in sentence: String) -> [String] {
        guard published == nil else { return [] }
        return (Self.weekdayPhrase.matches(in: sentence) + Self.relative.matches(in: sentence)
                + Self.inMonth.matches(in: sentence) + Self.monthDay.matches(in: sentence)).map(\.text)
    }

    // MARK: Readings

    static func monthNumber(_ name: String?) -> Int {
        guard let name = name?.lowercased() else { return 0 }
        if let full = Day.monthNames.firstIndex(of: name) { return full + 1 }
        if name == "sept" { return 9 }
        return (Day.monthNames.firstIndex { $0.hasPrefix(name) } ?? -1) + 1
    }

    private func reading(_ phrase: String, _ how: String) -> String {
        "'\(phrase)'" + (how.isEmpty ? "" : ": \(how)")
    }

    private func day(_ d: Int?, _ m: Int, _ y: Int?, _ phrase: String) -> IncidentDate? {
        guard let d, let y, let day = Day(year: y, month: m, day: d) else { return nil }
        return IncidentDate(start: day, end: day, precision: .day, reading: reading(phrase, "stated"))
    }

    private func span(_ a: Day?, _ b: Day?, _ p: IncidentDate.Precision, _ phrase: String, _ how: String) -> IncidentDate? {
        guard let a, let b, a <= b else { return nil }
        return IncidentDate(start: a, end: b, precision: p, reading: reading(phrase, how))
    }

    private var publishedText: String { published.map { "\($0) (\($0.weekdayName))" } ?? "" }

    /// "September 13": the latest such day on or before publication.
    private func dayWithoutYear(_ m: Int, _ d: Int, _ phrase: String) -> IncidentDate? {
        guard let published else { return nil }
        var year = published.year
        if let candidate = Day(year: year, month: m, day: d), candidate > published { year -= 1 }
        guard let day = Day(year: year, month: m, day: d) else { return nil }
        return IncidentDate(start: day, end: day, precision: .day, reading: reading(phrase, "year taken from publication on \(publishedText)"))
    }

    private func wholeMonth(_ m: Int, _ y: Int?, _ phrase: String) -> IncidentDate? {
        guard m > 0 else { return nil }
        let year: Int
        if let y { year = y } else {
            guard let published else { return nil }
            year = m <= published.month ? published.year : published.year - 1
        }
        return span(Day(year: year, month: m, day: 1), Day(year: year, month: m, day: Day.length(ofMonth: m, year: year)), .month,
                    phrase, y == nil ? "the most recent \(Day.monthNames[m - 1].capitalized) on or before publication on \(publishedText)" : "")
    }

    private func partOfMonth(_ m: TextPattern.Match) -> IncidentDate? {
        let monthIndex = Self.monthNumber(m.group(2))
        guard let whole = wholeMonth(monthIndex, m.group(3).flatMap { Int($0) }, m.text) else { return nil }
        let last = whole.end.day
        let part = m.group(1)!.lowercased()
        let (a, b): (Int, Int) = part.hasPrefix("early") || part.contains("beginning") ? (1, 10)
            : part.hasPrefix("mid") || part.contains("middle") ? (11, 20) : (21, last)
        let start = Day(year: whole.start.year, month: monthIndex, day: a)!
        if m.group(0) != nil, let published {  // "since mid-July": an open period up to publication
            return span(start, published, .period, m.text, "an open period from \(part) \(Day.monthNames[monthIndex - 1].capitalized) to publication on \(publishedText)")
        }
        return span(start, Day(year: whole.start.year, month: monthIndex, day: b), .period, m.text, "\(part) of the month")
    }

    private func since(_ monthName: String?, _ year: String?, _ phrase: String) -> IncidentDate? {
        guard let published, let whole = wholeMonth(Self.monthNumber(monthName), year.flatMap { Int($0) }, phrase) else { return nil }
        return span(whole.start, published, .period, phrase, "an open period up to publication on \(publishedText)")
    }

    private func weekday(_ m: TextPattern.Match) -> IncidentDate? {
        guard let published, let name = m.group(2)?.lowercased(), let index = Day.weekdayNames.firstIndex(of: name) else { return nil }
        let qualifier = m.group(1)?.lowercased()
        var back = (published.weekday - (index + 1) + 7) % 7
        if qualifier == "last", back == 0 { back = 7 }
        if qualifier == "next" { return nil }  // the future is not an incident date
        let day = published.adding(days: -back)
        return IncidentDate(start: day, end: day, precision: .day,
                            reading: reading(m.text, "the latest \(name.capitalized) on or before publication on \(publishedText)"))
    }

    private func relative(_ phrase: String) -> IncidentDate? {
        guard let published else { return nil }
        let p = phrase.lowercased()
        let said = "read against publication on \(publishedText)"
        let first = Day(year: published.year, month: published.month, day: 1)!
        switch p {
        case "today", "this morning", "earlier today", "overnight", "shortly after midnight", "after midnight":
            return span(published, published, .day, phrase, said)
        case "yesterday", "last night":
            return span(published.adding(days: -1), published.adding(days: -1), .day, phrase, said)
        case "last week", "a week ago", "one week ago":
            let monday = published.adding(days: -(published.weekday - 1) - 7)
            return span(monday, monday.adding(days: 6), .week, phrase, "the Monday–Sunday week before publication on \(publishedText)")
        case "two weeks ago", "2 weeks ago":
            let monday = published.adding(days: -(published.weekday - 1) - 14)
            return span(monday, monday.adding(days: 6), .week, phrase, said)
        case "this week", "earlier this week":
            let monday = published.adding(days: -(published.weekday - 1))
            return span(monday, published, .week, phrase, said)
        case "earlier this month", "this month":
            return span(first, max(first, published.adding(days: -1)), .month, phrase, said)
        case "last month":
            let lastOfPrevious = first.adding(days: -1)
            return span(Day(year: lastOfPrevious.year, month: lastOfPrevious.month, day: 1), lastOfPrevious, .month, phrase, said)
        case "last year":
            return span(Day(year: published.year - 1, month: 1, day: 1), Day(year: published.year - 1, month: 12, day: 31), .period, phrase, said)
        case "this year":
            return span(Day(year: published.year, month: 1, day: 1), published, .period, phrase, said)
        default:
            if p.hasSuffix("days before") || p.hasSuffix("days ago") || p.hasSuffix("days earlier") {
                return span(published.adding(days: -7), published.adding(days: -1), .week, phrase, "within the seven days before publication on \(publishedText)")
            }
            return nil
        }
    }
}
