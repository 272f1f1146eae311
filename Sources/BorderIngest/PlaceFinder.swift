import BorderGeodata
import BorderIncidents
import GeometryCore

/// A place a sentence names, resolved to a gazetteer feature (or left
/// unresolved with its text), with the cue that says how the event relates
/// to it, or the reason it is not an incident location (a dateline, a capital
/// speaking for its government, a home town, a description).
struct PlaceMention {
    enum Feature {
        case settlement(Settlement)
        case province(Province)
        case borderSector(Province)
        /// A region of the additions (Nakhchivan, Nagorno-Karabakh) as a whole.
        case region(Settlement)

        /// A province, a stretch of border or a region: not a point.
        var isArea: Bool {
            if case .settlement = self { false } else { true }
        }
    }

    var text: String
    var sentence: Int
    var start: Int
    var end: Int
    var firstToken: Int
    var lastToken: Int
    var feature: Feature?
    /// Other features the name could mean, for the second pass.
    var candidates: [Gazetteer.Target]
    var relation: String
    var precision: Int
    var excluded: String?
    var confidence: Double
    var explanation: String
    /// The country the sentence ties the name to ("the Armenian village of X").
    var statedCountry: String?

    /// "geonames:616041", "AM-GR", "sector:AZ-KAL", "additions:nakhchivan-ar", "unresolved:Text".
    var featureID: String {
        switch feature {
        case let .settlement(s)?, let .region(s)?: s.id
        case let .province(p)?: p.id
        case let .borderSector(p)?: "sector:\(p.id)"
        case nil: "unresolved:\(text)"
        }
    }

    var coordinate: Coordinate? {
        switch feature {
        case let .settlement(s)?, let .region(s)?: s.coordinate
        default: nil
        }
    }
}

struct PlaceFinder {
    let gazetteer: Gazetteer
    let sides: SideWords
    /// `notPlaces` and every side's one-word name ("Kyrgyzstan"): a country, never a village of that name.
    let notPlaceWords: Set<String>
    /// `fillers` and every side's adjectives ("the Tajik villages of …").
    let fillerWords: Set<String>

    init(gazetteer: Gazetteer, sides: SideWords) {
        self.gazetteer = gazetteer
        self.sides = sides
        let states = sides.codes.compactMap { sides.side($0) }
        notPlaceWords = Self.notPlaces.union(states.map { $0.name.lowercased() }.filter { !$0.contains(" ") })
        fillerWords = Self.fillers.union(states.flatMap { $0.adjectives.map { $0.lowercased() } })
    }

    /// Yerevan and Baku as settlements and as city provinces.
    /// Why a region a war is named after ("the Nagorno-Karabakh war") is set aside from other fighting.
    static let warNameReason = "the name of a war"
    static let capitals: Set<String> = ["geonames:616052", "geonames:587084", "AM-ER", "AZ-BA"]
    /// Bodies whose seat a capital after "in" names: "the defence ministry in Yerevan" speaks, it is no scene.
    static let governmentBodies: Set<String> = [
        "ministry", "government", "authorities", "officials", "office", "leadership", "embassy", "spokesman",
        "spokesperson", "parliament", "committee", "service",
    ]

    /// A settlement a state side's manifest lists among the names of that side ("bishkek", "baku"): its capital.
    func isStateCapital(_ m: PlaceMention) -> Bool {
        guard case .settlement? = m.feature else { return false }
        let name = m.text.lowercased()
        return sides.theatres.contains { t in
            t.sides.contains { $0.names.contains(name) && sides.state(of: [name]) == $0.code }
        }
    }
    static let notPlaces: Set<String> = [
        "armenia", "azerbaijan", "russia", "iran", "turkey", "georgia", "france", "moscow",
        "the", "a", "and", "president", "prime", "minister", "ministry", "defence", "defense",
        "army", "may", "march", "june", "july", "august", "april", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "state", "border", "city",
        "south", "north", "east", "west", "central", "new", "un", "eu", "us", "photo", "read",
        "lake", "mount", "share", "copyright", "more", "last", "union", "council", "security",
    ]
    static let fillers: Set<String> = [
        "several", "such", "as", "including", "the", "towns", "villages", "settlements", "border",
        "armenian", "azerbaijani", "some", "other", "two", "three",
    ]
    static let settlementWords: Set<String> = [
        "village", "villages", "town", "towns", "city", "settlement", "settlements", "hamlet",
    ]
    static let areaWords: Set<String> = [
        "province", "provinces", "region", "regions", "marz", "district", "districts", "rayon", "area",
    ]
    /// Words after a name that ask for a second-level unit ("Isfara district"), not the town it is named after.
    static let districtWords: Set<String> = ["district", "districts", "rayon", "raion", "nohiya"]
    static let sectorWords: Set<String> = ["section", "sector", "segment", "stretch", "part", "direction"]
    static let speechVerbs: Set<String> = [
        "said", "says", "claimed", "claims", "accused", "accuses", "brokered", "denied", "denies",
        "insisted", "reported", "announced", "warned", "stated", "blamed", "responded", "has",
        "had", "is", "was", "will", "would", "urged", "called", "rejected", "confirmed",
    ]
    static let people: Set<String> = [
        "conscript", "soldier", "serviceman", "servicemen", "soldiers", "man", "woman", "officer",
        "private", "sergeant", "resident", "native", "boy", "girl", "student", "volunteer", "contract",
    ]
    /// Words before a name that describe the place (its shores, its resort, its tourists), not place an event
    /// there. A visit is no description: "a state visit to X" puts the visit's talks and signings at X.
    static let descriptions: Set<String> = [
        "shores", "shore", "banks", "bank", "overlooking", "famous", "known", "resort", "tourists", "photo",
        "pictured", "caption",
    ]

