import BorderIncidents

/// Who fired and who suffered: a side's services named around a figure, the body that acts ("Tajik forces"),
/// the attacker a "by" or "the shooting of" names, and the words that name the victims.
extension ClaimReader {
    /// Words of a side's forces and services: people named by them are that side's, not bystanders.
    static let serviceWords: Set<String> = [
        "police", "policeman", "policemen", "officers", "officer", "border", "service", "guards", "guard", "soldiers",
        "soldier", "servicemen", "serviceman", "troops", "military", "army", "employees", "staff", "personnel",
    ]

    /// "nine people were hurt — policemen, villagers and border staff": the
    /// people a dash or colon after the loss word describes are of the side those words name, else, when they are
    /// a side's police or services named without a side, of the claimant's side.
    func appositionSide(_ c: Clause, after j: Int, claimantSide: String?) -> String? {
        guard ["—", "–", "-", ":"].contains(c.word(j + 1)), j + 2 <= c.to else { return nil }
        let described = Array(c.w[(j + 2)...c.to].prefix { !["—", "–", ";", "."].contains($0) })
        if let named = sides.side(of: described), sides.isSide(named) { return named }
        guard described.contains(where: Self.serviceWords.contains), let claimantSide, sides.isSide(claimantSide)
        else { return nil }
        return claimantSide
    }

    /// The words from a figure to its loss word, and a few after a figure that follows it ("killing two
    /// Armenian soldiers"): where the victims are named.
    func victimPhrase(_ c: Clause, _ found: FoundFigure, lossWord j: Int) -> ClosedRange<Int> {
        let (a, b) = (found.first, found.last)
        return min(a, j)...max(a, min(c.to, max(b, j) + (j < a ? 3 : 1)))
    }

    /// The words of `range`, less the side words of a perpetrator ("taken prisoner by the Azerbaijani
    /// side", "killed in Armenian shelling"): those name who did it, not who suffered it.
    func victimWords(_ c: Clause, _ range: ClosedRange<Int>) -> [String] {
        range.map { k in
            c.word(k - 1) == "by" || c.word(k - 1) == "the" && c.word(k - 2) == "by" || isAttackersSideWord(at: k, c)
                ? "" : c.w[k]
        }
    }

    /// Words after a side's name that make it the one who acts: "Tajik forces", "the Kyrgyz side".
    static let actingBodies: Set<String> = [
        "forces", "troops", "army", "military", "soldiers", "guards", "units", "servicemen", "artillery", "side",
    ]

    /// Whether the word at `k` names a side's acting body with the words after it: "Tajik forces", "Kyrgyz
    /// border guards".
    func isActingBody(at k: Int, _ c: Clause) -> Bool {
        Self.actingBodies.contains(c.word(k + 1))
            || c.word(k + 1) == "border" && Self.actingBodies.contains(c.word(k + 2))
    }

    /// Words of fire whose "of" names who fired: "the shooting of Kyrgyz border guards".
    static let fireWords: Set<String> = ["shooting", "fire", "gunfire", "shelling", "attack", "shots"]

    /// Whether "from both sides" (or "on", "of") follows token `k` within a few words: a figure of both sides.
    func isOfBothSides(_ c: Clause, after k: Int) -> Bool {
        (k...min(c.to, k + 3)).contains { i in
            ["from", "on", "of"].contains(c.w[i]) && c.word(i + 1) == "both" && c.word(i + 2) == "sides"
        }
    }

    /// "On the Armenian side, four soldiers were killed": the side a clause opens on before figure `a` is its victims'.
    func sceneSide(_ c: Clause, before a: Int) -> String? {
        for k in c.from..<a where c.w[k] == "on" && c.word(k + 1) == "the" && c.word(k + 3) == "side" {
            if let side = sides.state(of: [c.w[k + 2]]) { return side }
        }
        return nil
    }

    /// "One person was killed and 17 injured on the Kyrgyz side": the first side a clause closes on after loss word
    /// `j` is the victims' of the figures before it that name none.
    func sceneSide(_ c: Clause, after j: Int) -> String? {
        for k in (j + 1)..<max(j + 1, c.to + 1)
        where c.w[k] == "on" && c.word(k + 1) == "the" && c.word(k + 3) == "side" {
            return sides.state(of: [c.w[k + 2]])
        }
        return nil
    }

    /// The state whose acting body the clause names as the one who fired: "wounded by Kyrgyz border guards",
    /// "as a result of the shooting of Kyrgyz border guards".
    func attackerSide(_ c: Clause) -> String? {
        for k in c.from...c.to where isActingBody(at: k, c) {
            let m = c.word(k - 1) == "the" ? k - 2 : k - 1
            guard c.word(m) == "by" || c.word(m) == "of" && Self.fireWords.contains(c.word(m - 1)) else { continue }
            if let state = sides.state(of: [c.w[k]]) { return state }
        }
        return firingSide(c)
    }

    /// The state whose forces act in the clause before loss word `j` ("Tajik forces … killed eight").
    func agentSide(_ c: Clause, before j: Int) -> String? {
        for k in stride(from: j - 1, through: c.from, by: -1) where isActingBody(at: k, c) {
            if let state = sides.state(of: [c.w[k]]) { return state }
        }
        return nil
    }
}
