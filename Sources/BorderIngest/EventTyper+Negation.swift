/// "There have been no skirmishes or clashes", "the guards did not open fire": fighting the sentence says did not
/// happen is no event of it.
extension EventTyper {
    static let negations: Set<String> = ["no", "not", "never", "without", "n't", "nor"]

    /// Words that may stand between a negation and the fighting word it denies ("no skirmishes or clashes",
    /// "did not open fire", "not a single shot").
    static let deniedFiller: Set<String> = [
        "or", "and", "open", "opened", "any", "a", "single", "further", "new", "more", "serious", "armed",
        "cross-border",
        "border",
    ]

    /// Whether the fighting word at `k` follows a negation with only such words between.
    static func isNegated(_ w: [String], _ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, k - j <= 4 {
            if negations.contains(w[j]) { return true }
            guard deniedFiller.contains(w[j]) || clash.contains(w[j]) else { return false }
            j -= 1
        }
        return false
    }
}
