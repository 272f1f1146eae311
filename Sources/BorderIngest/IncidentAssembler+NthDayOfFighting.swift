import BorderIncidents

/// "Officers were killed in a third day of fighting … Both sides accuse each other of shelling villages": a report
/// of the Nth day of fighting tells an episode of N days ending on its lead day; an incident of it without a date of
/// its own (dated only by the lead) happened somewhere in those days, not on the lead day itself.
extension IncidentAssembler {
    static let dayOrdinals: [String: Int] = [
        "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "2nd": 2, "3rd": 3, "4th": 4,
        "5th": 5, "6th": 6, "7th": 7,
    ]
    static let fightingNouns: Set<String> = ["fighting", "clashes", "hostilities", "shelling", "clash"]

    /// Dates each fighting group that borrows the lead's single day, when the lead tells the Nth day of fighting,
    /// over the N days that end on it.
    static func spreadUndatedOverTheEpisode(_ groups: inout [Group], _ all: [ReportIngester.Segment]) {
        for lead in groups.indices where groups[lead].family == "fighting" {
            guard let mention = groups[lead].date, let day = mention.date, day.isSingleDay,
                let n = groups[lead].segments.lazy.compactMap({ nthDayOfFighting($0.words) }).first
            else { continue }
            let first = day.start.adding(days: -(n - 1))
            // The sentences that state the lead's date; grouping lends it to the undated ones.
            let stating = Set(all.filter { $0.date?.start == mention.start }.map(\.sentence))
            for g in groups.indices where g != lead && groups[g].family == "fighting" {
                guard groups[g].date?.date == day, groups[g].date?.start == mention.start,
                    !groups[g].segments.contains(where: { stating.contains($0.sentence) })
                else { continue }
                groups[g].date?.date = IncidentDate(
                    start: first, end: day.end, precision: .day,
                    reading: "\(day.reading); undated within the \(n) days of fighting the report tells")
            }
            return
        }
    }

    /// N in "the third day of fighting", "a second day of clashes".
    static func nthDayOfFighting(_ w: [String]) -> Int? {
        for k in w.indices.dropLast(3) {
            if let n = dayOrdinals[w[k]], w[k + 1] == "day", w[k + 2] == "of", fightingNouns.contains(w[k + 3]) {
                return n
            }
        }
        return nil
    }
}
