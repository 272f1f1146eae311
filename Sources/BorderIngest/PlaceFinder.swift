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
    static let capitals: Set<String> = ["geonames:616052", "geonames:587084", "AM-ER", "AZ-BA"]
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
    static let descriptions: Set<String> = [
        "shores", "shore", "banks", "bank", "overlooking", "famous", "known", "resort", "visit",
        "tourists", "photo", "pictured", "caption",
    ]

    func mentions(in sentence: ReportText.Sentence) -> [PlaceMention] {
        let t = sentence.tokens
        let w = t.map(\.lower)
        func word(_ k: Int) -> String { k >= 0 && k < w.count ? w[k] : "" }
        let keys: [String] = t.map { tok in
            guard tok.isWord, tok.isCapitalized else { return "" }
            var text = tok.text
            if text.hasSuffix("'s") || text.hasSuffix("’s") { text = String(text.dropLast(2)) }
            return NameFolding.key(text)
        }
        // A credit line names an agency ("Image Credit: ANI"), and an agency's letters can be a village's name.
        let credit = zip(w, w.dropFirst()).contains { ["image", "picture", "video"].contains($0) && $1 == "credit" }
        let caption =
            w.contains("photo") || w.contains("getty") || (w.contains("afp") && w.contains("via"))
            || w.contains("copyright") || credit
        var found: [PlaceMention] = []
        var listCue: String?  // a cue ("settlement", "near") that carries over "X, Y and Z"
        var lastEnd = -1
        var i = 0
        while i < t.count {
            guard !keys[i].isEmpty, !notPlaceWords.contains(keys[i]) || (i + 1 < t.count && !keys[i + 1].isEmpty)
            else {
                if t[i].isWord && !["and", "or"].contains(w[i]) && i > lastEnd + 1 { listCue = nil }
                i += 1
                continue
            }
            var n = min(5, t.count - i)
            while n > 0, keys[i + n - 1].isEmpty { n -= 1 }
            var matched: (Int, [Gazetteer.Target])?
            while n > 0 {
                if keys[i..<(i + n)].allSatisfy({ !$0.isEmpty }) {
                    let key = keys[i..<(i + n)].joined(separator: " ")
                    let c = gazetteer.candidates(key: key)
                    if !c.isEmpty, n > 1 || !notPlaceWords.contains(key) { matched = (n, c); break }
                }
                n -= 1
            }
            // "towards several towns such as Goris": the cue stands before the filler words.
            var cueAt = i - 1
            while cueAt > 0, fillerWords.contains(word(cueAt)), i - cueAt < 6 { cueAt -= 1 }
            let before =
                cueAt < i - 1 && ["towards", "toward", "near", "around", "outside"].contains(word(cueAt))
                ? word(cueAt) : word(i - 1)
            let before2 = word(i - 2), before3 = word(i - 3)
            let strongCue =
                (before == "of" && Self.settlementWords.contains(before2)) || Self.settlementWords.contains(before)
            guard let (length, candidates) = matched else {
                let ends = routeEnds(t[i], index: i, sentence: sentence)
                if !ends.isEmpty {
                    found += ends.map {
                        var m = $0
                        m.excluded = exclusion(m, t: t, w: w, sentence: sentence, caption: caption)
                        return m
                    }
                    lastEnd = i
                    i += 1
                    continue
                }
                // A name after "village of" the gazetteer does not know: unresolved, never dropped.
                if strongCue || (listCue == "settlement" && ["and", ","].contains(before)) {
                    var j = i
                    while j + 1 < t.count, !keys[j + 1].isEmpty { j += 1 }
                    let text = t[i...j].map(\.text).joined(separator: " ")
                    found.append(
                        PlaceMention(
                            text: text, sentence: sentence.index, start: t[i].start, end: t[j].end, firstToken: i,
                            lastToken: j, feature: nil, candidates: [], relation: "near", precision: 2,
                            excluded: caption ? "photo caption" : nil, confidence: 0.4,
                            explanation: "'\(text)' follows a settlement cue but the gazetteer does not know it",
                            statedCountry: nil))
                    lastEnd = j
                    i = j + 1
                    continue
                }
                i += 1
                continue
            }
            let last = i + length - 1
            let after = word(last + 1), after2 = word(last + 2), after3 = word(last + 3)
            // "Kut settlement of Gegharkunik region": the word after the name wins over the one before.
            if (strongCue && !Self.areaWords.contains(after)) || Self.settlementWords.contains(after) {
                listCue = "settlement"
            } else if !(["and", ","].contains(before) && i <= lastEnd + 3) {
                listCue = nil
            }
            let wantsSettlement = listCue == "settlement"
            let wantsSector =
                Self.sectorWords.contains(after) && (after2 == "of" || after2 == "the" || after == "direction")
                || (Self.sectorWords.contains(after) && after2 == "")
                || after == "border" && Self.sectorWords.contains(after2)
            let wantsArea = Self.areaWords.contains(after) || (before == "of" && Self.areaWords.contains(before2))
            let wantsDistrict =
                Self.districtWords.contains(after) || (before == "of" && Self.districtWords.contains(before2))
            var relation = "at", precision = 1, confidence = 0.8
            if ["near", "outside", "around"].contains(before) || before == "to" && before2 == "close"
                || before == "of" && before2 == "vicinity"
            {
                relation = "near"; precision = 2
            } else if ["towards", "toward"].contains(before) || before == "of" && before2 == "direction"
                || after == "direction"
            {
                relation = "towards"; precision = 2
            } else if before == "of" && Self.settlementWords.contains(before2)
                && ["near", "outside", "around"].contains(before3)
            {
                relation = "near"; precision = 2
            } else if let carried = found.last?.relation, ["and", ","].contains(before), i <= lastEnd + 2 {
                // "near Sotk and Verin Shorzha": the cue covers the list.
                relation = carried; precision = found.last?.precision ?? 1
            }
            // The country a phrase such as "the Armenian village of" or "X in Armenia" ties the name to.
            let window = (max(0, i - 4)..<i).map { w[$0] } + [after, after2, after3]
            // "the Azerbaijani name for X" names, it does not place.
            let naming = window.contains {
                ["name", "names", "called", "calls", "known", "spelled", "maps"].contains($0)
            }
            let stated: String? = naming ? nil : sides.state(of: window)
            var mention = PlaceMention(
                text: t[i...last].map(\.text).joined(separator: " "), sentence: sentence.index, start: t[i].start,
                end: t[last].end, firstToken: i, lastToken: last, feature: nil, candidates: candidates,
                relation: relation, precision: precision, excluded: nil, confidence: confidence,
                explanation: "", statedCountry: stated)
            choose(&mention, settlement: wantsSettlement, area: wantsArea, district: wantsDistrict, sector: wantsSector)
            mention.excluded = exclusion(mention, t: t, w: w, sentence: sentence, caption: caption)
            found.append(mention)
            lastEnd = last
            i = last + 1
        }
        qualify(&found, w)
        return found
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

    func exclusion(_ m: PlaceMention, t: [ReportText.Token], w: [String], sentence: ReportText.Sentence, caption: Bool)
        -> String?
    {
        func word(_ k: Int) -> String { k >= 0 && k < w.count ? w[k] : "" }
        if caption { return "photo caption" }
        if sentence.opensParagraph, m.firstToken <= 1,
            t[m.firstToken].text == t[m.firstToken].text.uppercased() && t[m.firstToken].text.count > 2
                || (m.lastToken + 1 < t.count && ["—", "–"].contains(t[m.lastToken + 1].text))
        {
            return "dateline"
        }
        let before = (max(0, m.firstToken - 4)..<m.firstToken).map { w[$0] }
        if Self.capitals.contains(m.featureID) {
            let after = word(m.lastToken + 1)
            if Self.speechVerbs.contains(after)
                || ["by", "between", "and", "with", "from"].contains(word(m.firstToken - 1))
                || !["in", "near", "outside", "on"].contains(word(m.firstToken - 1))
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
        if ["war", "wars", "conflict"].contains(word(m.lastToken + 1)) { return "the name of a war" }
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
