/// "Three civilian deaths were reported in Armenia": losses the clause places in a side's country, without naming
/// the victims' side, are that country's; the claimant's side does not decide them.
extension ClaimReader {
    /// What may follow the country's name for it to be where the losses were, not an adjective of something else
    /// ("in Armenian shelling", "in Azerbaijani villages").
    static let phraseEnds: Set<String> = ["", ",", ".", ";", "and", "while", "but", "since", "during", "on", "after"]

    /// The side whose country the clause names right after loss word `j` ("reported in Armenia", "killed inside
    /// Azerbaijan"), or nil.
    func victimsCountry(_ c: Clause, after j: Int) -> String? {
        for k in (j + 1)..<min(c.to + 1, j + 6) where ["in", "inside"].contains(c.word(k)) {
            let name = c.word(k + 1)
            guard !name.isEmpty, c.t[k + 1].isCapitalized, Self.phraseEnds.contains(c.word(k + 2)),
                let side = sides.state(of: [name])
            else { continue }
            return side
        }
        return nil
    }
}
