import BorderIncidents

/// A report whose text names no day at all (its only date is its dateline, its address or the day it was
/// published) tells its fighting as that day's news: the fighting is dated on the day of publication. A war is
/// never dated so (it is recalled, not reported as news), nor is anything in a report that names a day anywhere.
extension IncidentAssembler {
    /// The publication day that dates undated fighting, or nil when a segment names a date of its own or the day
    /// of publication is only a bound (read from a post quoted in the text).
    static func newsDay(published: Day?, from: String?, segments: [ReportIngester.Segment]) -> Day? {
        guard let published, from != "embedded post", !segments.contains(where: { $0.date != nil }) else { return nil }
        return published
    }

    /// The date of a group with no date of its own: the news day, for fighting other than a war.
    func undatedFighting(_ type: EventType) -> IncidentDate? {
        guard let day = newsDay, EventTyper.family(type) == "fighting" else { return nil }
        return IncidentDate(
            start: day, end: day, precision: .day,
            reading: "the report names no day: its news is of the day of publication, \(day)")
    }
}
