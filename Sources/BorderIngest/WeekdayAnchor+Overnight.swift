import BorderIncidents

/// "Following the overnight battles, the committee said Friday": a report without a publication date tells
/// "overnight" of the night before its own day, which the latest day the text states stands for, as it does for a
/// weekday; fighting read so runs over that night's two days (`IncidentAssembler.overnightFighting`).
extension WeekdayAnchor {
    /// The anchor's day for "overnight", read as publication reads it, or nil for any other phrase.
    static func overnight(_ phrase: String, before anchor: Day) -> IncidentDate? {
        guard phrase == "overnight" else { return nil }
        return IncidentDate(
            start: anchor, end: anchor, precision: .day,
            reading: "'overnight' read against \(anchor), the latest day the text states")
    }
}
