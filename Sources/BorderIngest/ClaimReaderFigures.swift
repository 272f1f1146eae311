import BorderIncidents

/// The loss figures of one clause: each word of loss ("killed", "wounded",
/// "captured", "missing") with the number that counts it, the side it hit
/// and whether the victims were civilians.
extension ClaimReader {
    /// Tokens `from...to` of a sentence, with the words lower-cased.
    struct Clause {
        let t: [ReportText.Token]
        let w: [String]
        let from: Int
        let to: Int

        /// The word at `k`, or "" outside the clause.
        func word(_ k: Int) -> String { k >= from && k <= to ? w[k] : "" }
    }

    /// A figure read for a loss word and the tokens it took.
    struct FoundFigure {
        var figure: CasualtyFigure
        var first: Int
        var last: Int
    }

    /// Figures: a number near a word of loss, its side, civilians and whether it is a running total.
    func lossFigures(
        _ t: [ReportText.Token], _ w: [String], from: Int, to: Int, claimantSide: String?, isTotal: Bool,
        into figures: inout [Figure]
    ) {
        let c = Clause(t: t, w: w, from: from, to: to)
        var used = Set<Int>()
        for j in from...to {
            guard let kind = lossKind(c, at: j) else { continue }
            if !looksAhead(c, j), !countsObject(c, j), let list = victimList(before: j, c),
                !list.contains(where: { used.contains($0.first) })
            {
                for item in list {
                    for k in item.first...item.last { used.insert(k) }
                    figures.append(
                        listedFigure(
                            item, lossWord: j, kind: kind, c, claimantSide: claimantSide, isTotal: isTotal,
                            earlier: figures))
                }
                continue
            }
            guard let found = figure(forLossWord: j, c, used: used) else { continue }
            let (a, b) = (found.first, found.last)
            // Between the figure and the loss word another loss word with its own figure would own it.
            let lo = min(a, j), hi = max(b, j)
            if (lo...hi).contains(where: { $0 != j && Self.kind(w[$0]) != nil && $0 > b }) && a < j { continue }
            for k in a...b { used.insert(k) }
            let around = max(from, lo - 2)...min(to, hi + 3)
            let side = affectedSide(
                c, found, lossWord: j, around: around, kind: kind, claimantSide: claimantSide, earlier: figures)
            figures.append(
                Figure(
                    side: side, kind: kind, figure: found.figure,
                    civilians: Self.namesCivilians(Array(w[a > j ? around : victimPhrase(c, found, lossWord: j)])),
                    isTotal: isTotal, start: t[lo].start, end: t[hi].end, firstToken: lo, lastToken: hi))
            if let parts = civilianBreakdown(after: hi, c, total: found.figure), let whole = figures.popLast() {
                for part in parts {
                    for k in part.first...part.last { used.insert(k) }
                    figures.append(
                        Figure(
                            side: whole.side, kind: kind, figure: part.figure, civilians: part.civilians,
                            isTotal: isTotal, start: t[part.first].start, end: t[part.last].end,
                            firstToken: part.first, lastToken: part.last))
                }
            }
            figures += conjoinedFigures(
                after: found, lossWord: j, kind: kind, c, claimantSide: claimantSide, isTotal: isTotal, used: &used,
                earlier: figures)
        }
    }

    /// The figure of one side's victims listed before loss word `j`; the side, when no item names it,
    /// as for a single figure.
    func listedFigure(
        _ item: ListedVictims, lossWord j: Int, kind: CasualtyKind, _ c: Clause, claimantSide: String?, isTotal: Bool,
        earlier: [Figure]
    ) -> Figure {
        let side =
            item.side
            ?? affectedSide(
                c, FoundFigure(figure: item.figure, first: item.first, last: item.last), lossWord: j,
                around: max(c.from, item.first - 2)...min(c.to, j + 3), kind: kind, claimantSide: claimantSide,
                earlier: earlier)
        return Figure(
            side: side, kind: kind, figure: item.figure, civilians: item.civilians, isTotal: isTotal,
            start: c.t[item.first].start, end: c.t[j].end, firstToken: item.first, lastToken: j)
    }

