import BorderIncidents

/// The kind of event a sentence reports, from its words (after ACLED's
/// types): fighting (clash, shelling, incursion, capture), a ceasefire, a
/// war recalled, or only a statement. A ceasefire "violation" is fighting.
enum EventTyper {
    struct Reading {
        var type: EventType
        /// Index of the word that decided it.
        var token: Int
        var confidence: Double
    }

    static let shelling: Set<String> = [
        "shelling", "shelled", "shell", "shells", "artillery", "mortar", "mortars", "bombardment",
        "bombarded", "bombing", "drone", "drones", "missile", "missiles", "rocket", "rockets", "howitzer",
    ]
    static let clash: Set<String> = [
        "clash", "clashes", "clashed", "fighting", "firefight", "shootout", "shoot-out", "gunfire",
        "skirmish", "skirmishes", "battle", "battles", "hostilities", "fought", "exchanged", "fire", "fired", "firing",
        "shot",
        "attack", "attacked", "attacks", "offensive", "sniper", "shooting", "shootings", "aggression",
    ]
    static let incursion: Set<String> = [
        "incursion", "incursions", "advance", "advanced", "advancing", "advances", "crossed",
        "infiltrated", "infiltration", "occupied", "encroached", "intrusion", "entered", "invasion",
    ]
    static let capture: Set<String> = [
        "captured", "capturing", "capture", "detained", "abducted", "prisoner", "prisoners", "captive", "seized",
    ]
    static let ceasefire: Set<String> = ["ceasefire", "cease-fire", "truce", "armistice"]
    static let statement: Set<String> = [
        "accused", "accuses", "blamed", "urged", "called", "condemned", "denied", "warned", "said", "says",
    ]
    static let breaches: Set<String> = [
        "violated", "violating", "violation", "violations", "broke", "breach", "breached", "ignored", "ignoring",
        "disregarded",
    ]

    /// The event a sentence reports, if any. `capture` wins only when the
    /// sentence has no other fighting; a recalled war is `war`.
    static func read(_ w: [String]) -> Reading? {
        func first(_ set: Set<String>) -> Int? { w.firstIndex(where: set.contains) }
        if let war = recalledWar(w) { return war }
        if let k = halt(w) { return Reading(type: .ceasefire, token: k, confidence: 0.6) }
        let fire = w.indices.filter { k in
            clash.contains(w[k])
                && (w[k] != "fire"
                    || [
                        "opened", "open", "opening", "exchanged", "traded", "trading", "returned", "under", "heavy",
                        "came", "sniper", "small-arms", "automatic",
                    ].contains(k > 0 ? w[k - 1] : "") || (k > 1 && w[k - 2] == "subjected")
                    || (k > 1 && w[k - 1] == "of" && ["exchange", "exchanges"].contains(w[k - 2])))
                && (w[k] != "attack" || !w.contains("heart")) && !isAppealToStop(w, k) && !isNegated(w, k)
        }
        // A ceasefire unless fighting is named before it ("exchanged fire …, the deadliest since a ceasefire").
        if let k = first(ceasefire), (fire.first ?? Int.max) > k, (first(shelling) ?? Int.max) > k,
            !isAppealToKeep(w, k), !namesNoCeasefire(w, k)
        {
            if let b = first(breaches) { return Reading(type: .armedClash, token: b, confidence: 0.5) }
            return Reading(type: .ceasefire, token: k, confidence: 0.7)
        }
        if let k = overflight(w), fire.isEmpty { return Reading(type: .incursion, token: k, confidence: 0.6) }
        if let k = first(shelling), !isWeaponOfAClash(w, k) {
            return Reading(type: .shelling, token: k, confidence: 0.75)
        }
        if let k = first(incursion) ?? attemptedSeizure(w) ?? borderAdjustment(w), fire.isEmpty {
            return Reading(type: .incursion, token: k, confidence: 0.7)
        }
        if let k = fire.first { return Reading(type: .armedClash, token: k, confidence: 0.75) }
        if let k = stoning(w) { return Reading(type: .armedClash, token: k, confidence: 0.6) }
        if let k = first(capture) { return Reading(type: .capture, token: k, confidence: 0.7) }
        if let k = provocationWithLosses(w) { return Reading(type: .armedClash, token: k, confidence: 0.5) }
        // "An armed incident between the border guards", "erupted into armed conflict": fighting, whatever verb follows.
        if let k = w.firstIndex(where: { ["incident", "incidents", "conflict"].contains($0) }), k > 0,
            w[k - 1] == "armed"
        {
            return Reading(type: .armedClash, token: k, confidence: 0.5)
        }
        // "The incident happened at the Yeraskh section on Wednesday", "another border incident began yesterday":
        // on a border, an incident is fighting. A verb past a comma is another subject's ("a meeting, held at the
        // scene of the incident, took place at 12.20").
        if let k = w.firstIndex(of: "incident"), k > 0, ["the", "border", "an", "another"].contains(w[k - 1]),
            w[(k + 1)...].prefix(3).prefix(while: { $0 != "," }).contains(where: {
                ["happened", "occurred", "occured", "took", "began", "erupted", "broke"].contains($0)
            })
        {
            return Reading(type: .armedClash, token: k, confidence: 0.4)
        }
        if let k = officialAct(w) ?? borderSettlement(w) { return Reading(type: .statement, token: k, confidence: 0.5) }
        if let k = first(statement) { return Reading(type: .statement, token: k, confidence: 0.5) }
        return nil
    }

