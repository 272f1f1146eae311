/// "Three civilian deaths were reported in Armenia": losses the clause places in a side's country, without naming
/// the victims' side, are that country's; the claimant's side does not decide them. "Azerbaijani forces killed
/// four soldiers": the side named as the killer is not the victims'.
extension ClaimReader {
    /// Loss verbs a killer is the subject of (not "lost" or "suffered", whose subject is the victims' side).
    static let activeLossVerbs: Set<String> = ["killed", "wounded", "injured", "captured", "shot", "abducted"]

    /// The opponent of `side` when that side is the subject of an active loss verb the figure follows ("Azerbaijani
    /// forces killed four soldiers"), else nil. "The number of Azerbaijani soldiers killed to nine" is a tally of
    /// victims raised "to" a figure, with no killer.
    func killersOpponent(_ c: Clause, _ side: String, lossWord j: Int, figureAt a: Int) -> String? {
        guard a > j, c.word(j + 1) != "to", Self.activeLossVerbs.contains(c.word(j)), agentSide(c, before: j) == side
        else { return nil }
        return sides.opponent(of: side)
    }

    /// What may follow the country's name for it to be where the losses were, not an adjective of something else
    /// ("in Armenian shelling", "in Azerbaijani villages").
    static let phraseEnds: Set<String> = ["", ",", ".", ";", "and", "while", "but", "since", "during", "on", "after"]

    /// Where fire that caused the losses was aimed: "gunfire directed at Armenian positions".
    static let targetWords: Set<String> = ["positions", "position", "posts", "post", "outpost", "outposts"]

    /// The side whose country the clause names right after loss word `j` ("reported in Armenia", "killed inside
    /// Azerbaijan"), or whose positions the fire that caused them hit ("as a result of fire at Armenian
    /// positions"), or nil.
    func victimsCountry(_ c: Clause, after j: Int) -> String? {
        for k in (j + 1)..<min(c.to + 1, j + 6) where ["in", "inside"].contains(c.word(k)) {
            let name = c.word(k + 1)
            guard !name.isEmpty, c.t[k + 1].isCapitalized, Self.phraseEnds.contains(c.word(k + 2)),
                let side = sides.state(of: [name])
            else { continue }
            return side
        }
        for k in (j + 1)..<min(c.to + 1, j + 12) where ["at", "on"].contains(c.word(k)) {
            guard Self.targetWords.contains(c.word(k + 2)), let side = sides.state(of: [c.word(k + 1)]) else {
                continue
            }
            return side
        }
        return nil
    }
}
