/// "Azerbaijan lost three soldiers and Armenia lost two": the side named as the subject of "lost" is the one whose
/// people were lost, whichever other side the clause names.
extension ClaimReader {
    /// Words between the losing side and "lost": "Armenia has lost", "the Kyrgyz side reportedly lost".
    static let beforeLost: Set<String> = ["has", "have", "had", "reportedly", "also", "side", "forces", "army"]

    /// The state named right before the "lost" at `j` (over auxiliaries and "side"), or nil.
    func losingSide(_ c: Clause, lossWord j: Int) -> String? {
        guard c.w[j] == "lost" else { return nil }
        var k = j - 1
        while k > c.from, Self.beforeLost.contains(c.word(k)) { k -= 1 }
        return sides.state(of: [c.word(k)])
    }
}
