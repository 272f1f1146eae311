/// "<Place>. <Month> <day>. <Agency> - …": a dateline cut at its full stops into a place, a date and an agency's
/// credit. Its date is the report's, not an event's, as when the dateline is one sentence.
extension ReportIngester {
    /// The most words a split dateline's date sentence may take ("July 11", "11 July 2014").
    static let longestDatelineDate = 3
    /// The most tokens an agency's credit may take before its dash (one to three capitalised words).
    static let longestCredit = 3

    /// Whether sentence `s` is only a day, right before a sentence of its paragraph that opens with an agency's
    /// capitalised name and a dash.
    static func isSplitDatelineDate(_ s: ReportText.Sentence, next: ReportText.Sentence?) -> Bool {
        let words = s.tokens.indices.filter { s.tokens[$0].isWord }
        guard let first = words.first, let last = words.last, words.count <= longestDatelineDate,
            let next, next.paragraph == s.paragraph, !next.opensParagraph
        else { return false }
        let mentions = DateReader(published: nil).mentions(in: s)
        // Without the year the reader here has no publication to take it from: the words' being a day is enough.
        guard mentions.count == 1, let m = mentions.first, m.firstToken == first, m.lastToken >= last,
            s.tokens[first...last].contains(where: { Int($0.lower) != nil })
        else { return false }
        guard
            let dash = next.tokens.prefix(longestCredit + 1).firstIndex(where: { ["-", "—", "–"].contains($0.text) }),
            dash > 0
        else { return false }
        return next.tokens[..<dash].allSatisfy { $0.isWord && $0.isCapitalized }
    }
}
