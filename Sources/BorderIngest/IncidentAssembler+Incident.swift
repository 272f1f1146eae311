import BorderGeodata
import BorderIncidents
import GeometryCore

/// One group of stretches made an incident: its type, date, locations,
/// claims and sides, each fact with the evidence that gave it, and the
/// incident related.
extension IncidentAssembler {
    /// The locations of a group: each feature once, with the features and ids they resolved to, the places set
    /// aside unresolved, and the evidence of each.
    struct Placed {
        var locations: [IncidentLocation] = []
        var ids: [String] = []
        var features: [PlaceMention.Feature] = []
        var unresolved: [SetAsidePlace] = []
        var evidence: [Evidence] = []
    }

    func incident(_ g: Group) -> ProposedIncident {
        let (type, typeEvidence) = eventType(of: g)
        var ev = typeEvidence.map { [$0] } ?? []
        let date =
            g.date?.date.map { Self.nightDay(Self.overnightFighting($0, type: type), clock: g.clock) }
            ?? (g.date == nil ? undatedFighting(type) : nil)
        if let d = g.date {
            ev.append(
                evidence(
                    "date",
                    sentence: report.sentences.first { $0.start <= d.start && d.start < $0.end }?.index
                        ?? g.segments[0].sentence,
                    d.start, d.end, d.confidence, d.date?.reading ?? "unresolved: no publication date"))
        }
        // A war's area is not a point: a recalled war keeps only the areas it names (region, province, district).
        let placed = locations(of: g, areasOnly: type == .war)
        ev += placed.evidence
        let (claims, claimEvidence) = claims(of: g)
        ev += claimEvidence
        let resolvedDate =
            date
            ?? IncidentDate(
                start: Day(year: 1970, month: 1, day: 1)!, end: Day(year: 1970, month: 1, day: 1)!,
                precision: .period, reading: "unresolved")
        let sideList = parties(of: g, claims: claims)
        let incident = Incident(
            id: incidentID(g, type: type, date: resolvedDate, featureIDs: placed.ids),
            title: Self.title(type, placed.locations), type: type, date: resolvedDate, localTime: localTime(g),
            sides: sideList.isEmpty ? ["third"] : sideList, locations: placed.locations, claims: claims,
            sources: [sourceID],
            notes: "proposed by borderwatch ingest; every fact has evidence in the ingest output", status: .proposed)
        var relation: IncidentRelation?, failure: String?
        if !placed.locations.isEmpty {
            do {
                var related: [LocationRelation] = []
                for (k, l) in placed.locations.enumerated() {
                    var r = try cache.relation(of: placed.features[k], id: placed.ids[k], location: l, relater: relater)
                    r.location = l
                    related.append(r)
                }
                relation = IncidentRelation(incident: incident, locations: related)
            } catch { failure = error.description }
        }
        return ProposedIncident(
            incident: incident, dateResolved: date != nil, datePhrase: g.date?.phrase, featureIDs: placed.ids,
            unresolvedPlaces: placed.unresolved, evidence: ev, relation: relation, relateError: failure)
    }

    /// The most frequent type among the stretches, fighting types before statements, and the word that named it.
    func eventType(of g: Group) -> (EventType, Evidence?) {
        var votes: [EventType: Int] = [:]
        for s in g.segments { if let t = s.type { votes[t, default: 0] += 1 } }
        let order: [EventType] = [.war, .ceasefire, .armedClash, .shelling, .incursion, .capture, .statement]
        let type =
            order.filter { g.family == "fighting" ? EventTyper.family($0) == "fighting" : true }
            .max { (votes[$0] ?? 0, -order.firstIndex(of: $0)!) < (votes[$1] ?? 0, -order.firstIndex(of: $1)!) }
            ?? .armedClash
        guard let s = g.segments.first(where: { $0.type == type }), let k = s.typeToken else { return (type, nil) }
        let tok = report.sentences[s.sentence].tokens[k]
        return (
            type,
            evidence(
                "type", sentence: s.sentence, tok.start, tok.end, s.typeConfidence, "the word that names the event")
        )
    }

    /// Each feature once (with `areasOnly`, only areas); a place named only by one side's account is marked as
    /// theirs.
    func locations(of g: Group, areasOnly: Bool = false) -> Placed {
        var placed = Placed()
        for (places, readings) in (g.segments + g.scene).map({ ($0.places, $0.claims) }) {
            // A place inside a claimant's name ("the Nagorno-Karabakh army said") is who speaks, not where.
            let speakers = readings.compactMap { r in r.claimantStart.flatMap { a in r.claimantEnd.map { a..<$0 } } }
            for m in places where m.excluded == nil && !speakers.contains(where: { $0.contains(m.start) }) {
                if areasOnly && m.feature?.isArea != true { continue }
                guard let feature = m.feature else {
                    if !placed.unresolved.contains(where: { $0.text == m.text }) {
                        placed.unresolved.append(
                            SetAsidePlace(text: m.text, start: m.start, end: m.end, sentence: m.sentence, reason: nil))
                    }
                    continue
                }
                guard !placed.ids.contains(m.featureID) else { continue }
                let kind: IncidentLocation.Kind
                switch feature {
                case let .settlement(x), let .region(x): kind = .place(x.name)
                case let .province(p): kind = .province(p.name)
                case let .borderSector(p): kind = .borderSector(p.name)
                }
                let claimedBy = readings.first { $0.firstToken <= m.firstToken && $0.lastToken >= m.firstToken }?
                    .claimant?.side
                placed.ids.append(m.featureID)
                placed.features.append(feature)
                placed.locations.append(
                    IncidentLocation(
                        kind: kind, precision: m.precision, relation: m.relation,
                        claimedBy: sides.isSide(claimedBy ?? "") ? claimedBy : nil, sources: [sourceID]
                    ))
                placed.evidence.append(
                    evidence(
                        "location[\(placed.locations.count - 1)]", sentence: m.sentence, m.start, m.end, m.confidence,
                        m.explanation))
            }
        }
        return placed
    }

