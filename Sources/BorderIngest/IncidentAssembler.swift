import BorderGeodata
import BorderIncidents
import Foundation

/// Turns sentence readings into incidents: one per family of event and
/// date, with their places, claims and the evidence of each.
struct IncidentAssembler {
    let source: SourceReport
    let relater: Relater
    let published: Day?

    private struct Draft {
        var family: String
        var date: IncidentDate
        var types: [EventType] = []
        var locations: [IncidentLocation] = []
        var claims: [Claim] = []
        var totals = Set<Int>()
        var civilians = Set<Int>()
        var sides = Set<String>()
        var evidence: [Evidence] = []
        var firstSentence: Int
    }

    private var drafts: [Draft] = []

    init(source: SourceReport, relater: Relater, published: Day?) {
        self.source = source
        self.relater = relater
        self.published = published
    }

    mutating func assemble(_ readings: [SentenceReading]) -> [ProposedIncident] {
        let lead = leadDate(readings)
        var paragraphDate: (paragraph: Int, date: DateMention, sentence: Int)?
        for r in readings {
            let hasFigures = r.claims.contains { $0.figure != nil }
            guard r.event != nil || hasFigures else { continue }
            var event = r.event ?? EventMention(type: .armedClash, isViolation: false, start: 0, end: 0, text: "", confidence: 0.4)
            // Figures with no event word belong to the fighting they count.
            if r.event?.type == .statement, hasFigures { event.type = .armedClash; event.confidence = 0.5 }
            let date: IncidentDate
            var dateEvidence: Evidence
            if let d = nearestDate(to: event, in: r) {
                date = d.date
                dateEvidence = r.evidence("date", "\(d.date.iso) (\(d.date.precision.rawValue)); \(d.date.reading)", d.start, d.end, d.confidence)
                if EventTyper.family(event.type) != "war" { paragraphDate = (r.sentence.paragraph, d, r.sentence.index) }
            } else if let p = paragraphDate, p.paragraph == r.sentence.paragraph || p.paragraph + 1 == r.sentence.paragraph, EventTyper.family(event.type) != "war" {
                date = p.date.date
                dateEvidence = r.evidence("date", "\(date.iso) (\(date.precision.rawValue)): no date in this sentence; taken from sentence \(p.sentence) of the same passage", 0, 0, 0.5)
            } else if let lead, EventTyper.family(event.type) != "war" {
                date = lead
                dateEvidence = r.evidence("date", "\(date.iso) (\(date.precision.rawValue)): no date in this sentence; the report's lead date (\(lead.reading))", 0, 0, 0.4)
            } else {
                continue  // an event with no date at all is not proposed (never dated "today")
            }
            var family = EventTyper.family(event.type)
            // Accusations on the day of a fight are claims about that fight.
            if family == "statement", drafts.contains(where: { $0.family == "fighting" && $0.date == date }) { family = "fighting" }
            let index = draftIndex(family, date, r.sentence.index)
            if r.event != nil {
                drafts[index].types.append(event.type)
                drafts[index].evidence.append(r.evidence("type", event.type.rawValue + (event.isViolation ? " (ceasefire violation)" : ""),
                                                         event.start, event.end, event.confidence))
            }
            drafts[index].evidence.append(dateEvidence)
            add(r, to: index)
        }
        return drafts.enumerated().compactMap { k, d in proposal(d, k) }
    }

    /// The report's lead date: that of its first dated fighting, else of its first dated event.
    private func leadDate(_ readings: [SentenceReading]) -> IncidentDate? {
        let dated = readings.filter { $0.event != nil && !$0.dates.isEmpty }
        let fighting = dated.first { EventTyper.family($0.event!.type) == "fighting" }
        return (fighting ?? dated.first)?.dates.first?.date
    }

    /// The date said closest to the event's words.
    private func nearestDate(to e: EventMention, in r: SentenceReading) -> DateMention? {
        r.dates.min { abs($0.start - e.start) < abs($1.start - e.start) }
    }

    private mutating func draftIndex(_ family: String, _ date: IncidentDate, _ sentence: Int) -> Int {
        if let i = drafts.firstIndex(where: { $0.family == family && $0.date.start == date.start && $0.date.end == date.end }) { return i }
        drafts.append(Draft(family: family, date: date, firstSentence: sentence))
        return drafts.count - 1
    }

