import BorderIncidents

/// "Later that day", "the next day", "the day before": a day named by the day told before it (earlier in the
/// sentence, else in the report), not by the publication date.
extension DateReader.Scan {
    /// The phrases, each with the days it lies after the day told before it, longest first.
    static let sameDayPhrases: [([String], Int)] = [
        (["later", "that", "same", "day"], 0), (["later", "that", "day"], 0), (["that", "same", "day"], 0),
        (["the", "same", "day"], 0), (["that", "day"], 0), (["the", "next", "day"], 1),
        (["the", "following", "day"], 1), (["a", "day", "later"], 1), (["the", "day", "before"], -1),
        (["the", "previous", "day"], -1), (["a", "day", "earlier"], -1),
    ]

    /// The phrase at `k` resolved against the last single day told before it, or nil (then the stretch is
    /// undated and its paragraph dates it, as before). Without a day earlier in its sentence, the day before
    /// reads against publication ("the ministry said the previous day").
    mutating func sameDay(at k: Int) -> Int? {
        guard
            let (words, offset) = Self.sameDayPhrases.first(where: { p in
                Array(w[k..<min(w.count, k + p.0.count)]) == p.0
            })
        else { return nil }
        // "the day before yesterday" counts back from publication (`relative(at:)`), not from a day told before.
        if words == ["the", "day", "before"], k + 3 < w.count, w[k + 3] == "yesterday" { return nil }
        let to = k + words.count - 1
        let inSentence = found.last(where: { $0.date?.isSingleDay == true })?.date?.start
        // Told in another sentence, "the day before" is mostly the day before the report ("as was reported
        // the day before"); "that day" and "the next day" follow on from what was told last.
        let told = inSentence ?? (offset < 0 ? nil : reader.antecedent)
        guard let base = told ?? (offset < 0 ? published : nil) else { return nil }
        let day = base.adding(days: offset)
        let relation = offset == 0 ? "the day of" : offset > 0 ? "the day after" : "the day before"
        let source = told == nil ? "publication on \(base)" : "\(base), told before it"
        add(
            IncidentDate(start: day, end: day, precision: .day, reading: "\(relation) \(source)"), k, to,
            confidence: told == nil ? 0.6 : 0.7)
        return to
    }
}
