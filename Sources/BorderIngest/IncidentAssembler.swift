import BorderGeodata
import BorderIncidents
import GeometryCore

/// Groups a report's dated stretches into incidents: one per distinct date
/// and family of event (fighting of any kind, ceasefire, statement, war);
/// a stretch without a date of its own belongs to the last dated event of
/// its paragraph, else to the report's lead event. A new time of day in a
/// later sentence ("At 7.15 a.m. …") is another event of that date.
struct IncidentAssembler {
    let relater: Relater
    let report: ReportText
    let sourceID: String
    let outlet: String?
    let sides: SideWords

    let cache: FeatureRelations

    struct Group {
        var family: String
        var dateKey: String
        var date: DateReader.Mention?
        /// The time of day its sentences give, in minutes after midnight.
        var clock: Int?
        var segments: [ReportIngester.Segment] = []
        /// Places of the sentences that set the scene, used when no event sentence names one.
        var scene: [ReportIngester.Segment] = []
    }

    func assemble(_ segments: [ReportIngester.Segment]) -> [ProposedIncident] {
        // Statements count when dated, or when they accuse or deny (then they join the event of their date).
        let eventful = segments.filter { s in
            s.type != nil && (s.type != .statement || s.date != nil || s.claims.contains { $0.denial || $0.accusation })
                || s.claims.contains { !$0.figures.isEmpty }
        }
        var groups: [Group] = []
        var lastDated: (paragraph: Int, date: DateReader.Mention)?
        var stretches: [ReportIngester.Segment] = []
        for var s in eventful {
            // "the worst since the ceasefire of November 2020": a reference point, not an event of the report
            // (a war after "since" is kept: a recalled war is an older incident).
            if let d = s.date, !d.isOpenPeriod, s.claims.allSatisfy({ $0.figures.isEmpty }),
                let k = s.words.firstIndex(of: "since"),
                d.firstToken > s.from + k,
                s.words[(k + 1)..<min(s.words.count, k + 4)].contains(where: EventTyper.ceasefire.contains)
            {
                continue
            }
            let precision = s.date?.date?.precision
            let span = s.date?.date.map { $0.end.ordinal - $0.start.ordinal } ?? 0
            // "The deadliest clash since the 44-day war" on a day is the clash, not the war.
            if s.type == .war, s.date == nil || precision == .day || precision == .week {
                let rest = EventTyper.read(
                    s.words.filter { !["war", "wars"].contains($0) && !$0.hasSuffix("-day") && !$0.hasSuffix("-week") })?
                    .type
                s.type = rest ?? (s.date == nil ? nil : .armedClash)
                if s.type == nil && s.claims.allSatisfy({ $0.figures.isEmpty }) { continue }
            }
            // Fighting dated only by a year, in a sentence about a war, is that war.
            if s.type != .war, span >= 300,
                s.words.contains(where: { ["war", "wars"].contains($0) })
                    || s.words.contains("weeks") && s.words.contains("fighting")
            {
                s.type = .war
            }
            // "X accused Y of an incursion" without losses is a statement about it.
            if s.type.map(EventTyper.family) == "fighting", s.claims.contains(where: \.accusation),
                s.claims.allSatisfy({ $0.figures.isEmpty }),
                let k = s.words.firstIndex(where: {
                    ["accused", "accuses", "accusing", "blamed", "blame"].contains($0)
                }),
                s.words[k...].contains("of") || s.words[k...].contains("for")
            {
                s.type = .statement
            }
            // A ceasefire "after clashes left three dead": the losses belong to the clashes.
            if s.type == .ceasefire, s.claims.contains(where: { !$0.figures.isEmpty }) {
                var fighting = s
                fighting.type = .armedClash
                s.claims = s.claims.map {
                    var c = $0; c.figures = []; return c
                }
                stretches.append(s)
                stretches.append(fighting)
                continue
            }
            stretches.append(s)
        }
        let lead =
            stretches.first {
                $0.date != nil && $0.type.map(EventTyper.family) == "fighting" && $0.date?.isOpenPeriod == false
            }?.date
            ?? stretches.first { $0.date != nil && $0.type != .war && $0.date?.isOpenPeriod == false }?.date
            // No event sentence is dated ("On 11 January 2014 the road works were under way. … opened fire"):
            // the events are those of the first full date the report states.
            ?? segments.first { $0.date?.date != nil && $0.type != .war && $0.date?.isOpenPeriod == false }?.date
        for var s in stretches {
            var family = s.type.map(EventTyper.family) ?? "fighting"
            var setting: ReportIngester.Segment?
            if s.date == nil {
                if family == "war" { continue }  // a war recalled without a year is context, not an event to date
                let paragraphDate = lastDated.flatMap { $0.paragraph == s.paragraph ? $0.date : nil }
                setting = paragraphDate == nil ? Self.settingBefore(s, in: segments) : nil
                s.date =
                    paragraphDate ?? setting?.date
                    ?? Self.dateBeforeAnother(s, stretches: stretches, all: segments) ?? lead
            } else if family != "war" {
                lastDated = (s.paragraph, s.date!)
            }
            // A statement only stands alone with a date of its own different from any fighting; else its claims join.
            if family == "statement" && s.claims.allSatisfy({ $0.figures.isEmpty })
                && s.claims.allSatisfy({ !$0.accusation && !$0.denial })
            {
                continue
            }
            if family == "statement", s.claims.contains(where: { !$0.figures.isEmpty }) { family = "fighting" }
            Self.join(s, family: family, settingClock: setting.flatMap { ClockTime.read($0.words) }, into: &groups)
        }
        for g in groups.indices where groups[g].family == "fighting" {
            groups[g].scene += Self.toldBefore(groups[g], in: segments)
        }
        let leadKey = lead.map(Self.dateKey)
        // Fighting only (a ceasefire or a statement is not at a place), and only when no event sentence names a place.
        for g in groups.indices where groups[g].family == "fighting" && groups[g].segments.allSatisfy(\.places.isEmpty)
        {
            groups[g].scene += Self.scene(of: groups[g], isLead: groups[g].dateKey == leadKey, in: segments)
        }
        return groups.filter { $0.dateKey != "none" || $0.segments.contains { !$0.places.isEmpty } }.map(incident)
    }

