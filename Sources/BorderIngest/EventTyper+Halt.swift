/// "The fighting stopped after Russia intervened", "hostilities had ceased", "both sides agreed to de-escalate":
/// an end to fighting told without the word ceasefire is one.
extension EventTyper {
    static let haltVerbs: Set<String> = ["stopped", "ceased", "halted", "subsided"]
    static let easing: Set<String> = ["de-escalate", "deescalate", "de-escalation", "deescalation"]

    /// The index of the word that tells the halt, or nil: a halt verb right after a clash noun (an auxiliary
    /// between them allowed), or an easing agreed to.
    static func halt(_ w: [String]) -> Int? {
        for k in w.indices where haltVerbs.contains(w[k]) {
            var j = k - 1
            if j >= 0, ["had", "has", "have"].contains(w[j]) { j -= 1 }
            if j >= 0, clashNouns.contains(w[j]) { return k }
        }
        for k in w.indices where easing.contains(w[k]) {
            if w[max(0, k - 3)..<k].contains(where: { ["agreed", "agree", "agreeing"].contains($0) }) { return k }
        }
        return nil
    }

    static let stopWords: Set<String> = ["stop", "end", "halt", "cease"]

    /// "called on both sides to stop the fighting", "urged an end to the clashes": fighting named in an appeal to
    /// stop it is what the appeal is about, not an event the sentence tells.
    static func isAppealToStop(_ w: [String], _ k: Int) -> Bool {
        guard let s = w[max(0, k - 4)..<k].lastIndex(where: stopWords.contains) else { return false }
        return w[..<s].contains(where: appeals.contains)
    }
}
