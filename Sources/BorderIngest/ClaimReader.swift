import BorderGeodata
import BorderIncidents

/// Who says what in a sentence: the claimant (a ministry, an official, an
/// outlet, "local residents") and its side, and the losses it gives per
/// affected side: killed, wounded, captured, missing, with explicit zeros
/// ("no losses"), floors and ranges, running totals and denials marked.
struct ClaimReader {
    struct Claimant: Equatable {
        var name: String
        var side: String
        var role: String
    }

    struct Figure {
        var side: String
        var kind: CasualtyKind
        var figure: CasualtyFigure
        var civilians: Bool
        var isTotal: Bool
        var start: Int
        var end: Int
        var firstToken: Int
        var lastToken: Int
    }

    struct Reading {
        var claimant: Claimant?
        var claimantStart: Int?
        var claimantEnd: Int?
        var figures: [Figure]
        var denial: Bool
        var accusation: Bool
        var firstToken: Int
        var lastToken: Int
    }

    let outlet: String
    /// The loaded theatres' words for their sides.
    let sides: SideWords
    /// Words a claimant's name is made of: `nameWords` and every word of a manifest's speakers.
    let claimantWords: Set<String>

    /// One-word province names ("batken", "sughd") and the country each is in: the side of their officials.
    let provinceSides: [String: String]

    /// Surnames of the people the report introduces with a side's office, and their sides (`introducedPeople`).
    var people: [String: String] = [:]

    init(outlet: String, sides: SideWords, provinces: [Province] = []) {
        self.outlet = outlet
        self.sides = sides
        claimantWords = Self.nameWords.union(sides.speakerWords)
        var provinceSides: [String: String] = [:]
        for p in provinces where sides.isSide(p.country) {
            var name = p.name.lowercased()
            for suffix in [" region", " province", " district"] where name.hasSuffix(suffix) {
                name.removeLast(suffix.count)
            }
            if !name.contains(" ") && provinceSides[name] == nil { provinceSides[name] = p.country }
        }
        self.provinceSides = provinceSides
    }

    /// Titles of a province's officials: "the head of Batken region", "the governor of Sughd".
    static let officeWords: Set<String> = [
        "head", "governor", "governors", "administration", "akim", "mayor", "chief", "council", "officials",
        "official", "authorities", "plenipotentiary", "envoy",
    ]

    /// The side of a province's officials named in `w` ("the head of Batken region" is Kyrgyzstan's).
    func officeSide(_ w: [String]) -> String? {
        guard w.contains(where: Self.officeWords.contains) else { return nil }
        let found = Set(w.compactMap { provinceSides[$0] })
        return found.count == 1 ? found.first : nil
    }

    static let verbs: Set<String> = [
        "said", "says", "claimed", "claims", "reported", "reports", "stated", "announced", "told",
        "confirmed", "accused", "accuses", "denied", "denies", "insisted", "added", "wrote", "tweeted",
        "alleged", "blamed", "dismissed", "rejected", "according", "reporting", "saying",
    ]
    static let killed: Set<String> = [
        "killed", "dead", "died", "death", "deaths", "killing", "perished", "fatalities", "lives", "lost", "slain",
        "martyred", "martyrs", "martyr", "bodies",
    ]
    static let wounded: Set<String> = [
        "wounded", "injured", "injuring", "wounding", "injuries", "hurt", "wounds", "hospitalized", "hospitalised",
    ]
    static let captured: Set<String> = [
        "captured", "capturing", "detained", "prisoner", "prisoners", "captive", "captives", "abducted", "hostage",
        "hostages",
    ]
    static let missing: Set<String> = ["missing", "unaccounted"]
    static let victims = Set<String>([
        "soldier", "soldiers", "servicemen", "serviceman", "troops", "people", "civilians", "civilian",
        "personnel", "residents", "villagers", "fighters", "members", "guards", "conscripts", "persons",
        "person", "man", "men", "women", "children", "lives", "others", "conscript", "fighter", "guard", "officer",
        "officers", "civilian", "child", "woman", "villager", "resident", "member", "citizen", "citizens",
        "nationals", "policeman", "policemen", "victims", "victim",
    ]).union(civilianNouns)
    static let totals: Set<String> = [
        "since", "far", "total", "toll", "overall", "date", "tally", "altogether", "cumulative",
    ]
    static let denials: Set<String> = [
        "denied", "denies", "dismissed", "rejected", "refuted", "false", "disinformation", "untrue",
    ]

