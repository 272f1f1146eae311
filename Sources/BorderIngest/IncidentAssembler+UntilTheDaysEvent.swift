import BorderIncidents

/// "A soldier was killed near X today. … Clashes have gone on since mid-July": a stretch of fighting told since a day,
/// after the report has led with the incident of the day the stretch runs to, is the background of that incident; the
/// stretch ends the day before it. Told first ("fighting since July 12 … on July 16 …"), the stretch runs on.
extension IncidentAssembler {
    /// Ends each fighting group dated by an open period ("since …") on the day before the fighting incident of a
    /// single day on which the period ends, when the report tells that incident before the period.
    static func endOpenPeriodsBeforeTheDaysEvent(_ groups: inout [Group]) {
        for g in groups.indices where groups[g].family == "fighting" && groups[g].date?.isOpenPeriod == true {
            guard let period = groups[g].date?.date, period.start < period.end,
                let toldAt = groups[g].segments.map(\.sentence).min(),
                groups.contains(where: { isDayLedBefore($0, day: period.end, sentence: toldAt) })
            else { continue }
            let before = period.end.adding(days: -1)
            groups[g].date?.date = IncidentDate(
                start: period.start, end: before, precision: period.precision,
                reading: "\(period.reading); up to the day before the incident of \(period.end), told apart")
        }
    }

    /// Whether `g` is a fighting incident of the single day `day`, told before the sentence `sentence`.
    static func isDayLedBefore(_ g: Group, day: Day, sentence: Int) -> Bool {
        guard g.family == "fighting", g.date?.isOpenPeriod == false, let date = g.date?.date, date.isSingleDay,
            date.start == day
        else { return false }
        return g.segments.contains { $0.sentence < sentence }
    }
}