    /// The kind of loss the word at `j` names, or nil when it names none here
    /// ("lost" without a count, "their lives", "the missing", "dead end").
    func lossKind(_ c: Clause, at j: Int) -> CasualtyKind? {
        let w = c.w
        // "was shot in the stomach": wounded.
        if w[j] == "shot", c.word(j + 1) == "in", ["the", "his", "her"].contains(c.word(j + 2)) { return .wounded }
        // "hit two of our guards", "hit a soldier": wounded, when what was hit is counted people (not "hit a car").
        if w[j] == "hit", NumberWords.value(c.word(j + 1)) != nil,
            ((j + 2)...(j + 4)).contains(where: { Self.victims.contains(c.word($0)) })
        {
            return .wounded
        }
        // "eight victims sought medical help", "needed medical treatment": wounded.
        if ["sought", "seek", "seeking", "needed", "received", "required"].contains(w[j]), c.word(j + 1) == "medical" {
            return .wounded
        }
        // "received a gunshot wound", "sustained a leg wound": wounded.
        if w[j] == "wound", woundVerb(before: j, c) != nil { return .wounded }
        guard var kind = Self.kind(w[j]) else { return nil }
        // "fatally wounded", "mortally wounded": killed.
        if kind == .wounded, ["fatally", "mortally"].contains(c.word(j - 1)) { kind = .killed }
        // "communication with 24 servicemen was lost", "lost contact with two soldiers": missing.
        if w[j] == "lost",
            ["contact", "communication"].contains(c.word(j + 1))
                || (max(c.from, j - 6)..<j).contains(where: { ["contact", "communication"].contains(w[$0]) })
        {
            return .missing
        }
        // "lost a soldier", "lost two servicemen", but not "lost two positions".
        if w[j] == "lost",
            !(c.word(j + 1) == "a" || NumberWords.value(c.word(j + 1)) != nil)
                || !((j + 2)...(j + 4)).contains(where: { Self.victims.contains(c.word($0)) })
        {
            return nil
        }
        if w[j] == "lives" && c.word(j - 1) == "their" { return nil }
        if ["dead", "missing"].contains(w[j]) && (c.word(j + 1) == "end" || c.word(j - 1) == "the") { return nil }
        return kind
    }

    /// The verb of "received a gunshot wound", "sustained a leg wound" within three words before "wound" at `j`.
    func woundVerb(before j: Int, _ c: Clause) -> Int? {
        (max(c.from, j - 3)..<j).last { ["received", "sustained", "suffered", "got"].contains(c.w[$0]) }
    }

    /// The number that counts the loss word at `j`: behind it first ("five soldiers were killed"), ahead
    /// first for "killing", "lost" and "the death of" ("killing two soldiers").
    func figure(forLossWord j: Int, _ c: Clause, used: Set<Int>) -> FoundFigure? {
        let w = c.w
        let back =
            j > c.from
            ? Array(stride(from: j - 1, through: max(c.from, j - backReach(w, j, from: c.from)), by: -1)) : []
        let ahead = j < c.to ? Array((j + 1)...min(c.to, j + 4)) : []
        // "killed at least eight": a qualifier right after the loss word leads to its number.
        let near = Self.figureQualifiers.contains(c.word(j + 1)) ? 4 : 2
        let order =
            looksAhead(c, j) || countsObject(c, j) ? ahead + back : back + ((j + 1)...(j + near)).filter { $0 <= c.to }
        for n in order where !used.contains(n) {
            if let found = figure(at: n, lossWord: j, c) { return found }
        }
        if let tally = tallyFigure(after: j, c, used: used) { return tally }
        return namedVictim(before: j, c).flatMap { found in used.contains(found.first) ? nil : found }
    }

    /// Whether the loss word at `j` is counted by the number after it: "killing two", "lost a soldier",
    /// "the deaths of three".
    func looksAhead(_ c: Clause, _ j: Int) -> Bool {
        let w = c.w[j]
        return w.hasSuffix("ing") || w == "lost" || w == "hit"
            || ((w == "death" || w == "deaths") && c.word(j + 1) == "of")
    }