    static func dateKey(_ m: DateReader.Mention) -> String {
        m.date.map { "\($0.start)/\($0.end)" } ?? "unresolved:\(m.phrase.lowercased())"
    }

    static func hasPlace(_ places: [PlaceMention]) -> Bool {
        places.contains { $0.excluded == nil && $0.feature != nil }
    }

    /// "On 11 January 2014 road works went on in the village of X. … Then the guards opened fire": the places of
    /// the sentences of the event's date, else of its paragraphs, else (for the report's lead event) of the
    /// first paragraph that names one.
    static func scene(of g: Group, isLead: Bool, in all: [ReportIngester.Segment]) -> [ReportIngester.Segment] {
        let sameDate = all.filter { s in s.date.map(dateKey) == g.dateKey && g.dateKey != "none" }
        if sameDate.contains(where: { hasPlace($0.places) }) { return sameDate }
        // A paragraph with another date of its own (a photo caption, a recalled event) sets another scene.
        let undated = all.filter { s in s.date.map(dateKey).map { $0 == g.dateKey } ?? true }
        let paragraphs = Set(g.segments.map(\.paragraph))
        let around = undated.filter { paragraphs.contains($0.paragraph) }
        if around.contains(where: { hasPlace($0.places) }) { return around }
        guard isLead, let first = all.first(where: { hasPlace($0.places) }),
            !all.contains(where: { $0.paragraph == first.paragraph && $0.date.map(dateKey) ?? g.dateKey != g.dateKey })
        else { return [] }
        return all.filter { $0.paragraph == first.paragraph }
    }

    func evidence(_ fact: String, sentence: Int, _ start: Int, _ end: Int, _ confidence: Double, _ note: String)
        -> Evidence
    {
        return Evidence(
            fact: fact, text: report.slice(start, end), start: start, end: end, sentence: sentence,
            confidence: (confidence * 100).rounded() / 100, note: note)
    }