    /// One claim per claimant and clause with something to say; figures per affected side, civilians apart,
    /// running totals in a claim of their own.
    func claims(of g: Group) -> ([Claim], [Evidence]) {
        var claims: [Claim] = [], ev: [Evidence] = []
        for s in g.segments {
            for r in s.claims where !r.figures.isEmpty || (r.claimant != nil && (r.accusation || r.denial)) {
                for group in [r.figures.filter { !$0.isTotal }, r.figures.filter(\.isTotal)]
                where !group.isEmpty || r.figures.isEmpty {
                    let (claimant, confidence) = r.claimant.map { ($0, 0.75) } ?? (unsourcedClaimant(of: group), 0.45)
                    let (keys, casualties) = Self.casualties(group)
                    let claim = Claim(
                        claimant: claimant.name, side: claimant.side, role: claimant.role,
                        summary: Self.summary(
                            keys: keys, casualties, total: group.first?.isTotal == true, denial: r.denial,
                            accusation: r.accusation),
                        casualties: casualties,
                        unconfirmed: report.sentences[s.sentence].tokens.contains {
                            $0.lower == "unconfirmed" || $0.lower == "confirmation"
                        },
                        sources: [sourceID])
                    guard !claims.contains(claim) else { continue }
                    claims.append(claim)
                    if let a = r.claimantStart, let b = r.claimantEnd {
                        ev.append(
                            evidence(
                                "claim[\(claims.count - 1)].claimant", sentence: s.sentence, a, b, confidence,
                                "who says it"))
                    }
                    for f in group {
                        ev.append(
                            evidence(
                                "claim[\(claims.count - 1)].\(f.side).\(f.kind.rawValue)", sentence: s.sentence,
                                f.start, f.end, confidence,
                                "\(f.figure) \(f.kind.rawValue)\(f.civilians ? " (civilians)" : "")\(f.isTotal ? ", a running total" : "")"
                            ))
                    }
                }
            }
        }
        return (claims, ev)
    }

    /// Losses stated without a source: a side's own losses are its authorities' figure; else the outlet's.
    func unsourcedClaimant(of group: [ClaimReader.Figure]) -> ClaimReader.Claimant {
        let affected = Set(group.map(\.side))
        if affected.count == 1, let side = affected.first, sides.isSide(side) {
            return .init(
                name: "\(sides.adjective(of: side)) authorities (unattributed in the report)", side: side,
                role: "government")
        }
        return .init(name: outlet ?? "the report", side: "third", role: "outlet")
    }

    /// The figures of one claim per affected side (civilians apart), with the key each is summarised under.
    static func casualties(_ group: [ClaimReader.Figure]) -> (keys: [String], casualties: [CasualtyClaim]) {
        var casualties: [CasualtyClaim] = []
        var keys: [String] = []
        for f in group {
            let key = f.side + (f.civilians ? " civilians" : "")
            if let k = keys.firstIndex(of: key) {
                casualties[k].figures[f.kind] = f.figure
            } else {
                keys.append(key)
                casualties.append(CasualtyClaim(side: f.side, figures: [f.kind: f.figure]))
            }
        }
        return (keys, casualties)
    }

    /// The sides a claim names, and a state the incident's words name; a breakaway only through a claim.
    func parties(of g: Group, claims: [Claim]) -> [String] {
        var named = Set(claims.flatMap { [$0.side] + $0.casualties.map(\.side) }.filter(sides.isSide))
        for w in g.segments.flatMap({ s in report.sentences[s.sentence].tokens[s.from...s.to].map(\.lower) }) {
            if let state = sides.state(of: [w]) { named.insert(state) }
        }
        return sides.codes.filter(named.contains)
    }

    /// An id stable across runs on the same report: source, type, date, date phrase, hour and features.
    func incidentID(_ g: Group, type: EventType, date: IncidentDate, featureIDs ids: [String]) -> String {
        "ingest-"
            + String(
                ReportIngester.hash(
                    ([sourceID, type.rawValue, date.iso, g.date?.phrase ?? ""] + (g.clock.map { ["\($0)"] } ?? []))
                        .joined(separator: "|")
                        + ids.sorted().joined()) % 0xFFFFFFFFFF, radix: 16)
    }

    /// "Shelling near Sotk, Kut": the type and the first three places.
    static func title(_ type: EventType, _ locations: [IncidentLocation]) -> String {
        let names = locations.map(\.name)
        guard let first = locations.first else { return typeName(type) }
        return
            "\(typeName(type)) \(first.relation == "at" ? "at" : first.relation) \(names.prefix(3).joined(separator: ", "))"
    }
}
