import BorderIncidents

/// "soldier Ayaz Nazarov was killed", "the soldier of the army was killed", "one was killed and another was
/// wounded": one victim told by a singular noun, a name or "another", with no number, is one.
extension ClaimReader {
    /// The most words a victim's name may take between the victim's noun and "was".
    static let longestVictimName = 4
    /// The most words between "the" and "was" in "the soldier of the Azerbaijani army was killed".
    static let longestSingularPhrase = 7

    /// One victim when token `n` opens a singular victim right before "was" and loss word `j`: a victim's noun and
    /// a capitalised name ("soldier Ayaz Nazarov was"), "the" and a victim's noun ("the soldier of the army was"),
    /// or "another" ("another was wounded"); else nil.
    func namedVictim(at n: Int, lossWord j: Int, _ c: Clause) -> FoundFigure? {
        let one = FoundFigure(figure: CasualtyFigure(exactly: 1), first: n, last: max(n, j - 2))
        if c.w[n] == "another", n + 1 == j || n + 2 == j && c.word(j - 1) == "was" { return one }
        guard c.word(j - 1) == "was", n + 1 < j - 1 else { return nil }
        // "the serviceman of the army, Elvin Aliyev, was wounded": the name in commas is the same one.
        let phraseEnd = appositiveNameStart(before: j - 1, c) ?? (j - 1)
        if c.w[n] == "the", Self.singleVictims.contains(c.word(n + 1)), phraseEnd - n <= Self.longestSingularPhrase,
            n + 2 <= phraseEnd,
            !c.w[(n + 2)..<phraseEnd].contains(where: { NumberWords.value($0) != nil || $0 == "and" })
        {
            return one
        }
        guard Self.singleVictims.contains(c.w[n]), j - 1 - (n + 1) <= Self.longestVictimName,
            c.t[(n + 1)..<(j - 1)].allSatisfy(isNameWord)
        else { return nil }
        return one
    }

    /// Lower-case words of a name: the patronymic "oglu"/"qizi" of Azerbaijani names, "uulu"/"kyzy" of Kyrgyz ones.
    static let patronymics: Set<String> = ["oglu", "oğlu", "ogly", "qizi", "gizi", "kyzy", "uulu", "uly"]

    /// A word that can be part of a person's name: capitalised, or a patronymic.
    func isNameWord(_ token: ReportText.Token) -> Bool {
        token.isWord && (token.isCapitalized || Self.patronymics.contains(token.lower))
    }

    /// The comma opening a name set off by commas right before token `was` (", Elvin Aliyev, was"), or nil.
    func appositiveNameStart(before was: Int, _ c: Clause) -> Int? {
        guard c.word(was - 1) == "," else { return nil }
        var k = was - 2
        while k > c.from, was - 2 - k < Self.longestVictimName + 1, isNameWord(c.t[k]) { k -= 1 }
        return k < was - 2 && c.word(k) == "," ? k : nil
    }

    /// When no number counts loss word `j`: one person named with a rank or a victim's noun right before it, over an
    /// age or "received a gunshot wound" ("private 19-year-old Umed Rahimov received a gunshot wound"), is one.
    func namedVictim(before j: Int, _ c: Clause) -> FoundFigure? {
        var k = j - 1
        // "received a gunshot wound": over the words that tell the wound.
        if c.w[j] == "wound" {
            guard let verb = woundVerb(before: j, c) else { return nil }
            k = verb - 1
        }
        while k >= c.from, ["was", "has", "been", "had", "reportedly"].contains(c.w[k]) { k -= 1 }
        let last = k
        while k >= c.from, last - k < 3, isPersonWord(c.t[k]) { k -= 1 }
        guard k < last, k >= c.from else { return nil }
        if Self.isAge(c.w[k]), k > c.from { k -= 1 }
        guard Self.ranks.contains(c.w[k]) || Self.singleVictims.contains(c.w[k]) else { return nil }
        return FoundFigure(figure: CasualtyFigure(exactly: 1), first: k, last: last)
    }
}
