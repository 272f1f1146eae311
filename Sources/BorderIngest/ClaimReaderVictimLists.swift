import BorderIncidents

/// Victims listed before one loss word: "a general, a colonel and five
/// soldiers were killed" is seven; "five Kyrgyz guards, one Kyrgyz policeman
/// and two Tajik guards were hospitalised" is six of one side and two of the
/// other; "Colonel A, private B and private C were killed" counts the named.
extension ClaimReader {
    /// One item of such a list, with what it counts and whose victims it names.
    struct ListedVictims {
        var figure: CasualtyFigure
        var side: String?
        var civilians: Bool
        var first: Int
        var last: Int
    }

    /// Ranks and titles that name one person each ("Colonel Ilgar Mirzoyev", "private soldier X").
    static let ranks: Set<String> = [
        "general", "generals", "colonel", "colonels", "lieutenant", "lieutenants", "lieutenant-colonel", "major",
        "major-general", "captain", "captains", "sergeant", "sergeants", "corporal", "corporals", "private",
        "privates", "commander", "commanders", "policeman", "policemen", "officer", "officers",
    ]
    /// Victims' nouns that name one person.
    static let singleVictims: Set<String> = [
        "soldier", "serviceman", "person", "man", "woman", "child", "conscript", "fighter", "guard", "officer",
        "civilian", "villager", "resident", "member", "citizen", "general", "colonel", "lieutenant",
        "lieutenant-colonel",
        "major", "major-general", "captain", "sergeant", "corporal", "private", "commander", "policeman",
    ]
    /// Words between a list and its loss word: "were", "have been", "had heroically", "went", "taken".
    static let listLinks: Set<String> = [
        "were", "was", "have", "has", "had", "been", "be", "reportedly", "heroically", "also", "all", "went", "taken",
        "later", "both", "“", "”", "\"",
    ]
    /// Words a listed victim is written with besides numbers, nouns, side words and names.
    static let listGlue: Set<String> = [
        "of", "its", "their", "the", "military", "service", "border", "armed", "forces", "army", "more", "other",
        "another", "state", "security", "special", "at", "least", "than", "over", "some", "about", "around", "nearly",
        "almost", "up", "to",
    ]

    /// Where the items of a list before a loss word stand, right to left, and what joins them.
    struct ListShape {
        var items: [(first: Int, last: Int)]
        /// Whether "and" stands between item i and item i + 1.
        var joinedByAnd: [Bool]
        /// "Azerbaijani personnel, sergeant A and corporal B, died": the list is an aside closed by a comma.
        var closedByComma: Bool
    }

    /// The items separated by commas and "and" right before loss word `j`, over "were", "have been".
    func listShape(before j: Int, _ c: Clause) -> ListShape? {
        var k = j - 1
        while k >= c.from, Self.listLinks.contains(c.w[k]) { k -= 1 }
        let closedByComma = k >= c.from && c.w[k] == ","
        if closedByComma { k -= 1 }
        var items: [(first: Int, last: Int)] = []
        var joinedByAnd: [Bool] = []
        var last = k
        while k >= c.from {
            if c.w[k] == "," || c.w[k] == "and" {
                if last > k {
                    items.append((k + 1, last))
                    joinedByAnd.append(false)
                }
                guard !joinedByAnd.isEmpty else { return nil }
                if c.w[k] == "and" { joinedByAnd[joinedByAnd.count - 1] = true }
                last = k - 1
            } else if !isListWord(c, k) {
                break
            }
            k -= 1
        }
        if last > k { items.append((k + 1, last)) }
        guard items.count >= 2, !joinedByAnd.isEmpty else { return nil }
        return ListShape(items: items, joinedByAnd: joinedByAnd, closedByComma: closedByComma)
    }

    /// The victims listed right before loss word `j` and joined by "and", grouped by side and civilians;
    /// nil when no such list (two or more counted items) stands there.
    func victimList(before j: Int, _ c: Clause) -> [ListedVictims]? {
        guard let shape = listShape(before: j, c) else { return nil }
        let (joinedByAnd, closedByComma) = (shape.joinedByAnd, shape.closedByComma)
        // The counted items from the right; an uncounted one ends the list and may give it its side.
        var counted: [ListedVictims] = []
        var headSide: String?
        for (n, item) in shape.items.enumerated() {
            guard let figure = count(item.first, item.last, c) else {
                if n > 0, !joinedByAnd[n - 1] { headSide = victimSide(item.first, item.last, c) }
                break
            }
            counted.append(
                ListedVictims(
                    figure: figure, side: victimSide(item.first, item.last, c),
                    civilians: Self.namesCivilians(Array(c.w[item.first...item.last])), first: item.first,
                    last: item.last))
        }
        // "three servicemen, one Tajik guard and two Kyrgyz guards, were wounded": the total before a
        // breakdown set off by commas is the breakdown's.
        if closedByComma, counted.count >= 3, !joinedByAnd[counted.count - 2],
            joinedByAnd.prefix(counted.count - 2).contains(true)
        {
            headSide = counted.removeLast().side ?? headSide
        }
        let joins = joinedByAnd.prefix(max(0, counted.count - 1))
        if counted.count >= 2, joins.contains(true) {
            var listed = Array(counted.reversed())
            // "at least 49 Armenian and 50 Azeri": the floor holds for every figure of the list.
            if listed[0].figure.high == nil, ["at", "more", "over"].contains(c.w[listed[0].first]) {
                for i in listed.indices { listed[i].figure.high = nil }
            }
            return grouped(listed, headSide: headSide)
        }
        // "another Armenian soldier, 19-year-old private A, was killed": the aside names the one before it.
        if closedByComma, counted.count == 2, !joins.contains(true) {
            var one = counted[1]
            one.side = one.side ?? counted[0].side
            one.last = counted[0].last
            return [one]
        }
        return nil
    }

