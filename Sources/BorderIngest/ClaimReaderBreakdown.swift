import BorderIncidents

/// "ten people were injured, of whom six were servicemen and four were civilians": a figure broken down
/// into civilians and the others is given as its parts, since a claim keeps civilians apart.
extension ClaimReader {
    /// The parts of the figure `total` whose words end at token `b`: "of which/of whom/among them" and
    /// two or more "N were X" joined by commas and "and", one naming civilians and one not, summing to the
    /// total; nil otherwise.
    func civilianBreakdown(after b: Int, _ c: Clause, total: CasualtyFigure) -> [ListedVictims]? {
        guard total.isExact, b + 1 <= c.to,
            let opening = (b + 1...min(c.to, b + 8)).first(where: { m in
                c.w[m] == "of" && ["which", "whom"].contains(c.word(m + 1))
                    || c.w[m] == "among" && c.word(m + 1) == "them"
            })
        else { return nil }
        var parts: [ListedVictims] = []
        var k = opening + 2
        while k <= c.to, let (figure, length) = NumberWords.figure(c.w, at: k), figure.isExact {
            var noun = k + length
            if ["were", "was"].contains(c.word(noun)) { noun += 1 }
            let word = c.word(noun)
            guard Self.victims.contains(word) || Self.serviceWords.contains(word) else { return nil }
            parts.append(
                ListedVictims(
                    figure: figure, side: nil, civilians: Self.namesCivilians([word]), first: k, last: noun))
            k = noun + 1
            if c.word(k) == "," { k += 1 }
            if c.word(k) == "and" { k += 1 }
        }
        guard parts.count >= 2, parts.contains(where: \.civilians), parts.contains(where: { !$0.civilians }),
            parts.reduce(0, { $0 + $1.figure.low }) == total.low
        else { return nil }
        return parts
    }
}
