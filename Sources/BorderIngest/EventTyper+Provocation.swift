/// "As a result of the provocation committed by the armed forces of Armenia, a serviceman was killed": a
/// "provocation" that kills or wounds is an armed incident; one that only angers ("condemns the provocations") is
/// still a statement.
extension EventTyper {
    static let provocations: Set<String> = ["provocation", "provocations"]
    static let harm: Set<String> = ["killed", "wounded", "injured", "died", "dead", "martyred"]

    /// The index of "provocation" in a sentence that also tells a loss, or nil.
    static func provocationWithLosses(_ w: [String]) -> Int? {
        guard let k = w.firstIndex(where: provocations.contains), w.contains(where: harm.contains) else { return nil }
        return k
    }
}
