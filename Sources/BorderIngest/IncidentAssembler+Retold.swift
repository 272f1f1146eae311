import BorderIncidents

/// "Armenia said Sunday a sniper killed one of its soldiers. … Armenia claimed a sniper killed one of its soldiers
/// near Sotk": an undated sentence that tells again a loss already told of a dated incident (same side, kind and
/// figure), or that names it again ("as a result of the incident"), belongs to that incident, not to whatever the
/// sentences just before it recall.
extension IncidentAssembler {
    /// The date of the incident whose loss figures an undated stretch tells again, or nil.
    static func retoldDate(_ s: ReportIngester.Segment, in groups: [Group]) -> DateReader.Mention? {
        let told = s.claims.flatMap(\.figures).filter { $0.figure.low > 0 && !$0.isTotal }
        guard !told.isEmpty else { return nil }
        return groups.first { g in
            g.date?.date != nil && g.family == "fighting"
                && g.segments.flatMap(\.claims).flatMap(\.figures).contains { f in
                    told.contains { $0.side == f.side && $0.kind == f.kind && $0.figure.low == f.figure.low }
                }
        }?.date
    }

    /// "As a consequence of the incident, a soldier was injured": a stretch that names the event just told ("of",
    /// "in", "during" or "after" "the incident", "the shootout") goes on with it past its paragraph.
    static func refersBack(_ s: ReportIngester.Segment) -> Bool {
        let w = s.words
        return w.indices.dropFirst(2).contains { k in
            eventNouns.contains(w[k]) && w[k - 1] == "the" && ["of", "in", "during", "after"].contains(w[k - 2])
        }
    }

    /// "That brings the toll to eleven since Sunday": a running total over a stretch that runs to publication
    /// from before the last dated event is that event's tally, told with it rather than as an event of its own.
    static func isTallyOver(_ s: ReportIngester.Segment, _ last: DateReader.Mention) -> Bool {
        guard let open = s.date, open.isOpenPeriod, let period = open.date, let day = last.date else { return false }
        let figures = s.claims.flatMap(\.figures)
        return !figures.isEmpty && figures.allSatisfy(\.isTotal) && period.start.ordinal <= day.start.ordinal
            && day.end.ordinal <= period.end.ordinal
    }
}

extension DateReader.Mention {
    /// The event's date, kept at the tally's place in the sentence.
    func with(_ tally: DateReader.Mention) -> DateReader.Mention {
        var m = self
        (m.start, m.end, m.firstToken, m.lastToken) = (tally.start, tally.end, tally.firstToken, tally.lastToken)
        return m
    }
}
