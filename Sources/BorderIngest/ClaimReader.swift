import BorderIncidents
import Foundation

/// One side's figure read from a sentence, with who said it.
public struct ClaimMention: Sendable {
    public var claimant: String
    /// "ARM", "AZE", "NK", or "third" (outlets, mediators, other governments).
    public var claimantSide: String
    public var role: String
    /// Whose losses: "ARM", "AZE", "NK" or "ALL".
    public var affectedSide: String
    public var civilians: Bool
    public var kind: CasualtyKind?
    public var figure: CasualtyFigure?
    /// A running total ("49 killed since hostilities began"), not one incident's toll.
    public var isTotal: Bool
    public var unconfirmed: Bool
    /// Scalar offsets of the figure (or of the claimant's words for a claim without one).
    public var start: Int
    public var end: Int
    public var confidence: Double
}

/// Reads who claims what in a sentence: the claimant (a ministry, an
/// official, an outlet, "local residents") mapped to a side, and the
/// figures killed / wounded / captured / missing per affected side —
/// numbers in words, floors, ranges, explicit zeros, running totals.
/// Contradicting figures stay separate mentions; none are merged.
public struct ClaimReader: Sendable {
    /// The outlet the report is from: the claimant when nobody else is.
    public var outlet: String

    public init(outlet: String) { self.outlet = outlet }

    static let kinds: [(CasualtyKind, Set<String>)] = [
        (.killed, ["killed", "dead", "died", "die", "deaths", "death", "lives", "fatalities", "killing", "perished", "lost", "slain", "toll"]),
        (.wounded, ["wounded", "injured", "injuring", "wounding", "hurt", "injuries", "wounds"]),
        (.captured, ["captured", "capturing", "detained", "detaining", "prisoner", "prisoners", "captive", "captives", "abducted", "pows", "pow"]),
        (.missing, ["missing", "unaccounted"]),
    ]

    static let speech = TextPattern("\\b(said|says|say|claimed|claims|claim|reported|reports|report|stated|announced|told|confirmed|added|insisted|alleged|wrote|tweeted|according to|accused|denied|admitted)\\b")
    static let zero = TextPattern("\\b(no (?:losses|casualties|deaths|dead|injuries|victims)|ruled out (?:any )?(?:casualties|losses)|(?:denied|rejected) (?:any |suffering )?(?:losses|casualties)|suffered no (?:losses|casualties)|nobody was (?:killed|hurt|injured|wounded)|no one was (?:killed|hurt|injured|wounded)|without (?:any )?(?:losses|casualties))\\b")
    static let total = TextPattern("\\b(since (?:the )?(?:hostilities|fighting|clashes|escalation|war)\\b|since (?:mid-|early |late )?(?:january|february|march|april|may|june|july|august|september|october|november|december)|so far|in total|to date|(?:death )?toll (?:has )?(?:risen|rose|climbed|reached|stands)|brings? the (?:death )?toll|altogether|overall)")
    static let unconfirmed = TextPattern("\\b(no (?:official |independent )?confirmation|unconfirmed|could not be (?:independently )?(?:verified|confirmed)|not (?:been )?(?:independently )?(?:verified|confirmed))\\b")

