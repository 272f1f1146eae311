import BorderIncidents

/// "Azerbaijan attacked around midnight of September 13. … This escalation, which ended on September 14 through
/// mediation, …": a later sentence that names the event again and says it ended on a later day makes the event run
/// to that day.
extension IncidentAssembler {
    /// Days an event told on one day may run on to the end a later sentence gives it.
    static let longestRunOn = 3
    static let endVerbs: Set<String> = ["ended", "ceased", "stopped", "subsided"]

    /// The fighting groups' dates, each run on to the later day a sentence naming it again says it ended.
    static func runOnToTheirEnds(_ groups: inout [Group], _ segments: [ReportIngester.Segment]) {
        for s in segments {
            guard let end = endDay(s) else { continue }
            let told = groups.indices.last { g in
                groups[g].family == "fighting" && groups[g].segments.contains { $0.sentence < s.sentence }
                    && groups[g].date?.date?.isSingleDay == true
            }
            guard let g = told, var mention = groups[g].date, let day = mention.date?.start, day < end,
                end.ordinal - day.ordinal <= longestRunOn
            else { continue }
            mention.date = IncidentDate(
                start: day, end: end, precision: end.ordinal - day.ordinal <= 1 ? .day : .period,
                reading: "\(mention.date?.reading ?? "") to \(end), when a later sentence says it ended")
            groups[g].date = mention
            groups[g].dateKey = dateKey(mention)
        }
    }

    /// The day a stretch that opens by naming an event again ("This escalation which ended on …") says it ended.
    static func endDay(_ s: ReportIngester.Segment) -> Day? {
        guard s.words.count > 2, ["this", "that", "the"].contains(s.words[0]), let date = s.date?.date,
            date.isSingleDay, let k = s.words.firstIndex(where: endVerbs.contains), k <= 5,
            s.date.map({ $0.firstToken > s.from + k }) == true
        else { return nil }
        return date.start
    }
}
