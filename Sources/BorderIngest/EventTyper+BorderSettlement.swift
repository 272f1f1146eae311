/// "Border guards have taken control of four villages after the delimitation", "Baku called on Yerevan to cede
/// four villages", "the villages belong to Azerbaijan": a border line settled, villages handed from one side to
/// the other (done or demanded) or claimed by right, is what the statement tells, an event of its own even when
/// the sentence gives no date.
extension EventTyper {
    static let handover: Set<String> = [
        "cede", "ceded", "ceding", "hand", "handed", "handing", "handover", "return", "returned", "returning",
        "transfer", "transferred",
    ]
    /// Verbs of a claim on villages ("Baku demands four villages", "the villages Baku is demanding"): only right
    /// beside them, as "demanding to stop the works" on a territory claims no land.
    static let demands: Set<String> = ["demand", "demands", "demanded", "demanding"]
    static let villages: Set<String> = ["village", "villages"]
    /// Tokens after "villages" a verb of their handover or ownership may stand at: past where they lie, or the
    /// list of their names ("the villages -- A, B, C and D -- are de jure Azerbaijan's").
    static let afterVillages = 20
    /// Words after the villages that say whose they are by right ("belong to Azerbaijan", "are de jure located
    /// on its territory").
    static let ownership: Set<String> = ["belong", "belongs", "jure"]
    static let settledGround: Set<String> = ["village", "villages", "territory", "territories", "land", "lands"]

    /// The index of the word that tells the settlement, or nil: villages or land handed over, returned, ceded or
    /// taken control of (within a few words), or the border's delimitation said to have begun or to be done.
    static func borderSettlement(_ w: [String]) -> Int? {
        for k in w.indices where settledGround.contains(w[k]) {
            let before = w[max(0, k - 6)..<k]
            if let h = before.firstIndex(where: handover.contains), w[h + 1] != "fire" { return h }
            if villages.contains(w[k]),
                let d = w[max(0, k - 3)..<min(w.count, k + 4)].firstIndex(where: demands.contains)
            {
                return d
            }
            if let c = before.firstIndex(of: "control"), c > 0,
                ["take", "taken", "took", "taking", "cede", "ceded"].contains(w[c - 1])
            {
                return c
            }
            // "must be ceded to Azerbaijan", "should be returned immediately": the verb after the villages and
            // where they lie ("returned fire" is fighting, not land).
            if villages.contains(w[k]),
                let h = w[(k + 1)..<min(w.count, k + Self.afterVillages)].firstIndex(where: {
                    handover.contains($0) || ownership.contains($0)
                }),
                h + 1 >= w.count || w[h + 1] != "fire"
            {
                return h
            }
        }
        return nil
    }
}