    /// Whether token `k` can be part of a listed victim: a number, a victim's noun or rank, a side's word,
    /// a name, an age ("19-year-old") or the small words between them.
    func isListWord(_ c: Clause, _ k: Int) -> Bool {
        let x = c.w[k]
        guard c.t[k].isWord, Self.kind(x) == nil, !Self.verbs.contains(x) else { return false }
        return NumberWords.value(x) != nil || ["dozen", "dozens"].contains(x) || Self.listGlue.contains(x)
            || Self.victims.contains(x) || Self.ranks.contains(x) || Self.isAge(x)
            || !sides.sides(namedBy: x).isEmpty || c.t[k].isCapitalized
    }

    /// How many one listed item counts: its number ("five soldiers", "at least 49 Armenian"), one for
    /// "another soldier", or one for a person named with a rank ("Colonel Ilgar Mirzoyev").
    func count(_ first: Int, _ last: Int, _ c: Clause) -> CasualtyFigure? {
        let words = c.w[first...last]
        let namesVictims = words.contains { Self.victims.contains($0) || Self.ranks.contains($0) }
        let namesSide = words.contains { !sides.sides(namedBy: $0).isEmpty }
        guard namesVictims || namesSide else { return nil }
        if c.w[first] != "no", let (f, length) = NumberWords.figure(c.w, at: first), first + length - 1 <= last {
            return isDayOrYear(first + length - 1, c) ? nil : f
        }
        if c.w[first] == "another" || words.contains(where: Self.singleVictims.contains) {
            return CasualtyFigure(exactly: 1)
        }
        return nil
    }

    /// The side one listed item names ("Kyrgyz", "Azerbaijan Army"), mediators aside.
    func victimSide(_ first: Int, _ last: Int, _ c: Clause) -> String? {
        let named = sides.side(of: Array(c.w[first...last]))
        return named.flatMap { sides.isSide($0) ? $0 : nil }
    }

    /// The items summed per side and civilians: an item without a side word is of the side before it.
    func grouped(_ items: [ListedVictims], headSide: String?) -> [ListedVictims] {
        var groups: [ListedVictims] = []
        var side = headSide
        for item in items {
            side = item.side ?? side
            if let g = groups.firstIndex(where: { $0.side == side && $0.civilians == item.civilians }) {
                let sum = groups[g].figure, add = item.figure
                groups[g].figure = CasualtyFigure(
                    low: sum.low + add.low, high: sum.high.flatMap { h in add.high.map { h + $0 } })
                groups[g].last = item.last
            } else {
                var item = item
                item.side = side
                groups.append(item)
            }
        }
        return groups
    }

    /// "19-year-old", "76-year-old": an age, not a count.
    static func isAge(_ w: String) -> Bool { w.hasSuffix("-year-old") }

    /// Whether the number at `n` is a year or a day beside a month's name ("May 25", "25 May").
    func isDayOrYear(_ n: Int, _ c: Clause) -> Bool {
        if let y = Int(c.w[n]), (1900...2100).contains(y), c.w[n].count == 4 { return true }
        guard Int(c.w[n]) != nil else { return false }
        return [n - 1, n + 1].contains { k in
            k >= c.from && k <= c.to && c.t[k].isCapitalized && DateReader.month(c.w[k]) != nil
        }
    }

    /// "one resident – Jalol Qarayev, 52 – was killed", "(Ivan Petrov, 34)": a number set off after a name is
    /// that person's age, not a count.
    func isAgeAfterAName(_ n: Int, _ c: Clause) -> Bool {
        guard Int(c.w[n]) != nil, n - 2 >= c.from, c.w[n - 1] == ",", c.t[n - 2].isCapitalized,
            DateReader.month(c.w[n - 2]) == nil
        else { return false }
        return n + 1 > c.to || ["–", "—", "-", ",", ")", ";"].contains(c.w[n + 1])
    }
}
