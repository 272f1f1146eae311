import BorderIncidents

/// "The conflict began in 1988 … the ensuing war … The 1994 ceasefire agreement …": a conflict told as beginning in a
/// year, in a report that names the ceasefire of a later year, ran until that ceasefire; the year it began is only
/// its start.
extension IncidentAssembler {
    static let beginningVerbs: Set<String> = ["began", "begun", "started", "erupted"]
    static let conflictNouns: Set<String> = ["conflict", "war", "wars", "hostilities"]

    /// Runs each conflict dated by the whole year it began to the end of the first later year a ceasefire is dated by.
    static func runConflictsToTheirCeasefireYear(_ groups: inout [Group], _ all: [ReportIngester.Segment]) {
        let ceasefireYears = groups.filter { $0.family == "ceasefire" }.compactMap { $0.date?.date.flatMap(wholeYear) }
        for g in groups.indices where groups[g].family != "ceasefire" && toldAsBeginning(groups[g], all) {
            guard let date = groups[g].date?.date, let began = wholeYear(date),
                let ended = ceasefireYears.filter({ $0 > began }).min(),
                let end = Day(year: ended, month: 12, day: 31)
            else { continue }
            groups[g].date?.date = IncidentDate(
                start: date.start, end: end, precision: .period,
                reading: "\(date.reading); until the ceasefire of \(ended) the report names")
        }
    }

    /// The year a date spans when it is one whole calendar year, else nil.
    static func wholeYear(_ d: IncidentDate) -> Int? {
        guard d.start.month == 1, d.start.day == 1, d.end.month == 12, d.end.day == 31, d.start.year == d.end.year
        else { return nil }
        return d.start.year
    }

    /// Whether a group's sentences, with the one its date is told in, tell a conflict beginning ("the conflict began
    /// in 1988 … the ensuing war").
    static func toldAsBeginning(_ g: Group, _ all: [ReportIngester.Segment]) -> Bool {
        let dating = all.filter { $0.date != nil && $0.date?.start == g.date?.start }
        let words = (g.segments + dating).flatMap(\.words)
        return words.contains(where: beginningVerbs.contains) && words.contains(where: conflictNouns.contains)
    }
}
