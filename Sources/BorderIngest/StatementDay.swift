/// "The ministry said on Sunday that 36 had been killed", "X on Thursday said …", "officials said early
/// Saturday": a day attached to a speech verb dates the statement, not the events it reports.
extension DateReader {
    static let speechVerbs: Set<String> = [
        "said", "says", "told", "tells", "announced", "announces", "reported", "reports", "stated", "states",
        "confirmed", "confirms", "added", "declared",
    ]

    /// Words that may stand between a speech verb and the day it dates: "said on", "told reporters early",
    /// "said in a statement on".
    static let betweenSpeechAndDay: Set<String> = [
        "on", "early", "late", "this", "in", "a", "an", "statement", "briefing", "interview", "reporters",
        "journalists",
    ]

    /// "said on Friday, January 28, that …": a weekday and its comma before the day and month name that day.
    static func isWeekdayBefore(_ w: [String], _ k: Int) -> Bool {
        w[k] == "," && k > 0 && weekdays.contains(w[k - 1])
            || weekdays.contains(w[k]) && w.indices.contains(k + 1)
                && w[k + 1] == ","
    }

    /// The verbs of a passive report ("clashes were reported on Sunday") tell when the event was seen.
    static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "being", "is", "are", "be"]

    /// A single day (or a weekday the report cannot resolve) said with a speech verb: right after it ("said on
    /// Sunday morning") or right before it ("on Thursday said").
    static func datesStatement(_ w: [String], _ m: Mention) -> Bool {
        guard m.date.map(\.isSingleDay) ?? true, !m.isOpenPeriod else { return false }
        var k = m.firstToken - 1
        while k >= 0, m.firstToken - k <= 5, betweenSpeechAndDay.contains(w[k]) || isWeekdayBefore(w, k) { k -= 1 }
        if k >= 0, speechVerbs.contains(w[k]), k == 0 || !passiveAuxiliaries.contains(w[k - 1]) { return true }
        var after = m.lastToken + 1
        while after < w.count, ["morning", "afternoon", "evening", "night"].contains(w[after]) { after += 1 }
        return after < w.count && speechVerbs.contains(w[after]) && m.firstToken > 0 && w[m.firstToken - 1] == "on"
    }

    /// The sentence's mentions, each marked when it dates a statement; a statement's day is dropped where the
    /// sentence gives another date for what it reports.
    static func eventDays(_ w: [String], _ mentions: [Mention]) -> [Mention] {
        let marked = mentions.map { m in
            var m = m
            m.isStatementDay = datesStatement(w, m)
            return m
        }
        let events = marked.filter { !$0.isStatementDay }
        return events.isEmpty ? marked : events
    }
}
