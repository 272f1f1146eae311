import BorderGeodata

/// "Armenia said two of its soldiers were killed and Azerbaijan said one of its soldiers died": "and" followed by a
/// side's speaker and its own verb of saying opens a second speaker's clause, with or without a comma before it.
extension ReportIngester {
    /// Whether the "and" at `k` opens a clause of a side's speaker: a few words naming a side (no count, no loss)
    /// and then a verb of saying.
    static func isSecondSpeaker(_ w: [String], _ k: Int, sides: SideWords) -> Bool {
        guard w[k] == "and" else { return false }
        let reach = min(w.count, k + 6)
        guard let v = ((k + 1)..<reach).first(where: { ClaimReader.verbs.contains(w[$0]) }), v > k + 1,
            w[v] != "according"
        else { return false }
        let subject = Array(w[(k + 1)..<v])
        let plain = subject.allSatisfy { NumberWords.value($0) == nil && ClaimReader.kind($0) == nil && $0 != "," }
        return plain && sides.side(of: subject).map(sides.isSide) == true
    }
}
