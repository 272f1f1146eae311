import BorderIncidents

/// Victims counted after an active loss verb: "fire … killed a border guard and one civilian and wounded
/// four other civilians". The figure follows its verb, and further victims joined to it by "and" are
/// counted by the same verb.
extension ClaimReader {
    /// Words between a figure and its victim noun: "four other civilians", "two more soldiers".
    static let countModifiers: Set<String> = ["other", "more"]
    /// A body's word before its member: "a border guard", "two police officers", "a security officer".
    static let serviceModifiers: Set<String> = ["border", "police", "security", "army"]

    /// The victim noun of a counted phrase whose figure ends at token `b` ("a border guard", "four other
    /// Tajik civilians", "a 30-year-old man"), or nil when no victim noun follows.
    func victimNoun(after b: Int, _ c: Clause) -> Int? {
        var k = b + 1
        if Self.countModifiers.contains(c.word(k)) { k += 1 }
        if side(of: [c.word(k)]) != nil { k += 1 }
        if Self.isAge(c.word(k)) { k += 1 }
        if Self.serviceModifiers.contains(c.word(k)) { k += 1 }
        return Self.victims.contains(c.word(k)) ? k : nil
    }

    /// Whether the loss word at `j` is a verb whose object, right after it, counts its victims: "wounded
    /// four other civilians", "killed at least 10 civilians".
    func countsObject(_ c: Clause, _ j: Int) -> Bool {
        guard j + 1 <= c.to, let (_, length) = NumberWords.figure(c.w, at: j + 1), j + length <= c.to else {
            return false
        }
        return victimNoun(after: j + length, c) != nil
    }

    /// The victims joined by "and" to an object that ends with the victim noun at `noun`: "… a border guard and
    /// one civilian". A joined phrase followed by its own verb ("and two civilians were wounded") is not one.
    func conjoinedVictims(after noun: Int, _ c: Clause, used: Set<Int>) -> [(FoundFigure, noun: Int)] {
        var joined: [(FoundFigure, noun: Int)] = []
        var k = noun
        while [",", "and"].contains(c.word(k + 1)) {
            var n = k + 2
            if c.word(k + 1) == ",", c.word(n) == "and" { n += 1 }
            guard n <= c.to, !used.contains(n), let (f, length) = NumberWords.figure(c.w, at: n),
                n + length - 1 <= c.to, let end = victimNoun(after: n + length - 1, c)
            else { break }
            let after = c.word(end + 1)
            guard Self.kind(after) == nil, !["was", "were", "is", "are", "has", "have", "had"].contains(after)
            else { break }
            joined.append((FoundFigure(figure: f, first: n, last: n + length - 1), end))
            k = end
        }
        return joined
    }

    /// The figures of the victims joined to the object of the loss word at `j` (`found`, counted after it).
    func conjoinedFigures(
        after found: FoundFigure, lossWord j: Int, kind: CasualtyKind, _ c: Clause, claimantSide: String?,
        isTotal: Bool, used: inout Set<Int>, earlier: [Figure]
    ) -> [Figure] {
        guard found.first > j, let noun = victimNoun(after: found.last, c) else { return [] }
        var figures: [Figure] = []
        for (item, end) in conjoinedVictims(after: noun, c, used: used) {
            for k in item.first...end { used.insert(k) }
            // "killed two Tajik soldiers and a Kyrgyz civilian": a joined phrase's own side word first.
            let named = side(of: Array(c.w[item.first...end])).flatMap { sides.isSide($0) ? $0 : nil }
            let side =
                named
                ?? affectedSide(
                    c, item, lossWord: j, around: max(c.from, item.first - 1)...end, kind: kind,
                    claimantSide: claimantSide, earlier: earlier + figures)
            figures.append(
                Figure(
                    side: side, kind: kind, figure: item.figure,
                    civilians: Self.namesCivilians(Array(c.w[item.first...end])), isTotal: isTotal,
                    start: c.t[item.first].start, end: c.t[end].end, firstToken: item.first, lastToken: end))
        }
        return figures
    }
}