    /// Words a claimant's name is made of besides capitalised ones.
    static let nameWords = Set<String>([
        "ministry", "of", "defence", "defense", "foreign", "affairs", "the", "authorities", "government",
        "military", "army", "forces", "president", "prime", "minister", "spokesperson", "spokesman",
        "spokeswoman", "for", "lawmaker", "officials", "official", "residents", "local", "villagers",
        "state", "border", "service", "security", "council", "press", "news", "agency", "deputy",
        "country’s", "country's", "its",
        "command", "headquarters", "guards", "troops", "side", "locals", "mp", "parliament", "office",
        "head", "governor", "region", "province", "district", "administration", "chief", "source", "sources",
        "police", "militia", "force",
    ]).union(titleWords)
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "later", "however", "also", "meanwhile", "then", "earlier", "again",
        "would", "will", "first", "previously", "already", "has been", "was", "is",
    ]

    /// "so far", "in total", "since the start", "since 27 September": the
    /// figures are a tally over many days. "The worst clashes since 2020" and
    /// "the bloodiest clash so far this year" compare, they do not count.
    static func isRunningTotal(_ clause: [String]) -> Bool {
        if clause.contains("total") || clause.contains("toll") || clause.contains("overall")
            || clause.contains("tally")
        {
            return true
        }
        return clause.indices.contains { k in
            (clause[k] == "since" || clause[k] == "so" && k + 1 < clause.count && clause[k + 1] == "far")
                && !DateReader.followsSuperlative(clause, k)
        }
    }

    static func kind(_ w: String) -> CasualtyKind? {
        if killed.contains(w) { return .killed }
        if wounded.contains(w) { return .wounded }
        if captured.contains(w) { return .captured }
        if missing.contains(w) { return .missing }
        return nil
    }

    /// Words that name a mediator or an outside power: the claim is a third party's.
    static let thirdParties: Set<String> = [
        "russia", "russian", "kremlin", "eu", "european", "us", "u.s", "un", "osce", "france", "french",
        "turkey", "turkish", "iran", "iranian", "moscow", "washington", "peacekeepers", "mission", "csto",
    ]

    /// The side words name (a theatre's side, by the manifests' words), or "third" for a mediator.
    func side(of words: [String]) -> String? {
        if let side = sides.side(of: words) { return side }
        return words.contains(where: Self.thirdParties.contains) ? "third" : nil
    }

    func claimant(_ words: [String], _ texts: [String]) -> Claimant? {
        let w = words.filter { !["the", "a", "its", "'s"].contains($0) }
        // Victims' words make a subject, not a speaker; "border guards" and "border troops" are a body that speaks.
        let isVictim = { (k: Int) in
            Self.victims.contains(w[k]) && !["residents", "villagers"].contains(w[k])
                && !(["guards", "guard", "troops"].contains(w[k]) && k > 0 && w[k - 1] == "border")
        }
        guard !w.isEmpty, !w.indices.contains(where: isVictim) else { return nil }
        if w.count <= 2,
            ["it", "he", "she", "they", "ministry", "government", "spokesperson", "spokesman", "statement"].contains(
                w.last!)
        {
            return nil
        }
        let joined = " " + w.joined(separator: " ") + " "
        let name = texts.drop { ["the", "The"].contains($0) }.joined(separator: " ").replacingOccurrences(
            of: " ’s", with: "’s")
        if joined.contains(" residents ") || joined.contains(" villagers ") || joined.contains(" locals ") {
            return Claimant(name: name, side: side(of: w) ?? "third", role: "residents")
        }
        if !outlet.isEmpty, name.lowercased().contains(outlet.lowercased()) {
            return Claimant(name: outlet, side: "third", role: "outlet")
        }
        let role: String
        if joined.contains("defence") || joined.contains("defense") || joined.contains(" mod") {
            role = "defence-ministry"
        } else if joined.contains("foreign") {
            role = "foreign-ministry"
        } else if joined.contains("prime minister") {
            role = "prime-minister"
        } else if joined.contains("president") {
            role = "president"
        } else if let leader = w.lazy.compactMap(sides.leader).first {
            role = leader.role
        } else if joined.contains("lawmaker") || joined.contains(" mp ") || joined.contains("deputy")
            || joined.contains("parliament")
        {
            role = "lawmaker"
        } else if joined.contains("army") || joined.contains("military") || joined.contains("forces")
            || joined.contains("border guard")
            || joined.contains("border service")
        {
            role = "military"
        } else if joined.contains("news") || joined.contains("agency") || joined.contains("media")
            || joined.contains("reporters")
        {
            role = "outlet"
        } else {
            role = "government"
        }
        guard
            let named = side(of: w) ?? sides.speakerSide(joined) ?? officeSide(w)
                ?? w.lazy.compactMap({ people[$0] }).first
        else {
            if role == "outlet" { return Claimant(name: name, side: "third", role: "outlet") }
            // "Human Rights Watch", "Amnesty International": an observer of neither side.
            let observer = joined.contains(" rights ") || joined.contains(" amnesty ")
            return observer ? Claimant(name: name, side: "third", role: "rights-group") : nil
        }
        return Claimant(name: name, side: named, role: named == "third" && role == "government" ? "mediator" : role)
    }

    /// Reads one clause (tokens `from...to` of the sentence).
    func read(_ s: ReportText.Sentence, from: Int, to: Int, inherited: Claimant?) -> Reading {
        let t = s.tokens
        let w = t.map(\.lower)
        var reading = Reading(
            claimant: nil, figures: [], denial: false, accusation: false, firstToken: from, lastToken: to)
        readClaimant(t, w, from: from, to: to, inherited: inherited, into: &reading)
        let inheritedOnly = reading.claimant == nil
        if inheritedOnly { reading.claimant = inherited }
        reading.denial = (from...to).contains { Self.denials.contains(w[$0]) }
        let side = reading.claimant?.side
        reading.figures = explicitZeros(t, w, from: from, to: to, claimantSide: side)
        let isTotal = Self.isRunningTotal(Array(w[from...to]))
        lossFigures(t, w, from: from, to: to, claimantSide: side, isTotal: isTotal, into: &reading.figures)
        // A speaker carried over from an earlier sentence does not announce the other party's own losses.
        if inheritedOnly, let c = reading.claimant, sides.isSide(c.side), !reading.figures.isEmpty,
            reading.figures.allSatisfy({ sides.isSide($0.side) && $0.side != c.side })
        {
            reading.claimant = nil
        }
        // A health ministry counts the dead and wounded its own hospitals register: the people it gives
        // without a side are its country's.
        if let c = reading.claimant, sides.isSide(c.side), Self.countsInItsHospitals(c.name) {
            for i in reading.figures.indices where reading.figures[i].side == "ALL" { reading.figures[i].side = c.side }
        }
        return reading
    }

    /// Whether a claimant counts casualties in its own side's hospitals: a health ministry, a hospital.
    static func countsInItsHospitals(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.contains("health") || lower.contains("hospital")
    }

    /// The claimant of a clause: "according to X", or the words before its first reporting verb.
    func readClaimant(
        _ t: [ReportText.Token], _ w: [String], from: Int, to: Int, inherited: Claimant?, into reading: inout Reading
    ) {
        func word(_ k: Int) -> String { k >= from && k <= to ? w[k] : "" }
        if let v = attributionAfterQuote(t, w, from: from, to: to)
            ?? (from...to).first(where: { Self.verbs.contains(w[$0]) && t[$0].isWord })
        {
            var a = v - 1, b = v - 1
            if word(v - 1) == ",", let (c, a, b) = claimantAfter(t, w, verb: v, to: to) {
                // "…, reports the Press Center of the Border Troops": the speaker follows its verb.
                reading.claimant = c; reading.claimantStart = t[a].start; reading.claimantEnd = t[b].end
                reading.accusation = ["accused", "accuses", "blamed"].contains(w[v])
                return
            }
            if w[v] == "according", word(v + 1) == "to" {
                (a, b) = accordingToSpan(t, w, after: v + 1, to: to)
            } else {
                // Back from the verb over the words a claimant's name is made of.
                // "The Kyrgyz border service, in turn, said": asides between the name and its verb.
                while b >= from,
                    t[b].isWord ? Self.auxiliaries.contains(w[b]) || w[b] == "turn" && word(b - 1) == "in" : w[b] == ","
                {
                    b -= w[b] == "turn" ? 2 : 1
                }
                // "Tajikistan on Thursday said": the day between the name and its verb is no part of the name.
                b -= Self.dayBeforeVerb(w, endingAt: b, from: from)
                a = b + 1
                let walkBack = {
                    while a - 1 >= from, t[a - 1].isWord, b - a < 8,
                        claimantWords.contains(w[a - 1])
                            || t[a - 1].isCapitalized && NumberWords.value(w[a - 1]) == nil
                    { a -= 1 }
                }
                walkBack()
                if let k = sourceHead(t, w, before: b, from: from), k < a {
                    a = k
                    walkBack()
                }
            }
            if a <= b, let c = seatedClaimant(t, w, a, b, from: from, to: to) {
                reading.claimant = c; reading.claimantStart = t[a].start; reading.claimantEnd = t[b].end
            }
            reading.accusation = ["accused", "accuses", "blamed"].contains(w[v])
        }
        // "… and Azerbaijan the death of one": the party after "and" speaks, with the verb of the clause before.
        if reading.claimant == nil, w[from] == "and", from + 1 <= to, let party = side(of: [w[from + 1]]),
            party != "third"
        {
            reading.claimant = Claimant(name: t[from + 1].text, side: party, role: inherited?.role ?? "government")
            reading.claimantStart = t[from + 1].start
            reading.claimantEnd = t[from + 1].end
        }
    }

    /// The length of a day told between a speaker and its verb ("on Thursday", "late on Monday", "on Friday
    /// evening", "today") ending at token `b`, or 0.
    static func dayBeforeVerb(_ w: [String], endingAt b: Int, from: Int) -> Int {
        func word(_ k: Int) -> String { k >= from && k < w.count ? w[k] : "" }
        if ["today", "yesterday"].contains(word(b)) { return 1 }
        var k = b
        if ["morning", "evening", "night", "afternoon"].contains(word(k)) { k -= 1 }
        guard DateReader.weekdays.contains(word(k)), word(k - 1) == "on" else { return 0 }
        k -= 2
        if ["late", "early", "earlier", "later"].contains(word(k)) { k -= 1 }
        return b - k
    }

    /// The tokens naming the speaker after "according to" (token `k`): the body that issued a statement ("a
    /// statement from the defence ministry"), with its seat ("the ministry in Yerevan"), which names its side.
    func accordingToSpan(_ t: [ReportText.Token], _ w: [String], after k: Int, to: Int) -> (Int, Int) {
        func word(_ i: Int) -> String { i <= to && i < w.count ? w[i] : "" }
        var a = k + 1
        if ["a", "the"].contains(word(a)), word(a + 1) == "statement", ["from", "by", "of"].contains(word(a + 2)) {
            a += 3
        }
        var b = a
        while b + 1 <= to, b - a < 7, t[b + 1].isWord, claimantWords.contains(w[b + 1]) || t[b + 1].isCapitalized {
            b += 1
        }
        if word(b + 1) == "in", b + 2 <= to, t[b + 2].isCapitalized, sides.state(of: [w[b + 2]]) != nil { b += 2 }
        return (a, b)
    }

    /// `… then they opened fire first," Sadykov said.`: the verb of a speaker named after a closing quote at the
    /// end of the clause, which the quote's own verbs ("they said that …") come before.
    func attributionAfterQuote(_ t: [ReportText.Token], _ w: [String], from: Int, to: Int) -> Int? {
        var v = to
        while v > from, !t[v].isWord { v -= 1 }
        guard v > from + 1, Self.verbs.contains(w[v]) else { return nil }
        var k = v - 1
        while k > from, t[k].isWord, claimantWords.contains(w[k]) || t[k].isCapitalized { k -= 1 }
        return k < v - 1 && ["\"", "”"].contains(w[k]) ? v : nil
    }

    /// Words that tie a source to the body it speaks from: "a source at …", "sources in …", "close to …".
    static let sourceTies: Set<String> = ["at", "in", "within", "inside", "close"]

    /// "A source in the Kyrgyz security agencies said": "source" tied by "at" or "in" to
    /// a body a few words before the verb heads the speaker's name, whatever words name that body.
    func sourceHead(_ t: [ReportText.Token], _ w: [String], before b: Int, from: Int) -> Int? {
        guard b > from else { return nil }
        for k in stride(from: b - 1, through: max(from, b - 8), by: -1) {
            guard t[k].isWord, !Self.verbs.contains(w[k]), Self.kind(w[k]) == nil else { return nil }
            if ["source", "sources"].contains(w[k]), Self.sourceTies.contains(w[k + 1]) { return k }
        }
        return nil
    }

    /// Words that may follow a speaker named after its verb: "…, said the ministry on Monday", "… in a statement".
    static let afterSpeaker: Set<String> = [
        "on", "in", "at", "late", "earlier", "today", "yesterday", "later", "adding", "citing", "according", "as",
        "after", "when", "while", "which", "who", "that",
    ]

    /// The speaker named right after a verb of saying ("…, said the Kyrgyz border service"), with its token range.
    func claimantAfter(_ t: [ReportText.Token], _ w: [String], verb v: Int, to: Int) -> (Claimant, Int, Int)? {
        let joiners: Set<String> = ["of", "the", "for", "and"]
        let a = v + 1
        guard a <= to, t[a].isWord, w[a] == "the" || t[a].isCapitalized else { return nil }
        var b = a
        while b + 1 <= to, t[b + 1].isWord, b - a < 20,
            claimantWords.contains(w[b + 1]) || t[b + 1].isCapitalized || joiners.contains(w[b + 1])
        { b += 1 }
        while b > a, joiners.contains(w[b]) { b -= 1 }
        // "Adybek Nabiev, said the Tajik side created the problem": a name followed by its own verb is
        // what was said, not who said it.
        if b + 1 <= to, t[b + 1].isWord, !Self.afterSpeaker.contains(w[b + 1]) { return nil }
        return claimant(Array(w[a...b]), t[a...b].map(\.text)).map { ($0, a, b) }
    }
}