    /// The figure whose number is token `n`, with the qualifiers before it ("at least", "more than a"), or
    /// nil when that token is no count of the loss word at `j`.
    func figure(at n: Int, lossWord j: Int, _ c: Clause) -> FoundFigure? {
        let w = c.w
        guard n >= c.from, n <= c.to else { return nil }
        // "its soldier", "our commander", "another Armenian soldier": one.
        if ["its", "our", "another"].contains(w[n]), isOneVictim(after: n, c, nouns: Self.singleVictims) {
            return FoundFigure(figure: CasualtyFigure(exactly: 1), first: n, last: n)
        }
        if let named = namedVictim(at: n, lossWord: j, c) { return named }
        guard NumberWords.value(w[n]) != nil || ["dozens", "hundreds", "dozen"].contains(w[n]) else { return nil }
        if w[n] == "a" || w[n] == "an" {
            // "a soldier", "a 76-year-old man" are one; "a" before other words is no figure.
            guard c.word(n + 1) == "dozen" || isOneVictim(after: n, c, nouns: Self.victims) else { return nil }
        }
        // "two of them officers", "including 42 servicemen": part of a figure given before.
        if c.word(n + 1) == "of" && ["them", "whom"].contains(c.word(n + 2)) || c.word(n - 1) == "including" {
            return nil
        }
        if isDayOrYear(n, c) || isAgeAfterAName(n, c) || Self.measureWords.contains(c.word(n + 1)) { return nil }
        if w[n] == "one" && c.word(n + 1) == "of" && !isOneOfVictims(n, c) { return nil }
        // "… went missing, 293 servicemen were wounded": a number after the loss word with a
        // loss word of its own after it, one that looks back for its figure, is that word's
        // ("killed two soldiers and wounded three": "wounded" has its own).
        // "killed three soldiers and wounded several others": a verb joined by "and" or a comma that has an
        // object of its own counts that object, not the number before it.
        if n > j, n < c.to,
            ((n + 1)...min(c.to, n + 4)).contains(where: { m in
                Self.kind(w[m]) != nil && !w[m].hasSuffix("ing") && w[m] != "lost"
                    && NumberWords.value(c.word(m + 1)) == nil && !Self.figureQualifiers.contains(c.word(m + 1))
                    && !isJoinedVerbWithObject(m, c)
            })
        {
            return nil
        }
        // The qualifiers before the number: "at least", "more than a", "up to".
        for k in stride(from: max(c.from, n - 3), through: n, by: 1) {
            if let (f, length) = NumberWords.figure(w, at: k), k + length - 1 >= n, k + length - 1 <= n + 2 {
                return FoundFigure(figure: f, first: k, last: k + length - 1)
            }
        }
        return nil
    }

    /// Words that open a loss verb's own uncounted object: "wounded several others", "injured dozens".
    static let vagueObjects: Set<String> = [
        "several", "others", "other", "dozens", "scores", "many", "more", "hundreds", "some", "numerous",
    ]

    /// Whether the loss word at `m` is a verb joined to the one before it by "and" or a comma, with an uncounted
    /// object of its own after it ("… and wounded several others", "…, injured dozens").
    func isJoinedVerbWithObject(_ m: Int, _ c: Clause) -> Bool {
        ["and", ","].contains(c.word(m - 1)) && Self.vagueObjects.contains(c.word(m + 1))
    }

    /// "one of its soldiers", "one of the Tajik citizens": whether the "of" after the "one" at `n` names
    /// victims, over "the" and a side's word.
    func isOneOfVictims(_ n: Int, _ c: Clause) -> Bool {
        var k = n + 2
        if ["its", "our", "their"].contains(c.word(k)) { return true }
        if c.word(k) == "the" { k += 1 }
        if side(of: [c.word(k)]) != nil { k += 1 }
        if c.word(k) == "border" { k += 1 }
        return Self.victims.contains(c.word(k))
    }

    /// Whether a victim's noun follows token `n`, over a side's word and an age: "soldier", "Armenian
    /// soldier", "76-year-old man".
    func isOneVictim(after n: Int, _ c: Clause, nouns: Set<String>) -> Bool {
        var k = n + 1
        if side(of: [c.word(k)]) != nil { k += 1 }
        if Self.isAge(c.word(k)) { k += 1 }
        if Self.serviceModifiers.contains(c.word(k)) { k += 1 }
        return nouns.contains(c.word(k))
    }

    /// Money and measures a number may count instead of people: "over 500,000 rubles", "3 km".
    static let measureWords: Set<String> = [
        "rubles", "roubles", "dollars", "euros", "somoni", "soms", "som", "manats", "drams", "tenge", "usd",
        "km", "kilometres", "kilometers", "metres", "meters", "m", "hectares", "tonnes", "tons", "percent", "%",
    ]

    /// Words that open a figure's qualifier: "at least", "more than", "up to", "some".
    static let figureQualifiers: Set<String> = [
        "at", "more", "over", "up", "as", "some", "about", "around", "nearly", "almost", "approximately", "roughly",
    ]

