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
    /// The day undated fighting is dated on when the report names no day (`newsDay(published:from:segments:)`).
    var newsDay: Day? = nil
    /// The offices the report introduces people with, by surname (`OfficePlaces`).
    var offices: [String: ClaimReader.Office] = [:]

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
        let stretches = Self.stretches(of: Self.eventful(segments))
        let lead = Self.leadDate(stretches, all: segments)
        var groups = Self.grouped(stretches, lead: lead, all: segments)
        Self.runOnToTheirEnds(&groups, segments)
        Self.joinEveningIntoNight(&groups)
        Self.endOpenPeriodsBeforeTheDaysEvent(&groups)
        Self.runConflictsToTheirCeasefireYear(&groups, segments)
        Self.spreadUndatedOverTheEpisode(&groups, segments)
        for g in groups.indices where groups[g].family == "fighting" {
            groups[g].scene += Self.toldBefore(groups[g], in: segments)
        }
        // A report that states no date at all leads with its undated event.
        let leadKey = lead.map(Self.dateKey) ?? "none"
        // Fighting only (a ceasefire or a statement is not at a place), and only when no event sentence names a place
        // it can locate (a byline's or a dateline's names, set aside, locate nothing).
        for g in groups.indices
        where groups[g].family == "fighting" && !groups[g].segments.contains(where: { Self.hasPlace($0.places) }) {
            let others = Self.toldByOthers(groups, than: g)
            groups[g].scene += Self.scene(
                of: groups[g], isLead: groups[g].dateKey == leadKey,
                in: segments.filter { !others.contains($0.sentence) })
        }
        let fighting = groups.indices.filter { groups[$0].family == "fighting" }
        for g in fighting {
            groups[g].scene += officePlaces(of: groups[g], in: segments)
            groups[g].scene += Self.damageScenes(of: groups[g], lead: g == fighting.first, in: segments)
        }
        for g in groups.indices where groups[g].family == "war" && !groups[g].segments.contains(where: Self.namesAnArea)
        {
            groups[g].scene += Self.warAreas(in: segments)
        }
        Self.addNamedPlaces(&groups, segments)
        addListLines(&groups, segments)
        return groups.filter(Self.isPlacedOrDated).map(incident)
    }

    static func namesAnArea(_ s: ReportIngester.Segment) -> Bool {
        s.places.contains { $0.excluded == nil && $0.feature?.isArea == true }
    }

    /// "Two wars over the past three decades for control of the Nagorny Karabakh region … Another war in the early
    /// 1990s": a war recalled without its area was fought where the report's other wars were, the areas its war
    /// sentences name.
    static func warAreas(in all: [ReportIngester.Segment]) -> [ReportIngester.Segment] {
        all.compactMap(retyped).filter { $0.type == .war && namesAnArea($0) }
    }

    /// The sentences that tell another fighting incident and none of group `g`'s stretches: "At 03:40 an
    /// infiltration was repelled. At 05:20 they shelled X and Y": X and Y are where the shelling fell, not the scene
    /// of the infiltration.
    static func toldByOthers(_ groups: [Group], than g: Int) -> Set<Int> {
        let own = Set(groups[g].segments.map(\.sentence))
        let told = groups.indices.filter { $0 != g && groups[$0].family == "fighting" }.flatMap {
            groups[$0].segments.map(\.sentence)
        }
        return Set(told).subtracting(own)
    }

    /// An undated event is an incident only where it happened is told: in its own sentences, or in those of its
    /// paragraph that set its scene ("Guards saw shepherds near X. … One of them fired two shots.").
    static func isPlacedOrDated(_ g: Group) -> Bool {
        g.dateKey != "none" || g.segments.contains { !$0.places.isEmpty } || g.scene.contains { hasPlace($0.places) }
    }

    /// Nouns by which a later sentence names the event already told: "The incident, …", "This clash …".
    static let eventNouns: Set<String> = [
        "incident", "clash", "clashes", "shootout", "skirmish", "fighting", "shooting", "attack", "firefight",
    ]

    /// Whether a stretch opens by naming the event again ("The incident, in …", "This shootout took place …").
    static func namesTheEventAgain(_ w: [String]) -> Bool {
        w.count > 2 && ["the", "this", "that"].contains(w[0]) && eventNouns.contains(w[1])
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
        if around.contains(where: { hasPlace($0.places) }) {
            // "The incident, in a remote part of the valley, was …": a sentence naming the event again with a place is
            // its scene; the paragraph's other places (where a summit will be held) are not.
            let again = around.filter { namesTheEventAgain($0.words) && hasPlace($0.places) }
            return again.isEmpty ? around : again
        }
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
