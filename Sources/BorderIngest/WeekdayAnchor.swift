import BorderIncidents

/// A report without a publication date still dates its own days: a weekday ("early Friday", "on Thursday") is the
/// day of that name nearest the latest day the text states in full, within half a week either side.
enum WeekdayAnchor {
    /// The most days a weekday may lie from the anchor: beyond, the nearer day of that name is the other side.
    static let reach = 3

    /// A line this short is page furniture ("Saturday, December 2, 2023" above a page): its date is the page's.
    static let shortestTellingLine = 7

    /// The latest single day, with its year, that the text's sentences state in full ("January 28, 2022"), or nil.
    static func latestStatedDay(_ report: ReportText) -> Day? {
        let reader = DateReader(published: nil)
        var latest: Day?
        for s in report.sentences where s.tokens.filter(\.isWord).count >= shortestTellingLine {
            for m in reader.mentions(in: s) where m.date?.isSingleDay == true && m.date?.precision == .day {
                guard let d = m.date, d.reading.hasPrefix("stated") else { continue }
                latest = max(latest ?? d.start, d.start)
            }
        }
        return latest
    }

    /// The day named by a bare weekday phrase ("friday", "early friday") nearest `anchor`, or nil for any other phrase.
    static func resolve(_ phrase: String, near anchor: Day) -> IncidentDate? {
        guard let index = Day.weekdayNames.firstIndex(of: phrase) else { return nil }
        for offset in -reach...reach {
            let day = anchor.adding(days: offset)
            if day.weekday == index + 1 {
                return IncidentDate(
                    start: day, end: day, precision: .day,
                    reading: "\(phrase) nearest \(anchor), the latest day the text states")
            }
        }
        return nil
    }
}
