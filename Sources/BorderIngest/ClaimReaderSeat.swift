/// "In Tajikistan, officials said …", "In Bishkek, the ministry said …": a clause that opens on a side's country
/// or capital sets its speaker there, so a speaker named without a side ("officials") speaks for it.
extension ClaimReader {
    /// The word of the side's country or capital a clause opens on ("in Tajikistan ,"), or nil.
    func openingSeat(_ t: [ReportText.Token], _ w: [String], from: Int, to: Int) -> String? {
        guard from + 2 <= to, w[from] == "in", t[from + 1].isCapitalized, w[from + 2] == ",",
            sides.state(of: [w[from + 1]]) != nil
        else { return nil }
        return w[from + 1]
    }

    /// The claimant of words `a...b`, or, when those name no side, the same speaker seated at the clause's opening.
    func seatedClaimant(_ t: [ReportText.Token], _ w: [String], _ a: Int, _ b: Int, from: Int, to: Int) -> Claimant? {
        let words = Array(w[a...b]), texts = t[a...b].map(\.text)
        if let named = claimant(words, texts) { return named }
        guard let seat = openingSeat(t, w, from: from, to: to), a > from + 2 else { return nil }
        return claimant(words + [seat], texts)
    }
}