    private mutating func add(_ r: SentenceReading, to index: Int) {
        let speakerSide = r.claims.first?.claimantSide
        for p in r.places where p.role == .incident {
            guard let kind = p.location else { continue }
            if let existing = drafts[index].locations.firstIndex(where: { $0.kind == kind }) {
                drafts[index].locations[existing].precision = min(drafts[index].locations[existing].precision, p.precision)
            } else {
                let claimedBy = ["ARM", "AZE"].contains(speakerSide ?? "") ? speakerSide : nil
                drafts[index].locations.append(IncidentLocation(kind: kind, precision: p.precision, relation: p.relation,
                                                                claimedBy: claimedBy, sources: [source.id]))
            }
            drafts[index].evidence.append(r.evidence("place", "\(p.text) → \(Self.name(kind)) (\(p.relation), precision \(p.precision))",
                                                     p.start, p.end, p.confidence))
        }
        for p in r.places where p.role == .notIncident {
            drafts[index].evidence.append(r.evidence("place-not-incident", "\(p.text): \(p.why)", p.start, p.end, p.confidence))
        }
        if let c = r.country { drafts[index].sides.insert(c) }
        // One claim per claimant and sentence; its figures per affected side.
        var grouped: [(key: String, mentions: [ClaimMention])] = []
        for m in r.claims {
            let key = "\(m.claimant)|\(m.claimantSide)|\(m.isTotal)|\(m.civilians)"
            if let g = grouped.firstIndex(where: { $0.key == key }) { grouped[g].mentions.append(m) } else { grouped.append((key, [m])) }
        }
        for (_, mentions) in grouped {
            let first = mentions[0]
            var bySide: [String: [CasualtyKind: CasualtyFigure]] = [:]
            var order: [String] = []
            for m in mentions {
                guard let kind = m.kind, let figure = m.figure else { continue }
                if bySide[m.affectedSide] == nil { order.append(m.affectedSide) }
                // The first figure read for a side and kind stands; a second, different one is its own claim below.
                if bySide[m.affectedSide]?[kind] == nil { bySide[m.affectedSide, default: [:]][kind] = figure }
                drafts[index].sides.insert(m.affectedSide)
                drafts[index].evidence.append(r.evidence("claim", "\(m.claimant) (\(m.claimantSide)): \(m.affectedSide)\(m.civilians ? " civilians" : "") \(kind.rawValue) \(figure)\(m.isTotal ? " (running total)" : "")",
                                                         m.start, m.end, m.confidence))
            }
            let casualties = order.map { CasualtyClaim(side: $0, figures: bySide[$0]!) }
            let summary = casualties.isEmpty ? "statement reported by \(first.claimant)"
                : (first.isTotal ? "running total: " : "") + casualties.map { c in
                    "\(c.side)\(first.civilians ? " civilians" : "") " + CasualtyKind.allCases.compactMap { k in c.figures[k].map { "\(k.rawValue) \($0)" } }.joined(separator: ", ")
                }.joined(separator: "; ")
            let claim = Claim(claimant: first.claimant, side: first.claimantSide, role: first.role, summary: summary,
                              casualties: casualties, unconfirmed: first.unconfirmed, sources: [source.id])
            guard !drafts[index].claims.contains(claim) else { continue }
            drafts[index].claims.append(claim)
            if first.isTotal { drafts[index].totals.insert(drafts[index].claims.count - 1) }
            if first.civilians { drafts[index].civilians.insert(drafts[index].claims.count - 1) }
            if ["ARM", "AZE", "NK"].contains(first.claimantSide) { drafts[index].sides.insert(first.claimantSide) }
        }
    }

    private func proposal(_ d: Draft, _ k: Int) -> ProposedIncident? {
        let type = d.types.min { EventTyper.rank($0) < EventTyper.rank($1) } ?? .armedClash
        let placeNames = d.locations.map { Self.name($0.kind) }
        let slug = placeNames.first.map { NameFolding.key($0).replacingOccurrences(of: " ", with: "-") } ?? "unlocated"
        let title = Self.title(type, d.locations)
        let sides = ["ARM", "AZE", "NK"].filter { d.sides.contains($0) }
        let incident = Incident(id: "\(d.date.start)-\(type.rawValue)-\(slug)-\(k + 1)", title: title, type: type, date: d.date,
                                localTime: nil, sides: sides.isEmpty && type != .statement ? [] : sides, locations: d.locations,
                                claims: d.claims, sources: [source.id],
                                notes: "proposed by borderwatch ingest from \(source.outlet); not reviewed")
        let relation = try? relater.relate(incident)
        return ProposedIncident(incident: incident, evidence: d.evidence, totalClaims: d.totals, civilianClaims: d.civilians,
                                relation: relation)
    }

    static func name(_ kind: IncidentLocation.Kind) -> String {
        switch kind {
        case let .place(n): n
        case let .province(n): n
        case let .borderSector(n): "the \(n) section of the border"
        case let .point(c): String(format: "%.5f, %.5f", c.latitude, c.longitude)
        }
    }

    static func title(_ type: EventType, _ locations: [IncidentLocation]) -> String {
        let what: String = switch type {
        case .armedClash: "Armed clash"
        case .shelling: "Shelling"
        case .incursion: "Incursion"
        case .capture: "Capture"
        case .ceasefire: "Ceasefire"
        case .statement: "Statement"
        case .war: "War"
        }
        guard let first = locations.first else { return "\(what) (no place named)" }
        let names = locations.prefix(3).map { name($0.kind) }
        return "\(what) \(first.relation) \(names.joined(separator: ", "))"
    }
}