    /// The places a sentence names (`PlaceScan`), a province that only qualifies a place set aside.
    func mentions(in sentence: ReportText.Sentence) -> [PlaceMention] {
        var scan = PlaceScan(finder: self, sentence: sentence)
        scan.run()
        qualify(&scan.found, scan.w)
        return scan.found
    }

    /// "the villages of A and B in C Province", "X
    /// settlement of Y region": the province says where the places lie; it
    /// settles their ambiguity and is no location of its own when the place
    /// it qualifies lies inside it.
    func qualify(_ found: inout [PlaceMention], _ w: [String]) {
        for k in found.indices {
            guard case let .province(p)? = found[k].feature, found[k].excluded == nil,
                let j = found[..<k].lastIndex(where: { if case .settlement? = $0.feature { true } else { false } })
            else { continue }
            let between = w[(found[j].lastToken + 1)..<found[k].firstToken]
            guard between.count <= 5, between.contains(where: { ["in", "of", ","].contains($0) }),
                !between.contains(where: { ["and", "or", "near", "towards", "while"].contains($0) })
            else { continue }
            for s in found.indices where s < k && found[s].excluded == nil {
                let inside = found[s].candidates.compactMap { c -> Settlement? in
                    if case let .settlement(x) = c, x.province == p.id { x } else { nil }
                }
                if let first = inside.first, case .settlement? = found[s].feature {
                    found[s].feature = .settlement(first)
                    if inside.count == 1 { found[s].confidence = max(found[s].confidence, 0.85) }
                }
            }
            // A place the gazetteer puts outside the area ("Aksai of the Batken region" where the only Aksai it
            // knows lies across the line) leaves the area the report's own word on where: it stays a location.
            if case let .settlement(x)? = found[j].feature, x.province == p.id {
                found[k].excluded = "the area the places before it lie in"
            }
        }
    }

    /// Picks the feature the cue asks for: a settlement after "village of", a
    /// district before "district"/"rayon", a province or region before
    /// "province"/"region", a border sector before "section of the border";
    /// without a cue a region or province before a settlement of the same
    /// name, and a district only when nothing else has the name.
    func choose(_ m: inout PlaceMention, settlement: Bool, area: Bool, district: Bool, sector: Bool) {
        func added(_ kind: String) -> [Settlement] {
            m.candidates.compactMap { c in
                if case let .settlement(s) = c, gazetteer.kind(of: c) == kind { s } else { nil }
            }
        }
        let regions = added("region"), districts = added("district")
        let provinces = m.candidates.compactMap { c -> Province? in if case let .province(p) = c { p } else { nil } }
        var settlements = m.candidates.compactMap { c -> Settlement? in
            guard case let .settlement(s) = c, !["region", "district"].contains(gazetteer.kind(of: c)) else {
                return nil
            }
            return s
        }
        if let stated = m.statedCountry, settlements.contains(where: { $0.country == stated }) {
            settlements = settlements.filter { $0.country == stated }
        }
        // "in the direction of Kelbajar" (a district): that stretch of the border.
        let towardsArea = m.relation == "towards" && !settlement && !provinces.isEmpty && regions.isEmpty
        if sector || towardsArea, let p = provinces.first {
            m.feature = .borderSector(p); m.relation = "on"; m.precision = 3
            m.explanation = "'\(m.text)' names a stretch of border: the border along \(p.name)"
        } else if district, !settlement, let d = districts.first {
            m.feature = .region(d); m.relation = "in"; m.precision = 3
            m.explanation = "'\(m.text)' names the district \(d.name)"
        } else if !settlement, let r = regions.first {
            m.feature = .region(r); m.relation = "in"; m.precision = 3
            m.explanation = "'\(m.text)' names the region \(r.name) as a whole"
        } else if !settlement, (area || settlements.isEmpty || !provinces.isEmpty), let p = provinces.first {
            m.feature = .province(p); m.relation = m.relation == "at" ? "in" : m.relation; m.precision = 3
            m.explanation =
                "'\(m.text)' names the \(p.kind) \(p.name)"
                + (settlements.isEmpty ? "" : ", not the settlement of that name")
        } else if let s = settlements.first {
            m.feature = .settlement(s)
            if gazetteer.kind(of: .settlement(s)) != "settlement" { m.precision = max(m.precision, 2) }
            m.explanation =
                "'\(m.text)' is \(gazetteer.describe(.settlement(s)))"
                + (settlements.count > 1
                    ? " (\(settlements.count) places share the name; settled by the other places named)" : "")
            if settlements.count > 1 { m.confidence = 0.6 }
        } else if let p = provinces.first {
            m.feature = .province(p); m.relation = "in"; m.precision = 3
            m.explanation = "'\(m.text)' names the \(p.kind) \(p.name)"
        } else if let d = districts.first {
            m.feature = .region(d); m.relation = "in"; m.precision = 3
            m.explanation = "'\(m.text)' names the district \(d.name), the only place of that name"
        }
    }

