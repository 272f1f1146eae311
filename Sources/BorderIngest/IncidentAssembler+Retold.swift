import BorderIncidents

/// "Armenia said Sunday a sniper killed one of its soldiers. … Armenia claimed a sniper killed one of its soldiers
/// near Sotk": an undated sentence that tells again a loss already told of a dated incident (same side, kind and
/// figure) belongs to that incident, not to whatever the sentences just before it recall.
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
}
