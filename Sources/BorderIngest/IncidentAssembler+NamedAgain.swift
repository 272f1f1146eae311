/// "Guards clashed near X yesterday. … The incident, which took place just days before a summit, …": a stretch that
/// opens by naming the event again and dates it only loosely, by a span that holds the day the event was told on, is
/// that event told again, not another one of the span. Without figures of its own it only sets that event's scene.
extension IncidentAssembler {
    /// The fighting group, dated by a single day within the stretch's span, that a stretch naming the event again
    /// (`namesTheEventAgain`) without figures retells; the latest such group, or nil.
    static func groupNamedAgain(by s: ReportIngester.Segment, family: String, in groups: [Group]) -> Int? {
        guard family == "fighting", namesTheEventAgain(s.words), s.claims.allSatisfy({ $0.figures.isEmpty }),
            let span = s.date?.date, !span.isSingleDay
        else { return nil }
        return groups.indices.last { g in
            guard groups[g].family == "fighting", let day = groups[g].date?.date, day.isSingleDay else { return false }
            return span.start <= day.start && day.start <= span.end
        }
    }
}
