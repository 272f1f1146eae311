/// "which Azerbaijan recaptured in a lightning offensive last year", "the 2023 offensive": an offensive told by
/// its year is a campaign recalled, a war, not a day's fighting; "an offensive last week" stays fighting.
extension EventTyper {
    /// Nouns of a campaign that its year recalls as a war.
    static let campaigns: Set<String> = ["offensive", "counteroffensive", "counter-offensive"]

    /// The index of a campaign noun told by its year ("last year", "in 2023"), or nil.
    static func recalledCampaign(_ w: [String]) -> Int? {
        w.indices.first { k in
            campaigns.contains(w[k])
                && w.indices.contains { j in
                    abs(j - k) <= 4
                        && (Int(w[j]).map { (1990...2030).contains($0) } == true
                            || w[j] == "year" && j > 0 && ["last", "previous"].contains(w[j - 1]))
                }
        }
    }
}
