/// "fighting in the Kalbajar district – which was retaken by Baku in last year's conflict – injured two": a date in
/// a relative aside that tells no event of its own dates the thing the aside describes, not the sentence's event;
/// and the other way round, a date outside an aside that alone tells the event does not date that event.
extension DateReader {
    /// Not "where": "near Isfara, where a similar incident took place on 3 June" tells an event at the place.
    static let relativeWords: Set<String> = ["which", "who", "whom", "whose"]
    static let asideMarks: Set<String> = [",", "–", "—", "(", ")"]

    /// Whether the mention lies in an aside that opens with a relative word after a comma, a dash or a
    /// parenthesis, and that names no event (`EventTyper`).
    static func isInRelativeAside(_ w: [String], _ m: Mention) -> Bool {
        var open = m.firstToken - 1
        while open > 0, !asideMarks.contains(w[open]) { open -= 1 }
        guard open > 0, open + 1 < m.firstToken, relativeWords.contains(w[open + 1]) else { return false }
        let (aside, rest) = split(w, asideOpeningAt: open, closingAfter: m.lastToken)
        return EventTyper.read(aside) == nil && EventTyper.read(rest) != nil
    }

    /// The aside's words from the mark at `open` to the next mark after token `k`, and the sentence's others.
    static func split(_ w: [String], asideOpeningAt open: Int, closingAfter k: Int) -> (aside: [String], rest: [String])
    {
        var close = k + 1
        while close < w.count, !asideMarks.contains(w[close]) { close += 1 }
        return (Array(w[(open + 1)..<close]), Array(w[..<open]) + Array(w[min(close + 1, w.count)...]))
    }

    /// "Last week diplomats visited Jermuk, which was heavily damaged in shelling": a date outside the relative
    /// aside that alone tells the sentence's event dates what the main clause tells (a visit), not that event.
    static func isOutsideTheEventsAside(_ w: [String], _ m: Mention) -> Bool {
        guard
            let open = w.indices.first(where: { k in
                k + 1 < w.count && asideMarks.contains(w[k]) && relativeWords.contains(w[k + 1])
            }), m.lastToken < open
        else { return false }
        let (aside, rest) = split(w, asideOpeningAt: open, closingAfter: open)
        return EventTyper.read(aside) != nil && EventTyper.read(rest) == nil
    }
}