    /// Why a name is no incident location, or nil. `opening` is the sentence's first token after a byline
    /// ("By A B DUSHANBE/BISHKEK (Reuters) -"): a dateline stands there, one name or several joined by slashes.
    func exclusion(
        _ m: PlaceMention, t: [ReportText.Token], w: [String], sentence: ReportText.Sentence, caption: Bool,
        opening: Int = 0
    ) -> String? {
        func word(_ k: Int) -> String { k >= 0 && k < w.count ? w[k] : "" }
        func capitals(_ token: ReportText.Token) -> Bool {
            token.text == token.text.uppercased() && token.text.count > 2
        }
        if caption { return "photo caption" }
        let leadIn = m.firstToken >= opening ? t[opening..<m.firstToken] : []
        if sentence.opensParagraph, m.firstToken >= opening,
            leadIn.count <= 1 || leadIn.last?.text == "/" && leadIn.allSatisfy({ capitals($0) || $0.text == "/" }),
            capitals(t[m.firstToken]) || (m.lastToken + 1 < t.count && ["—", "–"].contains(t[m.lastToken + 1].text))
        {
            return "dateline"
        }
        let before = (max(0, m.firstToken - 4)..<m.firstToken).map { w[$0] }
        if Self.capitals.contains(m.featureID) || isStateCapital(m) {
            let after = word(m.lastToken + 1)
            if Self.speechVerbs.contains(after)
                || ["by", "between", "and", "with", "from"].contains(word(m.firstToken - 1))
                || !["in", "near", "outside", "on"].contains(word(m.firstToken - 1))
                || word(m.firstToken - 1) == "in" && before.contains(where: Self.governmentBodies.contains)
            {
                return "a capital speaking for its government"
            }
        }
        if word(m.firstToken - 1) == "from" && before.contains(where: Self.people.contains)
            || word(m.firstToken - 1) == "of" && ["native", "resident"].contains(word(m.firstToken - 2))
            || word(m.firstToken - 1) == "in" && word(m.firstToken - 2) == "born" || before.contains("hometown")
        {
            return "a home town"
        }
        if before.contains(where: Self.descriptions.contains) { return "a description" }
        if ["war", "wars", "conflict"].contains(word(m.lastToken + 1)) { return Self.warNameReason }
        return nil
    }

    /// Second pass: an ambiguous settlement becomes the candidate nearest to
    /// the report's unambiguous places, the provinces and border stretches it
    /// names included (a village inside a named province is at distance 0).
    func settle(_ mentions: inout [PlaceMention]) {
        let anchors = mentions.compactMap { m -> Coordinate? in
            guard m.excluded == nil, m.confidence >= 0.8, case let .settlement(s)? = m.feature else { return nil }
            return s.coordinate
        }
        var areas: [Province] = []
        for m in mentions where m.excluded == nil {
            switch m.feature {
            case let .province(p)?, let .borderSector(p)?:
                if !areas.contains(where: { $0.id == p.id }) { areas.append(p) }
            default: break
            }
        }
        guard !anchors.isEmpty || !areas.isEmpty else { return }
        for k in mentions.indices where mentions[k].confidence < 0.8 {
            guard case .settlement? = mentions[k].feature else { continue }
            var options = mentions[k].candidates.compactMap { c -> Settlement? in
                if case let .settlement(s) = c { s } else { nil }
            }
            // The country the sentence ties the name to narrows the choice when it fits any candidate (as in `choose`).
            if let stated = mentions[k].statedCountry, options.contains(where: { $0.country == stated }) {
                options = options.filter { $0.country == stated }
            }
            func cost(_ s: Settlement) -> Double {
                let toPlaces = anchors.map { Geodesic.distance($0, s.coordinate) }.min() ?? .infinity
                let toAreas =
                    areas.map {
                        s.province == $0.id ? 0 : (try? $0.geometry.geodesicDistance(to: s.coordinate)) ?? .infinity
                    }
                    .min() ?? .infinity
                return min(toPlaces, toAreas)
            }
            if let best = options.min(by: { cost($0) < cost($1) }) {
                mentions[k].feature = .settlement(best)
                mentions[k].confidence = 0.7
                mentions[k].explanation +=
                    "; chose \(gazetteer.describe(.settlement(best))), nearest to the other places named"
            }
        }
    }
}
