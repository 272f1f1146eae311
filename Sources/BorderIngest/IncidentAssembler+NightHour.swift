import BorderIncidents

/// "Last night … at about 2.40 am the house was stoned": a night runs over two days, and the time of day its
/// incident gives says which: after midnight the second, in the evening the first.
extension IncidentAssembler {
    /// Hours after midnight that lie on the night's second day, and evening hours on its first.
    static let afterMidnight = 0..<(6 * 60)
    static let evening = (18 * 60)..<(24 * 60)

    /// The day of the night `date` spans that the time of day `clock` (minutes after midnight) falls on, or `date`
    /// unchanged when it is no night over two days or the time is of neither part.
    static func nightDay(_ date: IncidentDate, clock: Int?) -> IncidentDate {
        guard let clock, date.end.ordinal - date.start.ordinal == 1 else { return date }
        let (h, m) = (clock / 60, clock % 60)
        let time = (h < 10 ? "0\(h)" : "\(h)") + ":" + (m < 10 ? "0\(m)" : "\(m)")
        if afterMidnight.contains(clock) {
            return IncidentDate(
                start: date.end, end: date.end, precision: .day,
                reading: "\(date.reading); at \(time), after midnight: the night's second day")
        }
        if evening.contains(clock) {
            return IncidentDate(
                start: date.start, end: date.start, precision: .day,
                reading: "\(date.reading); at \(time), in the evening: the night's first day")
        }
        return date
    }
}