    func incident(_ g: Group) -> ProposedIncident {
        var ev: [Evidence] = []
        // Type: the most frequent among the stretches, fighting types before statements.
        var votes: [EventType: Int] = [:]
        for s in g.segments { if let t = s.type { votes[t, default: 0] += 1 } }
        let order: [EventType] = [.war, .ceasefire, .armedClash, .shelling, .incursion, .capture, .statement]
        let type =
            order.filter { g.family == "fighting" ? EventTyper.family($0) == "fighting" : true }
            .max { (votes[$0] ?? 0, -order.firstIndex(of: $0)!) < (votes[$1] ?? 0, -order.firstIndex(of: $1)!) }
            ?? .armedClash
        if let s = g.segments.first(where: { $0.type == type }), let k = s.typeToken {
            let tok = report.sentences[s.sentence].tokens[k]
            ev.append(
                evidence(
                    "type", sentence: s.sentence, tok.start, tok.end, s.typeConfidence, "the word that names the event")
            )
        }
        let date = g.date?.date
        if let d = g.date {
            ev.append(
                evidence(
                    "date",
                    sentence: report.sentences.first { $0.start <= d.start && d.start < $0.end }?.index
                        ?? g.segments[0].sentence,
                    d.start, d.end, d.confidence, d.date?.reading ?? "unresolved: no publication date"))
        }
        // Locations: each feature once; a place named only by one side's account is marked as theirs.
        var locations: [IncidentLocation] = [], ids: [String] = [], unresolved: [SetAsidePlace] = []
        var features: [PlaceMention.Feature] = []
        // A war's area is not a point: a recalled war is left unlocated.
        for (places, readings) in (g.segments + g.scene).map({ ($0.places, $0.claims) }) where type != .war {
            // A place inside a claimant's name ("the Nagorno-Karabakh army said") is who speaks, not where.
            let speakers = readings.compactMap { r in r.claimantStart.flatMap { a in r.claimantEnd.map { a..<$0 } } }
            for m in places where m.excluded == nil && !speakers.contains(where: { $0.contains(m.start) }) {
                guard let feature = m.feature else {
                    if !unresolved.contains(where: { $0.text == m.text }) {
                        unresolved.append(
                            SetAsidePlace(text: m.text, start: m.start, end: m.end, sentence: m.sentence, reason: nil))
                    }
                    continue
                }
                guard !ids.contains(m.featureID) else { continue }
                let kind: IncidentLocation.Kind
                switch feature {
                case let .settlement(x), let .region(x): kind = .place(x.name)
                case let .province(p): kind = .province(p.name)
                case let .borderSector(p): kind = .borderSector(p.name)
                }
                let claimedBy = readings.first { $0.firstToken <= m.firstToken && $0.lastToken >= m.firstToken }?
                    .claimant?.side
                ids.append(m.featureID)
                features.append(feature)
                locations.append(
                    IncidentLocation(
                        kind: kind, precision: m.precision, relation: m.relation,
                        claimedBy: sides.isSide(claimedBy ?? "") ? claimedBy : nil, sources: [sourceID]
                    ))
                ev.append(
                    evidence(
                        "location[\(locations.count - 1)]", sentence: m.sentence, m.start, m.end, m.confidence,
                        m.explanation))
            }
        }
        // Claims: one per claimant and clause with something to say; figures per affected side, civilians apart.
        var claims: [Claim] = []
        for s in g.segments {
            for r in s.claims where !r.figures.isEmpty || (r.claimant != nil && (r.accusation || r.denial)) {
                for group in [r.figures.filter { !$0.isTotal }, r.figures.filter(\.isTotal)]
                where !group.isEmpty || r.figures.isEmpty {
                    var c = r.claimant
                    var confidence = 0.75
                    if c == nil {
                        // Losses stated without a source: a side's own losses are its authorities' figure; else the outlet's.
                        let affected = Set(group.map(\.side))
                        if affected.count == 1, let side = affected.first, sides.isSide(side) {
                            c = .init(
                                name: "\(sides.adjective(of: side)) authorities (unattributed in the report)",
                                side: side,
                                role: "government")
                        } else {
                            c = .init(name: outlet ?? "the report", side: "third", role: "outlet")
                        }
                        confidence = 0.45
                    }
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
                    let total = group.first?.isTotal == true
                    let claim = Claim(
                        claimant: c!.name, side: c!.side, role: c!.role,
                        summary: Self.summary(
                            keys: keys, casualties, total: total, denial: r.denial, accusation: r.accusation),
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
                                f.start, f.end,
                                confidence,
                                "\(f.figure) \(f.kind.rawValue)\(f.civilians ? " (civilians)" : "")\(f.isTotal ? ", a running total" : "")"
                            ))
                    }
                }
            }
        }
        var named = Set(claims.flatMap { [$0.side] + $0.casualties.map(\.side) }.filter(sides.isSide))
        // A state the incident's words name is a party; a breakaway only through a claim.
        for w in g.segments.flatMap({ s in report.sentences[s.sentence].tokens[s.from...s.to].map(\.lower) }) {
            if let state = sides.state(of: [w]) { named.insert(state) }
        }
        let sideList = sides.codes.filter(named.contains)
        let resolvedDate =
            date
            ?? IncidentDate(
                start: Day(year: 1970, month: 1, day: 1)!, end: Day(year: 1970, month: 1, day: 1)!,
                precision: .period, reading: "unresolved")
        let id =
            "ingest-"
            + String(
                ReportIngester.hash(
                    ([sourceID, type.rawValue, resolvedDate.iso, g.date?.phrase ?? ""]
                        + (g.clock.map { ["\($0)"] } ?? []))
                        .joined(separator: "|")
                        + ids.sorted().joined()) % 0xFFFFFFFFFF, radix: 16)
        let names = locations.map(\.name)
        let title =
            "\(Self.typeName(type))"
            + (names.isEmpty
                ? ""
                : " \(locations[0].relation == "at" ? "at" : locations[0].relation) \(names.prefix(3).joined(separator: ", "))")
        var incident = Incident(
            id: id, title: title, type: type, date: resolvedDate, localTime: nil,
            sides: sideList.isEmpty ? ["third"] : sideList, locations: locations, claims: claims, sources: [sourceID],
            notes: "proposed by borderwatch ingest; every fact has evidence in the ingest output", status: .proposed)
        incident.localTime = localTime(g)
        var relation: IncidentRelation?, failure: String?
        if !locations.isEmpty {
            do {
                var related: [LocationRelation] = []
                for (k, l) in locations.enumerated() {
                    var r = try cache.relation(of: features[k], id: ids[k], location: l, relater: relater)
                    r.location = l
                    related.append(r)
                }
                relation = IncidentRelation(incident: incident, locations: related)
            } catch { failure = error.description }
        }
        return ProposedIncident(
            incident: incident, dateResolved: date != nil, datePhrase: g.date?.phrase, featureIDs: ids,
            unresolvedPlaces: unresolved, evidence: ev, relation: relation, relateError: failure)
    }

    /// The first time of day the incident's stretches give, as "HH:MM": after "at" in any spelling
    /// `ClockTime` reads ("at 6:30 p.m." is 18:30), else a clock time anywhere ("03:40").
    func localTime(_ g: Group) -> String? {
        for s in g.segments {
            let w = report.sentences[s.sentence].tokens.map(\.lower)
            let anywhere = w.indices.lazy.filter { $0 + 1 < w.count && w[$0 + 1] == ":" }.compactMap {
                ClockTime.time(w, $0)
            }
            if let minutes = ClockTime.read(w) ?? anywhere.first, minutes < ClockTime.now {
                let (h, m) = (minutes / 60, minutes % 60)
                return (h < 10 ? "0\(h)" : "\(h)") + ":" + (m < 10 ? "0\(m)" : "\(m)")
            }
        }
        return nil
    }

    static func typeName(_ t: EventType) -> String {
        switch t {
        case .armedClash: "Armed clash"
        case .shelling: "Shelling"
        case .incursion: "Incursion"
        case .capture: "Capture"
        case .ceasefire: "Ceasefire"
        case .statement: "Statement"
        case .war: "War"
        }
    }

    /// The claim in the catalog's words, never the report's: "ARM: 3 killed, 4 wounded".
    static func summary(keys: [String], _ casualties: [CasualtyClaim], total: Bool, denial: Bool, accusation: Bool)
        -> String
    {
        let parts = zip(keys, casualties).map { key, c in
            "\(key): "
                + CasualtyKind.allCases.compactMap { k in c.figures[k].map { "\($0) \(k.rawValue)" } }.joined(
                    separator: ", ")
        }
        var text =
            parts.isEmpty
            ? (denial ? "denies the account" : accusation ? "blames the other side" : "statement")
            : parts.joined(separator: "; ")
        if total { text += " (running total, not this incident's toll)" }
        if denial && !parts.isEmpty { text = "denial: " + text }
        return text
    }
}
