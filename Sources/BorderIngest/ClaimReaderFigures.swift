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
            guard let kind = lossKind(c, at: j), let found = figure(forLossWord: j, c, used: used) else { continue }
            let (a, b) = (found.first, found.last)
            // Between the figure and the loss word another loss word with its own figure would own it.
            let lo = min(a, j), hi = max(b, j)
            if (lo...hi).contains(where: { $0 != j && Self.kind(w[$0]) != nil && $0 > b }) && a < j { continue }
            for k in a...b { used.insert(k) }
            let around = Array(w[max(from, lo - 2)...min(to, hi + 3)])
            let side = affectedSide(
                c, found, lossWord: j, around: around, kind: kind, claimantSide: claimantSide, earlier: figures)
            figures.append(
                Figure(
                    side: side, kind: kind, figure: found.figure, civilians: Self.namesCivilians(around),
                    isTotal: isTotal, start: t[lo].start, end: t[hi].end, firstToken: lo, lastToken: hi))
        }
    }

    /// The kind of loss the word at `j` names, or nil when it names none here
    /// ("lost" without a count, "their lives", "the missing", "dead end").
    func lossKind(_ c: Clause, at j: Int) -> CasualtyKind? {
        let w = c.w
        guard var kind = Self.kind(w[j]) else { return nil }
        // "fatally wounded", "mortally wounded": killed.
        if kind == .wounded, ["fatally", "mortally"].contains(c.word(j - 1)) { kind = .killed }
        if w[j] == "lost" && !(c.word(j + 1) == "a" || NumberWords.value(c.word(j + 1)) != nil) { return nil }
        if w[j] == "lives" && c.word(j - 1) == "their" { return nil }
        if ["dead", "missing"].contains(w[j]) && (c.word(j + 1) == "end" || c.word(j - 1) == "the") { return nil }
        return kind
    }

    /// The number that counts the loss word at `j`: behind it first ("five soldiers were killed"), ahead
    /// first for "killing", "lost" and "the death of" ("killing two soldiers").
    func figure(forLossWord j: Int, _ c: Clause, used: Set<Int>) -> FoundFigure? {
        let w = c.w
        let forwardFirst =
            w[j].hasSuffix("ing") || w[j] == "lost"
            || ((w[j] == "death" || w[j] == "deaths") && c.word(j + 1) == "of")
        let back =
            j > c.from
            ? Array(stride(from: j - 1, through: max(c.from, j - backReach(w, j, from: c.from)), by: -1)) : []
        let ahead = j < c.to ? Array((j + 1)...min(c.to, j + 4)) : []
        let order = forwardFirst ? ahead + back : back + [j + 1, j + 2].filter { $0 <= c.to }
        for n in order where !used.contains(n) {
            if let found = figure(at: n, lossWord: j, c) { return found }
        }
        return nil
    }

    /// The figure whose number is token `n`, with the qualifiers before it ("at least", "more than a"), or
    /// nil when that token is no count of the loss word at `j`.
    func figure(at n: Int, lossWord j: Int, _ c: Clause) -> FoundFigure? {
        let w = c.w
        guard n >= c.from, n <= c.to, NumberWords.value(w[n]) != nil || ["dozens", "hundreds", "dozen"].contains(w[n])
        else { return nil }
        if w[n] == "a" || w[n] == "an" {
            // "a soldier" is one; "a" before other words is no figure.
            guard
                Self.victims.contains(c.word(n + 1)) || c.word(n + 1) == "dozen"
                    || side(of: [c.word(n + 1)]) != nil && Self.victims.contains(c.word(n + 2))
            else { return nil }
        }
        if w[n] == "one" && c.word(n + 1) == "of" && !Self.victims.contains(c.word(n + 2)) && c.word(n + 2) != "its" {
            return nil
        }
        if let y = Int(w[n]), (1900...2100).contains(y), w[n].count == 4 { return nil }
        // "… went missing, 293 servicemen were wounded": a number after the loss word with a
        // loss word of its own after it, one that looks back for its figure, is that word's.
        if n > j, n < c.to,
            ((n + 1)...min(c.to, n + 4)).contains(where: {
                Self.kind(w[$0]) != nil && !w[$0].hasSuffix("ing") && w[$0] != "lost"
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

    /// How far back a loss word looks for its figure: seven words, or across a victim's "of" phrase
    /// ("a soldier of the State Border Service of Kyrgyzstan was wounded"; "two members of the country's
    /// security service suffered wounds").
    func backReach(_ w: [String], _ j: Int, from: Int) -> Int {
        let reach = 7
        guard
            let v = stride(from: j - 1, through: max(from, j - 14), by: -1).first(where: { v in
                v + 1 < j && Self.victims.contains(w[v]) && w[v + 1] == "of"
            })
        else { return reach }
        // Only the words of the name in between: no other loss word, no verb of saying.
        guard !w[(v + 1)..<j].contains(where: { Self.kind($0) != nil || Self.verbs.contains($0) }) else { return reach }
        return max(reach, j - max(from, v - 3))
    }

    /// The side a figure's victims are on: a nationality or "its"/"our" between the figure and its loss word
    /// first, then the words around them, then the figure before it of another kind, then the claimant's.
    func affectedSide(
        _ c: Clause, _ found: FoundFigure, lossWord j: Int, around: [String], kind: CasualtyKind,
        claimantSide: String?, earlier: [Figure]
    ) -> String {
        let (a, b) = (found.first, found.last)
        let inner = Array(c.w[min(a, j)...max(a, min(c.to, max(b, j) + (j < a ? 3 : 1)))])
        var side: String? = inner.contains("its") || inner.contains("our") ? claimantSide : self.side(of: inner)
        if side == nil { side = self.side(of: around.filter { !["russian"].contains($0) }) }
        if side == nil || side == "third" {
            if around.contains("its") || around.contains("our") || around.contains("own") {
                side = claimantSide
            } else if around.contains("enemy") || around.contains("opponent") || around.contains("adversary") {
                side = claimantSide.flatMap(sides.opponent)
            } else if around.contains("people") || around.contains("lives") {
                side = "ALL"
            }
        }
        // "three Armenian soldiers killed and 4 wounded": the second figure has the first one's side.
        let affected =
            side ?? earlier.last(where: { $0.kind != kind })?.side
            ?? (claimantSide.map(sides.isSide) == true ? claimantSide! : "ALL")
        return affected == "third" ? "ALL" : affected
    }

    static func namesCivilians(_ words: [String]) -> Bool {
        words.contains { ["civilian", "civilians", "residents", "villagers", "children", "women"].contains($0) }
    }
}