    public func mentions(in sentence: String) -> [ClaimMention] {
        let words = Words(sentence)
        let clauses = speakers(sentence)
        let isTotal = Self.total.contains(sentence)
        let unconfirmed = Self.unconfirmed.contains(sentence)
        var out: [ClaimMention] = []
        var usedNumbers = Set<Int>()
        for k in 0..<words.count {
            guard let kind = Self.kinds.first(where: { $0.1.contains(words[k].lower) })?.0 else { continue }
            // "lost" only with a person: "lost a soldier", "lost two servicemen".
            if words[k].lower == "lost", !(k + 2 < words.count && Self.isPerson(words[k + 2].lower) || k + 1 < words.count && Self.isPerson(words[k + 1].lower)) { continue }
            guard let (reading, affected, civilians) = figure(for: k, words, used: usedNumbers) else { continue }
            usedNumbers.insert(reading.at)
            let speaker = speaker(for: reading.start, clauses)
            var side = affected
            if side == "own" || side == nil { side = ["ARM", "AZE", "NK"].contains(speaker.side) ? speaker.side : (side == nil ? "ALL" : "ALL") }
            out.append(ClaimMention(claimant: speaker.name, claimantSide: speaker.side, role: speaker.role, affectedSide: side!,
                                    civilians: civilians, kind: kind, figure: reading.figure, isTotal: isTotal,
                                    unconfirmed: unconfirmed, start: min(reading.start, words[k].start),
                                    end: max(reading.end, words[k].end),
                                    confidence: speaker.fromOutlet ? 0.6 : 0.85))
        }
        for m in Self.zero.matches(in: sentence) {
            let speaker = speaker(for: m.start, clauses)
            let side = ["ARM", "AZE", "NK"].contains(speaker.side) ? speaker.side : (Self.nationality(in: sentence) ?? "ALL")
            out.append(ClaimMention(claimant: speaker.name, claimantSide: speaker.side, role: speaker.role, affectedSide: side,
                                    civilians: false, kind: .killed, figure: CasualtyFigure(exactly: 0), isTotal: false,
                                    unconfirmed: unconfirmed, start: m.start, end: m.end, confidence: 0.8))
        }
        return out
    }

    static let persons: Set<String> = ["soldier", "soldiers", "serviceman", "servicemen", "servicemembers", "troops", "people",
                                       "person", "persons", "civilian", "civilians", "residents", "villagers", "fighters",
                                       "conscripts", "conscript", "officer", "officers", "guards", "guard", "personnel",
                                       "military", "men", "women", "children", "child", "lives", "members", "ranks"]

    static func isPerson(_ w: String) -> Bool { persons.contains(w) }

    /// The number belonging to the casualty word at `k`: before it ("three
    /// soldiers were killed") or, for "killing"/"death of" forms, after it
    /// ("killing one person"); and whose losses the words between say.
    private func figure(for k: Int, _ words: Words, used: Set<Int>) -> (NumberWords.Reading, String?, Bool)? {
        let lower = words[k].lower
        let forwardFirst = lower.hasSuffix("ing") || ["death", "deaths", "lost", "toll"].contains(lower)
        func search(_ range: [Int]) -> NumberWords.Reading? {
            for j in range where !used.contains(j) {
                // Do not read across another casualty word or a clause break.
                if j != k, Self.kinds.contains(where: { $0.1.contains(words[j].lower) }) && !["dead", "killed"].contains(words[j].lower) { return nil }
                if let r = NumberWords.reading(words, at: j) {
                    // "a" and "an" count only before a person word: "a soldier was killed".
                    if ["a", "an"].contains(words[j].lower), !(j + 1 < words.count && (Self.isPerson(words[j + 1].lower) || j + 2 < words.count && Self.isPerson(words[j + 2].lower))) { continue }
                    return r
                }
            }
            return nil
        }
        let backward = Array(stride(from: k - 1, through: max(0, k - 9), by: -1))
        let forward = Array((k + 1)..<min(words.count, k + 6))
        guard let r = forwardFirst ? (search(forward) ?? search(backward)) : (search(backward) ?? search(forward)) else { return nil }
        let lo = min(r.first, k), hi = max(r.at, k)
        let span = (lo...min(words.count - 1, hi + 3)).map { words[$0].lower }
        let civilians = span.contains { ["civilian", "civilians", "residents", "villagers", "children", "women"].contains($0) }
        var side: String?
        for w in span {
            if let s = Self.sideOfAdjective(w) { side = s; break }
            if ["its", "their", "our", "his", "her"].contains(w) { side = "own"; break }
        }
        if side == nil, span.contains("people") && !civilians { side = "ALL" }
        return (r, side, civilians)
    }

    static func sideOfAdjective(_ w: String) -> String? {
        switch Words.stem(w) {
        case "armenian", "armenians", "armenia": "ARM"
        case "azerbaijani", "azerbaijanis", "azeri", "azeris", "azerbaijanian", "azerbaijan": "AZE"
        case "karabakh", "artsakh": "NK"
        default: nil
        }
    }

