import BorderIncidents

/// "The death toll rose to 49", "the number of soldiers killed in the clashes reached 12": a tally whose figure
/// comes after a verb of growth, a few words past the loss word it counts.
extension ClaimReader {
    /// Verbs a tally's figure follows, directly or after "to" or "at".
    static let tallyVerbs: Set<String> = [
        "rose", "risen", "climbed", "reached", "increased", "grew", "jumped", "stood", "stands", "stand",
    ]

    /// The figure a verb of growth gives the loss word at `j` within eight words after it, or nil; another loss
    /// word or a full stop in between ends the search.
    func tallyFigure(after j: Int, _ c: Clause, used: Set<Int>) -> FoundFigure? {
        var k = j + 1
        while k <= min(c.to, j + 8), Self.kind(c.w[k]) == nil, c.w[k] != "." {
            if Self.tallyVerbs.contains(c.w[k]) {
                let n = ["to", "at"].contains(c.word(k + 1)) ? k + 2 : k + 1
                guard !used.contains(n), let (f, length) = NumberWords.figure(c.w, at: n), n + length - 1 <= c.to,
                    !Self.measureWords.contains(c.word(n + length))
                else { return nil }
                return FoundFigure(figure: f, first: n, last: n + length - 1)
            }
            k += 1
        }
        return nil
    }
}
