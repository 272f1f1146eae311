import BorderIncidents

/// "Heavy fighting is continuing in Tovuz", "shelling continues": fighting told in the present, with no date of
/// its own, goes on the day the report is published.
extension DateReader.Scan {
    /// The verbs after a fighting noun that say it goes on now ("is continuing", "are still ongoing").
    static let goingOn: [[String]] = [
        ["is", "continuing"], ["are", "continuing"], ["continues"], ["continue"], ["is", "ongoing"],
        ["are", "ongoing"],
    ]

    /// Adds the publication day for the first fighting noun told going on, when the sentence gives no other date.
    mutating func ongoing() {
        guard found.isEmpty, let published else { return }
        for k in w.indices where EventTyper.clashNouns.contains(w[k]) || EventTyper.shelling.contains(w[k]) {
            let verb = word(k + 1) == "still" ? k + 2 : k + 1
            guard verb < w.count,
                let tense = Self.goingOn.first(where: { p in Array(w[verb..<min(w.count, verb + p.count)]) == p })
            else { continue }
            let to = verb + tense.count - 1
            add(
                IncidentDate(
                    start: published, end: published, precision: .day,
                    reading: "told going on in the present: the day of publication, \(published)"), k, to,
                confidence: 0.6)
            return
        }
    }
}
