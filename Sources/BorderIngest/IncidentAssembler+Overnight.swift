import BorderIncidents

/// "Armenian forces fired on its troops overnight", the report said on Saturday: fighting told as "overnight" took
/// the night before the day it is read against, which runs over two days, as "last night" does. Talks or a
/// statement "overnight" stay on that day.
extension IncidentAssembler {
    /// The night before `date`'s day when it was read from "overnight" and `type` is fighting, else `date`.
    static func overnightFighting(_ date: IncidentDate, type: EventType) -> IncidentDate {
        guard EventTyper.family(type) == "fighting", date.reading.hasPrefix("'overnight' read against"),
            date.start == date.end
        else { return date }
        return IncidentDate(
            start: date.start.adding(days: -1), end: date.end, precision: date.precision,
            reading: "\(date.reading); fighting overnight: the night before, over two days")
    }
}