    static func nationality(in text: String) -> String? {
        for w in Words(text).items { if let s = sideOfAdjective(w.lower) { return s } }
        return nil
    }

    struct Speaker {
        var name: String
        var side: String
        var role: String
        var fromOutlet: Bool
        /// Where the speech verb is; the claimant speaks for what follows it.
        var at: Int
    }

    /// Every speech clause in the sentence: "X said", "according to X".
    private func speakers(_ sentence: String) -> [Speaker] {
        var out: [Speaker] = []
        let scalars = Array(sentence.unicodeScalars)
        for m in Self.speech.matches(in: sentence) {
            var phrase: String
            if m.text.lowercased() == "according to" {
                var e = m.end
                while e < scalars.count, ![",", ".", ";", ":"].contains(scalars[e]) { e += 1 }
                phrase = String(String.UnicodeScalarView(scalars[m.end..<e]))
            } else {
                // The words before the verb, back to a clause break.
                var s = m.start
                while s > 0, ![",", ";", ":", "—", "“", "\"", "(", "."].contains(scalars[s - 1]) { s -= 1 }
                phrase = String(String.UnicodeScalarView(scalars[s..<m.start]))
                for joiner in [" while ", " whereas ", " and ", " but ", " as ", " which ", " that "] {
                    if let r = phrase.range(of: joiner, options: .backwards) { phrase = String(phrase[r.upperBound...]) }
                }
                for aux in ["has ", "have ", "had ", "also ", "later ", "meanwhile ", "Meanwhile ", "then ", "previously "] {
                    phrase = phrase.replacingOccurrences(of: " " + aux, with: " ")
                    if phrase.hasSuffix(" " + aux.trimmingCharacters(in: .whitespaces)) { phrase = String(phrase.dropLast(aux.count)) }
                }
            }
            phrase = phrase.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "‘’'\"")))
            guard !phrase.isEmpty, phrase.count < 90, phrase.first?.isUppercase == true || phrase.hasPrefix("the ") || phrase.hasPrefix("local") else { continue }
            let (side, role) = Self.classify(phrase)
            out.append(Speaker(name: phrase, side: side, role: role, fromOutlet: false, at: m.start))
        }
        return out
    }

    /// The clause that speaks for a figure at `offset`: the nearest speech
    /// verb before it, else the first after it, else the outlet itself.
    private func speaker(for offset: Int, _ clauses: [Speaker]) -> Speaker {
        if let before = clauses.last(where: { $0.at <= offset }) { return before }
        if let after = clauses.first { return after }
        return Speaker(name: outlet, side: "third", role: "outlet", fromOutlet: true, at: 0)
    }

    static func classify(_ phrase: String) -> (side: String, role: String) {
        let p = phrase.lowercased()
        var side = "third"
        if p.contains("karabakh") || p.contains("artsakh") || p.contains("stepanakert") { side = "NK" }
        else if p.contains("armenia") || p.contains("yerevan") || p.contains("pashinyan") { side = "ARM" }
        else if p.contains("azerbaijan") || p.contains("azeri") || p.contains("baku") || p.contains("aliyev") || p.contains("bayramov") { side = "AZE" }
        let role: String
        if p.contains("defence") || p.contains("defense") || p.contains("mod") { role = "defence-ministry" }
        else if p.contains("foreign") { role = "foreign-ministry" }
        else if p.contains("prime minister") { role = "prime-minister" }
        else if p.contains("president") { role = "president" }
        else if p.contains("lawmaker") || p.contains("mp ") || p.contains("parliament") || p.contains("ombudsman") { role = "lawmaker" }
        else if p.contains("military") || p.contains("army") || p.contains("forces") || p.contains("border guard") || p.contains("border service") { role = "military" }
        else if p.contains("resident") || p.contains("villager") || p.contains("locals") { role = "residents" }
        else if side != "third" { role = "government" }
        else { role = "other" }
        return (side, role)
    }
}
