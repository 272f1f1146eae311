/// People a report introduces with an office of one side ("Rustam Saidov, the chief of a district council in
/// Tajikistan's Sughd region, …"; "the commander of a post in Kyrgyzstan's Batken region, Bakyt Osmonov,
/// said"): their surnames and sides, so that a later "Saidov said" speaks for Tajikistan.
extension ClaimReader {
    /// Words of an office that ties a person to the side it names.
    static let personOffices: Set<String> = officeWords.union([
        "commander", "spokesman", "spokeswoman", "spokesperson", "minister", "deputy", "director", "representative",
        "ambassador", "officer",
    ])

    /// The surname (lower-case) of every person the report's sentences introduce with a side's office, and that
    /// side; a surname introduced with two sides is left out.
    func introducedPeople(_ report: ReportText) -> [String: String] {
        var people: [String: String] = [:]
        var doubtful = Set<String>()
        for s in report.sentences {
            for (surname, side, _) in introductions(s.tokens) {
                if let known = people[surname], known != side { doubtful.insert(surname) }
                people[surname] = side
            }
        }
        return people.filter { !doubtful.contains($0.key) }
    }

    /// Names of two or three capitalised words next to an office set off by a comma, each with that office's side
    /// and the tokens of the office's phrase.
    func introductions(_ t: [ReportText.Token]) -> [(surname: String, side: String, office: Range<Int>)] {
        var found: [(surname: String, side: String, office: Range<Int>)] = []
        var k = 0
        while k < t.count {
            guard isPersonWord(t[k]) else {
                k += 1
                continue
            }
            var b = k
            while b + 1 < t.count, b - k < 2, isPersonWord(t[b + 1]) { b += 1 }
            if b > k, let (side, office) = officeSide(after: b, t) ?? officeSide(before: k, t) {
                found.append((t[b].lower, side, office))
            }
            k = b + 1
        }
        return found
    }

    /// A capitalised word that may be part of a person's name: no side's word, no word of a body's name.
    func isPersonWord(_ token: ReportText.Token) -> Bool {
        token.isWord && token.isCapitalized && sides.sides(namedBy: token.lower).isEmpty
            && !claimantWords.contains(token.lower) && Self.kind(token.lower) == nil
            && NumberWords.value(token.lower) == nil && DateReader.month(token.lower) == nil
    }

    /// The side of an office between the comma after token `b` and the next comma ("Saidov, the chief of …,"), and
    /// the office's tokens.
    func officeSide(after b: Int, _ t: [ReportText.Token]) -> (String, Range<Int>)? {
        guard b + 2 < t.count, t[b + 1].lower == "," else { return nil }
        let end = (b + 2..<t.count).first { t[$0].lower == "," } ?? t.count
        return officePhraseSide(t[(b + 2)..<end].map(\.lower)).map { ($0, (b + 2)..<end) }
    }

    /// The side of an office just before a name set off by commas ("the commander of …, Bakyt Osmonov,"), and the
    /// office's tokens.
    func officeSide(before a: Int, _ t: [ReportText.Token]) -> (String, Range<Int>)? {
        guard a >= 2, t[a - 1].lower == "," else { return nil }
        let start = (0..<(a - 1)).last { t[$0].lower == "," }.map { $0 + 1 } ?? 0
        return officePhraseSide(t[start..<(a - 1)].map(\.lower)).map { ($0, start..<(a - 1)) }
    }

    /// The one side a phrase of an office names ("the commander of a post in Kyrgyzstan's Batken
    /// region"), nil when it names no office or no single side.
    func officePhraseSide(_ words: [String]) -> String? {
        guard words.count <= 16, words.contains(where: Self.personOffices.contains) else { return nil }
        if let named = sides.side(of: words) { return sides.isSide(named) ? named : nil }
        return officeSide(words)
    }
}
