/// "The group threw stones at a car. ¶ In response, at 00:10 villagers threw stones back.": an undated stretch that
/// opens as an answer to what was told before is more of that event, even at a time of day of its own.
extension IncidentAssembler {
    static let responseOpenings: [[String]] = [["in", "response"], ["in", "retaliation"], ["in", "reply"]]

    static func opensAsResponse(_ s: ReportIngester.Segment) -> Bool {
        s.date == nil && responseOpenings.contains { Array(s.words.prefix($0.count)) == $0 }
    }

    /// The fighting group the stretch told just before `s` joined, which an answer to it joins too.
    static func answeredGroup(_ s: ReportIngester.Segment, after previous: ReportIngester.Segment?, in groups: [Group])
        -> Int?
    {
        guard opensAsResponse(s), let previous, s.type.map(EventTyper.family) == "fighting" else { return nil }
        guard let g = group(holding: previous, in: groups), groups[g].family == "fighting" else { return nil }
        return g
    }
}
