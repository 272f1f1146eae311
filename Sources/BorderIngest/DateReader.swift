import BorderIncidents

/// Finds the dates a sentence gives, absolute ("13 September 2022",
/// "September 13", "Sept. 13", "13.09.2022", "2022-09-13", "November 2020",
/// "in 2020") and relative to the publication date ("Tuesday", "early
/// Tuesday", "yesterday", "last night", "last week", "in August",
/// "mid-July", "since May", "days before"), read by `RelativeDate`.
struct DateReader {
    struct Mention {
        /// Nil when the phrase needs a publication date the report lacks.
        var date: IncidentDate?
        var phrase: String
        var start: Int
        var end: Int
        /// Index of the phrase's first and last token in the sentence.
        var firstToken: Int
        var lastToken: Int
        var confidence: Double
        /// "since May", "so far": the date is the start of a running tally.
        var isOpenPeriod: Bool
        /// "said on Sunday": the day of a statement, not of the events it reports (`datesStatement`).
        var isStatementDay = false
    }

    let published: Day?
    /// Without a publication date, the year a day and month without one take:
    /// the year the paragraph states for its other days, or the address's.
    var context: (year: Int, month: Int?, from: String)? = nil
    /// The last single day the report told before the sentence, which "that day" and "the next day" count from.
    var antecedent: Day? = nil
    /// Without a publication date, the latest day the text states in full: weekdays are read near it.
    var weekdayAnchor: Day? = nil

    init(published: Day?, context: (year: Int, month: Int?, from: String)? = nil) {
        self.published = published
        self.context = context
    }

