/// "The clash coincided with the anniversary of the leaders' meeting in Moscow on January 11, 2021": the date after
/// "anniversary of" is that of the event remembered, a point of reference, not a date of an event the report tells.
extension DateReader {
    /// How many words back from a date "anniversary" may stand and still be the one the date belongs to.
    static let anniversaryReach = 25

    static func isAnniversaryOrigin(_ w: [String], _ m: Mention) -> Bool {
        guard m.firstToken < w.count else { return false }
        let before = w[max(0, m.firstToken - anniversaryReach)..<m.firstToken]
        guard let k = before.lastIndex(where: { $0 == "anniversary" || $0 == "anniversaries" }) else { return false }
        // "… the anniversary. On 12 July fighting resumed": a sentence's end or a clause break parts them.
        return !w[k..<m.firstToken].contains { [".", ";"].contains($0) }
    }
}