    /// "the 44-day war", "the war of 2020", "six weeks of fighting": a war recalled, or nil.
    static func recalledWar(_ w: [String]) -> Reading? {
        if let k = w.firstIndex(where: { $0 == "war" || $0 == "wars" }),
            w.indices.contains(where: { j in
                abs(j - k) <= 4
                    && (w[j].hasSuffix("-day") || w[j].hasSuffix("-week")
                        || Int(w[j]).map { (1990...2030).contains($0) } == true || DateReader.decadeYear(w[j]) != nil
                        || ["last", "second", "first", "previous"].contains(w[j]))
            })
        {
            return Reading(type: .war, token: k, confidence: 0.7)
        }
        if let k = recalledCampaign(w) { return Reading(type: .war, token: k, confidence: 0.6) }
        if let k = w.firstIndex(of: "weeks") ?? w.firstIndex(of: "days"), k > 0, NumberWords.value(w[k - 1]) != nil,
            k + 2 < w.count, w[k + 1] == "of", ["fighting", "war", "hostilities"].contains(w[k + 2])
        {
            return Reading(type: .war, token: k, confidence: 0.6)
        }
        return nil
    }

    static let appeals: Set<String> = [
        "urge", "urged", "urges", "urging", "call", "called", "calls", "calling", "appeal", "appealed", "appeals",
    ]

    /// Words before "ceasefire" in an appeal for one: "the ceasefire", "a lasting ceasefire", "an immediate truce".
    static let wishedCeasefire: Set<String> = [
        "the", "a", "an", "lasting", "durable", "permanent", "sustainable", "immediate", "full", "complete",
    ]

    /// "We urge both parties to comply with their obligations under the ceasefire", "called on both sides to
    /// engage in dialogue for a lasting ceasefire": an appeal to keep or to reach a ceasefire names no ceasefire
    /// of the day.
    static func isAppealToKeep(_ w: [String], _ k: Int) -> Bool {
        k > 0 && wishedCeasefire.contains(w[k - 1]) && w[..<k].contains(where: appeals.contains)
    }

    static let attempts: Set<String> = ["attempt", "attempts", "attempted", "attempting", "tried", "trying"]

    /// "attempting to illegally seize the water point": an attempt to seize ground is an incursion. The index of
    /// "seize", or nil (a seizure told as done is a capture).
    static func attemptedSeizure(_ w: [String]) -> Int? {
        guard let a = w.firstIndex(where: attempts.contains) else { return nil }
        return w[a...].firstIndex(of: "seize")
    }

