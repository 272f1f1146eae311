import BorderIncidents

/// "Fresh clashes erupted on Wednesday, a day after scores were killed … At least 49 … were killed": losses told
/// without a date right after a sentence that recalls the day before's losses are that day's, not the new day's.
extension IncidentAssembler {
    /// Words of losses a recap clause names.
    static let recapLosses: Set<String> = ["killed", "died", "dead", "wounded", "injured"]
    /// How many words after "day after" the losses may come.
    static let recapReach = 6

    /// The day before the sentence before `s` when that sentence recalls losses "a day after" them and `s` tells
    /// figures of its own without a date.
    static func recappedDay(_ s: ReportIngester.Segment, in all: [ReportIngester.Segment]) -> DateReader.Mention? {
        guard s.claims.contains(where: { !$0.figures.isEmpty }),
            let previous = all.last(where: { $0.sentence < s.sentence })?.sentence
        else { return nil }
        let before = all.filter { $0.sentence == previous }
        guard before.contains(where: { recallsLossesTheDayBefore($0.words) }),
            let mention = before.compactMap(\.date).first, let day = mention.date, day.isSingleDay
        else { return nil }
        var recapped = mention
        let earlier = day.start.adding(days: -1)
        recapped.date = IncidentDate(
            start: earlier, end: earlier, precision: .day,
            reading: "the day before \(mention.phrase), whose losses the sentence before recalls")
        return recapped
    }

    /// "a day after scores were killed", "the day after 20 soldiers died".
    static func recallsLossesTheDayBefore(_ w: [String]) -> Bool {
        w.indices.contains { k in
            k + 1 < w.count && w[k] == "day" && w[k + 1] == "after"
                && w[(k + 2)..<min(w.count, k + 2 + recapReach)].contains(where: recapLosses.contains)
        }
    }
}
