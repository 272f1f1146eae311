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
        return brokeredEnd(w)
    }

    static let settlements: Set<String> = ["deal", "agreement", "accord", "pact"]
    static let endings: Set<String> = ["end", "ended", "ends", "ending"]

    /// "a deal brokered by Moscow brought an end to the fighting", "a Russia-brokered accord ended it": a
    /// brokered settlement said to end something is a ceasefire, though the word is not there. The index of the
    /// settlement's noun, or nil.
    static func brokeredEnd(_ w: [String]) -> Int? {
        guard let b = w.firstIndex(where: { $0 == "brokered" || $0.hasSuffix("-brokered") }),
            let d = w.indices.first(where: { abs($0 - b) <= 3 && settlements.contains(w[$0]) }),
            w[(b + 1)...].contains(where: endings.contains)
        else { return nil }
        return d
    }

    static let stopWords: Set<String> = ["stop", "end", "halt", "cease"]

    /// "called on both sides to stop the fighting", "urged an end to the clashes": fighting named in an appeal to
    /// stop it is what the appeal is about, not an event the sentence tells.
    static func isAppealToStop(_ w: [String], _ k: Int) -> Bool {
        guard let s = w[max(0, k - 4)..<k].lastIndex(where: stopWords.contains) else { return false }
        return w[..<s].contains(where: appeals.contains)
    }
}
