/// "The treaty will be signed in Khujand next month", "a protocol is to be signed": an accord told as still to be
/// signed is a plan, not a signing that happened; it is no event of its own.
extension EventTyper {
    /// Words that, before "be", put what follows in the future or among the things wished.
    static let plannedBefore: Set<String> = ["will", "to", "would", "shall", "should", "could", "may", "might", "must"]

    /// Whether "signed" at `k` is still to come ("will be signed", "is to be signed").
    static func isPlannedSigning(_ w: [String], _ k: Int) -> Bool {
        k >= 2 && w[k - 1] == "be" && plannedBefore.contains(w[k - 2])
    }
}