    static let monthAbbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
        "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// "12-13": two days running, a night over two days; "28-30": the days of a span within a month.
    static func isDayRange(_ w: String) -> Bool {
        let parts = w.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]) else { return false }
        return (1...31).contains(a) && b > a && b <= 31 && b - a <= Scan.longestSpanDays
    }

    static func month(_ w: String) -> Int? {
        if let m = Day.monthNames.firstIndex(of: w) { return m + 1 }
        return monthAbbreviations[w]
    }

    func mentions(in sentence: ReportText.Sentence) -> [Mention] {
        var scan = Scan(self, sentence)
        let found = scan.run()
        return Self.withDuration(Self.withoutNightsEnds(found) + dayBefore(scan.w, scan.t, after: found), scan.w)
    }

    /// A day and month without a year: the latest such day on or before publication.
    func dayMonth(_ d: Int, _ m: Int, _ y: Int?) -> (IncidentDate?, Double) {
        if let y, let day = Day(year: y, month: m, day: d) {
            return (IncidentDate(start: day, end: day, precision: .day, reading: "stated"), 0.95)
        }
        if published == nil, let context {
            // A month after the address's month is of the year before.
            let year = context.month.map { m > $0 ? context.year - 1 : context.year } ?? context.year
            guard let day = Day(year: year, month: m, day: d) else { return (nil, 0.5) }
            return (
                IncidentDate(
                    start: day, end: day, precision: .day,
                    reading: "day and month stated; year \(year) from \(context.from)"), 0.7
            )
        }
        guard let published, let this = Day(year: published.year, month: m, day: d) else { return (nil, 0.5) }
        let day = this <= published ? this : Day(year: published.year - 1, month: m, day: d) ?? this
        return (
            IncidentDate(
                start: day, end: day, precision: .day,
                reading: "day and month stated; year of the publication of \(published)"), 0.85
        )
    }

    /// "Clashes erupted on Wednesday, a day after scores were killed": the
    /// event after "a day after" is a recap, dated the day before the
    /// sentence's own day (not the report's).
    func dayBefore(_ w: [String], _ t: [ReportText.Token], after found: [Mention]) -> [Mention] {
        var out: [Mention] = []
        for k in w.indices where k + 2 < w.count && ["a", "one", "the"].contains(w[k]) && w[k + 1] == "day" {
            guard w[k + 2] == "after",
                let earlier = found.last(where: { $0.lastToken < k && $0.date?.precision == .day }),
                let date = earlier.date, date.isSingleDay
            else { continue }
            let day = date.start.adding(days: -1)
            out.append(
                Mention(
                    date: IncidentDate(
                        start: day, end: day, precision: .day, reading: "the day before \(date.start) ('a day after')"),
                    phrase: t[k...(k + 2)].map(\.text).joined(separator: " "), start: t[k].start, end: t[k + 2].end,
                    firstToken: k, lastToken: k + 2, confidence: earlier.confidence * 0.9, isOpenPeriod: false))
        }
        return out
    }

    /// Words that open a date stamp at a paragraph's start ("Date: 2022-09-16", "Published 13.09.2022").
    static let stampWords: Set<String> = ["date", "published", "updated", "posted"]

    /// The last token of a date stamp that opens the sentence's paragraph ("Date 2022-09-16 MOSCOW (AP) — …"),
    /// and of the dateline right after it ("Date 2020-07-16 YEREVAN, JULY 16, ARMENPRESS."), else -1: those
    /// dates are the report's, not an event's.
    static func stampEnd(_ s: ReportText.Sentence) -> Int {
        let words = s.tokens.indices.filter { s.tokens[$0].isWord }
        let mentions = DateReader(published: nil).mentions(in: s)
        guard s.opensParagraph, words.count > 1, stampWords.contains(s.tokens[words[0]].lower),
            let m = mentions.first, m.firstToken == words[1], m.date?.reading == "stated"
        else { return -1 }
        return datelineEnd(s, after: m.lastToken, mentions: mentions.dropFirst()) ?? m.lastToken
    }

    /// The last token of the date of a dateline starting after token `k`: a place in capitals, then a few
    /// capitalised words or commas, then the date ("YEREVAN, JULY 16", "BAKU, Azerbaijan, July 22").
    static func datelineEnd(_ s: ReportText.Sentence, after k: Int, mentions: ArraySlice<Mention>) -> Int? {
        let place = k + 1
        guard place < s.tokens.count, s.tokens[place].isWord, s.tokens[place].text.count > 2,
            s.tokens[place].text == s.tokens[place].text.uppercased(),
            let date = mentions.first(where: { $0.firstToken > place && $0.firstToken - place <= 6 }),
            s.tokens[place..<date.firstToken].allSatisfy({ $0.isCapitalized || $0.text == "," })
        else { return nil }
        return date.lastToken
    }

    /// The first year of a decade written "1990s" or "mid-1990s", else nil.
    static func decadeYear(_ word: String) -> Int? {
        let bare = word.hasPrefix("mid-") ? word.dropFirst(4) : Substring(word)
        guard bare.count == 5, bare.hasSuffix("s"), let y = Int(bare.dropLast()), y % 10 == 0,
            (1900...2090).contains(y)
        else { return nil }
        return y
    }

    /// Whether "since" at `k` follows a superlative ("the deadliest fighting
    /// since 2020", "the largest clashes since the end of the war"): a point
    /// of comparison, neither a date of the event nor the start of a tally.
    static func followsSuperlative(_ w: [String], _ k: Int) -> Bool {
        w[max(0, k - 6)..<k].contains { word in
            ["worst", "first", "most", "biggest", "largest", "deadliest", "heaviest", "fiercest", "bloodiest"]
                .contains(word) || word.count > 5 && word.hasSuffix("iest")
        }
    }

    /// Relative phrases `RelativeDate` reads, longest first.
    static let phrases: [[String]] = [
        ["yesterday"], ["today"], ["overnight"], ["tonight"], ["last", "night"], ["last", "week"],
        ["this", "week"], ["last", "month"], ["last", "year"], ["earlier", "this", "month"],
        ["earlier", "this", "week"], ["this", "morning"], ["shortly", "after", "midnight"],
        ["after", "midnight"], ["days", "before"], ["days", "ago"], ["days", "earlier"], ["days", "after"],
        ["in", "recent", "days"], ["day", "before", "yesterday"],
    ].sorted { $0.count > $1.count }
    static let phraseStarts = Set(phrases.map { $0[0] })
    static let weekdays = Set(Day.weekdayNames)

    /// The relative phrase at token k, normalised for `RelativeDate`, with its token range.
    func relativePhrase(_ w: [String], at k: Int) -> (String, Int, Int)? {
        func word(_ j: Int) -> String { j >= 0 && j < w.count ? w[j] : "" }
        let here = w[k]
        if Self.weekdays.contains(here) {
            var from = k, to = k
            var phrase = here
            if ["last", "next", "this", "past"].contains(word(k - 1)) {
                from = k - 1; phrase = "\(word(k - 1)) \(here)"
            } else if ["early", "late"].contains(word(k - 1)) {
                from = k - 1
            }
            if ["morning", "night", "evening", "afternoon"].contains(word(k + 1)) { to = k + 1 }
            // Future tense: "will meet on Friday" is the coming Friday.
            if from == k || word(k - 1) == "early" || word(k - 1) == "late",
                w[max(0, k - 6)..<k].contains(where: { ["will", "plans", "scheduled", "due"].contains($0) })
            {
                phrase = "next \(here)"
            }
            return (phrase, from, to)
        }
        guard Self.phraseStarts.contains(here) else { return nil }
        for p in Self.phrases where p[0] == here {
            if Array(w[k..<min(w.count, k + p.count)]) == p {
                // "two days ago" is that many days before publication, not what "days ago" means.
                if p == ["days", "ago"], let n = NumberWords.value(word(k - 1)) {
                    return DateReader.daysAgo(n).map { ($0, k - 1, k + 1) }
                }
                // "two days before", "three days earlier" count from another event, not from publication.
                if p == ["days", "before"] || p == ["days", "earlier"] || p == ["days", "after"],
                    NumberWords.value(word(k - 1)) != nil
                {
                    return nil
                }
                // "just days after X": X happened in the days before publication.
                return (p == ["days", "after"] ? "days before" : p.joined(separator: " "), k, k + p.count - 1)
            }
        }
        return nil
    }
}
