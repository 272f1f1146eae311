import BorderIncidents

/// "The hostilities erupted on Thursday evening … Following the overnight battles, …": fighting told on the evening
/// of a day and fighting told as overnight before the next are that night's fighting, one incident over its two
/// days.
extension IncidentAssembler {
    /// Words of a date phrase that put fighting late in its day.
    static let lateInTheDay: Set<String> = ["evening", "night"]

    /// Joins each overnight fighting to the fighting told on the evening before it, dated over the night.
    static func joinEveningIntoNight(_ groups: inout [Group]) {
        for n in groups.indices.reversed() where groups[n].family == "fighting" {
            guard let night = groups[n].date?.date, night.isSingleDay,
                night.reading.hasPrefix("'overnight' read against"),
                let e = groups.indices.first(where: { isEvening(groups[$0], before: night.start) && $0 != n }),
                var mention = groups[e].date, let evening = mention.date
            else { continue }
            mention.date = IncidentDate(
                start: evening.start, end: night.start, precision: .day,
                reading: "\(evening.reading); fighting on into the night told overnight: over the night's two days")
            groups[e].date = mention
            groups[e].dateKey = dateKey(mention)
            groups[e].segments += groups[n].segments
            groups[e].scene += groups[n].scene
            groups.remove(at: n)
        }
    }

    /// Whether `g` is fighting dated the day before `day` by a phrase that puts it late in that day.
    static func isEvening(_ g: Group, before day: Day) -> Bool {
        guard g.family == "fighting", let m = g.date, let date = m.date, date.isSingleDay else { return false }
        let words = m.phrase.lowercased().split(separator: " ").map(String.init)
        return date.start == day.adding(days: -1) && words.contains(where: lateInTheDay.contains)
    }
}
