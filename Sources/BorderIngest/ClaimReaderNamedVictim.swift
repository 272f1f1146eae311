import BorderIncidents

/// "soldier Ayaz Nazarov was killed", "Private A. B. was wounded": one victim named after the word for what they
/// were, with no number, is one.
extension ClaimReader {
    /// The most words a victim's name may take between the victim's noun and "was".
    static let longestVictimName = 3

    /// One victim when token `n` is a singular victim's noun ("soldier") followed by a capitalised name of a few
    /// words and "was" right before loss word `j`, else nil.
    func namedVictim(at n: Int, lossWord j: Int, _ c: Clause) -> FoundFigure? {
        guard Self.singleVictims.contains(c.w[n]), c.word(j - 1) == "was", n + 1 < j - 1,
            j - 1 - (n + 1) <= Self.longestVictimName,
            c.t[(n + 1)..<(j - 1)].allSatisfy({ $0.isWord && $0.isCapitalized })
        else { return nil }
        return FoundFigure(figure: CasualtyFigure(exactly: 1), first: n, last: j - 2)
    }
}