    /// Whether the event word at `k` is only attempted ("an attempt to advance", "tried to cross").
    static func isAttempt(_ w: [String], _ k: Int) -> Bool {
        w[..<k].contains(where: attempts.contains)
    }

    static let accords: Set<String> = [
        "agreement", "agreements", "statement", "declaration", "protocol", "protocols", "accord", "memorandum",
        "treaty",
    ]

    /// "the trilateral statement, signed on 10 November 2020", "a protocol was signed", "the protocol of the
    /// commissions was signed": an accord signed is an event of its own day, told even when recalled. The accord
    /// may be up to six words before "signed" within its clause. The index of "signed", or nil.
    static func signing(_ w: [String]) -> Int? {
        guard let k = w.firstIndex(of: "signed"), !isPlannedSigning(w, k) else { return nil }
        if w[max(0, k - 4)..<min(w.count, k + 4)].contains(where: accords.contains) { return k }
        let before = w[max(0, k - 6)..<k]
        let clauseStart = before.lastIndex { $0 == "," || $0 == ";" }.map { $0 + 1 } ?? before.startIndex
        return before[clauseStart...].contains(where: accords.contains) ? k : nil
    }

    /// Verbs that throw stones.
    static let throwing: Set<String> = ["threw", "throw", "throwing", "throws", "hurled", "hurling", "pelted"]

    /// "residents threw stones at a car", "the car was stoned", "stone-throwing": a fight with stones between the
    /// two sides' people is a clash, as the border services report it. The index of the word, or nil.
    static func stoning(_ w: [String]) -> Int? {
        w.indices.first { k in
            ["stoned", "stone-throwing"].contains(w[k])
                || w[k] == "stones" && w[max(0, k - 3)..<k].contains(where: throwing.contains)
        }
    }

    /// Words that open a crossing, and the crossings they open.
    static let openings: Set<String> = [
        "opening", "opened", "reopening", "reopened", "inaugurated", "inauguration", "inaugurating",
    ]
    static let crossings: Set<String> = [
        "checkpoint", "checkpoints", "crossing", "crossings", "post", "posts", "outpost", "outposts",
    ]

    /// "took part in a virtual opening of the X checkpoint", "the border crossing was reopened": a crossing opened
    /// is an official act of its day, as an accord signed is. The index of the opening word, or nil; "opened fire
    /// on a post" opens no post.
    static func opening(_ w: [String]) -> Int? {
        w.indices.first { k in
            openings.contains(w[k]) && (k + 1 == w.count || w[k + 1] != "fire")
                && w[max(0, k - 4)..<min(w.count, k + 9)].contains(where: crossings.contains)
        }
    }

    /// An accord signed or a crossing opened: an official act that is an event of its own.
    static func officialAct(_ w: [String]) -> Int? { signing(w) ?? opening(w) }

    /// Clashes named first, with the artillery among their weapons ("clashes involving tanks and artillery",
    /// "fighting with mortars"): the event is the clash, as ACLED codes fighting between two forces.
    static let clashNouns: Set<String> = [
        "clash", "clashes", "fighting", "firefight", "skirmish", "skirmishes", "battle", "battles", "hostilities",
    ]
    static let weaponCues: Set<String> = ["involving", "with", "using", "including"]

    static func isWeaponOfAClash(_ w: [String], _ k: Int) -> Bool {
        guard let c = w.firstIndex(where: clashNouns.contains), c < k else { return false }
        return w[max(c + 1, k - 4)..<k].contains(where: weaponCues.contains)
    }

    /// Whether two readings can be one incident: any two kinds of fighting can.
    static func family(_ t: EventType) -> String {
        switch t {
        case .armedClash, .shelling, .incursion, .capture: "fighting"
        default: t.rawValue
        }
    }
}