    /// How far back a loss word looks for its figure: seven words, or across a victim's "of" phrase
    /// ("a soldier of the State Border Service of Kyrgyzstan was wounded"; "two members of the country's
    /// security service suffered wounds").
    func backReach(_ w: [String], _ j: Int, from: Int) -> Int {
        let reach = victimPhraseReach(w, j, from: from)
        // "four of its troops – two of them officers – were killed": an aside on part of the victims.
        let aside = (max(from, j - reach)..<j).contains { k in
            ["including", "both"].contains(w[k]) && k > from && [",", "–", "—", "("].contains(w[k - 1])
                || ["them", "whom"].contains(w[k]) && k - 1 >= from && w[k - 1] == "of"
        }
        // "one of the Tajik citizens received a gunshot wound": the loss takes three words after its victims.
        let told = w[j] == "wound" ? 3 : 0
        return (aside ? reach + 6 : reach) + told
    }

    /// Seven words, or the words of a victim's "of" phrase.
    func victimPhraseReach(_ w: [String], _ j: Int, from: Int) -> Int {
        let reach = 7
        // Only the words of the name in between: no other loss word, no verb of saying. The first of a chain
        // counts: "four servicemen of the border troops of Tajikistan".
        let nameOnly = { (v: Int) -> Bool in
            !w[(v + 1)..<j].contains { Self.kind($0) != nil || Self.verbs.contains($0) }
        }
        let heads = stride(from: j - 1, through: max(from, j - 14), by: -1).filter { v in
            v + 1 < j && Self.victims.contains(w[v]) && w[v + 1] == "of"
        }
        guard let v = heads.last(where: nameOnly) else { return reach }
        return max(reach, j - max(from, v - 3))
    }

    /// The side a figure's victims are on: a nationality or "its"/"our" between the figure and its loss word
    /// first, then the words around them, then the figure before it of another kind, then the claimant's.
    func affectedSide(
        _ c: Clause, _ found: FoundFigure, lossWord j: Int, around range: ClosedRange<Int>, kind: CasualtyKind,
        claimantSide: String?, earlier: [Figure]
    ) -> String {
        let a = found.first
        let inner = victimWords(c, victimPhrase(c, found, lossWord: j))
        let around = victimWords(c, range)
        // "seven soldiers from both sides": the figure is of both, whoever speaks.
        if isOfBothSides(c, after: max(found.last, j)) { return "ALL" }
        // "Azerbaijan lost three soldiers and Armenia …": the subject of "lost" first, over words the phrase runs into.
        var side: String? =
            losingSide(c, lossWord: j)
            ?? (inner.contains("its") || inner.contains("our") ? claimantSide : self.side(of: inner))
        // "one Armenian soldier was killed and another wounded after Azerbaijani fire": "another" is the first's.
        if side == nil, c.w[a] == "another" { side = earlier.last(where: { $0.kind != kind })?.side }
        if side == nil {
            // The scene right after the loss word ("17 injured on the Tajik side") is its own, before any earlier one.
            let closing = sceneSide(c, after: max(found.last, j))
            let adjoining = c.word(max(found.last, j) + 1) == "on" ? closing : nil
            side = adjoining ?? sceneSide(c, before: a) ?? closing
        }
        if side == nil {
            side = self.side(of: around.filter { !["russian"].contains($0) })
            side = side.flatMap { killersOpponent(c, $0, lossWord: j, figureAt: a) } ?? side
        }
        if side == nil { side = victimsCountry(c, after: j) }
        if side == nil || side == "third" {
            // "Tajik officials said one of their soldiers was killed": with no side named near the figure, "their"
            // is the speaker's, as "its" is.
            if around.contains("its") || around.contains("our") || around.contains("own") || around.contains("their") {
                side = claimantSide
            } else if around.contains("enemy") || around.contains("opponent") || around.contains("adversary") {
                side = claimantSide.flatMap(sides.opponent)
            } else if around.contains("people") || around.contains("lives") {
                // "people injured in Kyrgyz drone strikes" are the other side's.
                side =
                    appositionSide(c, after: j, claimantSide: claimantSide)
                    ?? firingSide(c).flatMap(sides.opponent) ?? "ALL"
            }
        }
        // "three Armenian soldiers killed and 4 wounded": the second figure has the first one's side.
        // "Kyrgyz forces dropped a bomb, killing ten civilians": the victims are the other side's.
        let affected =
            side ?? earlier.last(where: { $0.kind != kind })?.side
            ?? (a > j ? agentSide(c, before: j).flatMap(sides.opponent) : nil)
            ?? attackerSide(c).flatMap(sides.opponent)
            ?? (claimantSide.map(sides.isSide) == true ? claimantSide! : "ALL")
        return affected == "third" ? "ALL" : affected
    }

    static func namesCivilians(_ words: [String]) -> Bool {
        words.contains {
            ["civilian", "civilians", "residents", "villagers", "children", "women"].contains($0)
                || civilianNouns.contains($0)
        }
    }
}
