/// "supports the Global Ceasefire Initiative", "a ceasefire proposal", "talks on a ceasefire plan", "along the
/// ceasefire line": a ceasefire that names a proposal, a call, talks or a line is no ceasefire that took hold.
extension EventTyper {
    /// Nouns a ceasefire word qualifies without naming a ceasefire of the day.
    static let ceasefireQualified: Set<String> = [
        "initiative", "initiatives", "proposal", "proposals", "plan", "plans", "call", "calls", "appeal", "appeals",
        "talks", "negotiations", "line", "lines",
    ]

    /// Whether the ceasefire word at `k` qualifies a proposal, a call, talks or a line ("Ceasefire Initiative").
    static func namesNoCeasefire(_ w: [String], _ k: Int) -> Bool {
        k + 1 < w.count && ceasefireQualified.contains(w[k + 1])
    }
}
