import BorderIncidents

extension DateReader {
    /// One pass over a sentence's tokens. Each step reads the date phrase that
    /// starts at a token and returns the token it ends on, or nil when the
    /// phrase there is not its kind; the first step that answers wins.
    struct Scan {
        let reader: DateReader
        let t: [ReportText.Token]
        /// Lower-cased words; "Last year's war": the possessive does not change the date.
        let w: [String]
        var found: [Mention] = []

        init(_ reader: DateReader, _ sentence: ReportText.Sentence) {
            self.reader = reader
            t = sentence.tokens
            w = t.map { $0.lower.hasSuffix("'s") || $0.lower.hasSuffix("’s") ? String($0.lower.dropLast(2)) : $0.lower }
        }

        var published: Day? { reader.published }

        func word(_ k: Int) -> String { k >= 0 && k < w.count ? w[k] : "" }

        /// Index of the next word token after k (skipping "." and ",").
        func next(_ k: Int) -> Int {
            var j = k + 1
            while j < t.count, !t[j].isWord, t[j].text == "." || t[j].text == "," { j += 1 }
            return j
        }

        func year(_ k: Int) -> Int? {
            guard let y = Int(word(k)), word(k).count == 4, (1900...2100).contains(y) else { return nil }
            return y
        }

        mutating func add(_ date: IncidentDate?, _ from: Int, _ to: Int, confidence: Double, open: Bool = false) {
            let phrase = t[from...to].map(\.text).joined(separator: " ").replacingOccurrences(of: " .", with: ".")
                .replacingOccurrences(of: " ,", with: ",")
            found.append(
                Mention(
                    date: date, phrase: phrase, start: t[from].start, end: t[to].end, firstToken: from,
                    lastToken: to, confidence: confidence, isOpenPeriod: open))
        }

        /// Every date phrase of the sentence, in reading order.
        mutating func run() -> [Mention] {
            var k = 0
            while k < t.count {
                if t[k].isWord, let end = read(at: k) { k = end + 1 } else { k += 1 }
            }
            ongoing()
            return found
        }

        mutating func read(at k: Int) -> Int? {
            if let end = daySpan(at: k) ?? numericDate(at: k) ?? dayRange(at: k) ?? dayThenMonth(at: k)
                ?? monthRange(at: k)
            {
                return end
            }
            if let end = monthFirst(at: k) ?? midMonth(at: k) ?? yearRange(at: k) ?? seasonOfYear(at: k) {
                return end
            }
            return yearAlone(at: k) ?? decade(at: k) ?? sameDay(at: k) ?? relative(at: k)
        }

        /// 2022-09-13 and 13.09.2022.
        mutating func numericDate(at k: Int) -> Int? {
            let here = w[k]
            guard here.first?.isNumber == true else { return nil }
            if here.split(separator: "-").count == 3, let d = Day(iso: here) {
                add(IncidentDate(start: d, end: d, precision: .day, reading: "stated"), k, k, confidence: 0.95)
                return k
            }
            let dotted = here.split(separator: ".")
            if dotted.count == 3, let dd = Int(dotted[0]), let mm = Int(dotted[1]), let yy = Int(dotted[2]),
                dotted[2].count == 4,
                let d = Day(year: yy, month: mm, day: dd)
            {
                add(IncidentDate(start: d, end: d, precision: .day, reading: "stated"), k, k, confidence: 0.9)
                return k
            }
            return nil
        }

        /// 12-13 September [2022], September 12-13: the night over two days; 28-30 April: the days of the span; the
        /// same with a dash between spaces or an en dash ("16 – 17 September", "September 16–17").
        mutating func dayRange(at k: Int) -> Int? {
            let range: [Int], last: Int
            if DateReader.isDayRange(w[k]) {
                (range, last) = (w[k].split(separator: "-").compactMap { Int($0) }, k)
            } else if let dashed = dashedDayRange(at: k) {
                (range, last) = ([dashed.first, dashed.last], dashed.end)
            } else {
                return nil
            }
            let monthAfter = DateReader.month(word(next(last))), monthBefore = DateReader.month(word(k - 1))
            guard let m = monthAfter ?? monthBefore else { return nil }
            let yk = monthAfter != nil ? next(next(last)) : next(last)
            let (first, c) = reader.dayMonth(range[0], m, year(yk))
            guard let a = first?.start, let b = Day(year: a.year, month: a.month, day: range[1]) else { return nil }
            let from = monthBefore != nil && monthAfter == nil ? k - 1 : k
            let to = year(yk) != nil ? yk : (monthAfter != nil ? next(last) : last)
            let days = "\(range[0])-\(range[1])"
            let reading = range[1] == range[0] + 1 ? "the night of \(days) stated" : "days \(days) stated"
            addSpan(a, b, reading: reading, from: from, to: to, c)
            return to
        }

        /// "16 – 17", "16–17": two days joined by a dash that stands as a token of its own, and the last day's token.
        func dashedDayRange(at k: Int) -> (first: Int, last: Int, end: Int)? {
            guard k + 2 < t.count, ["-", "–", "—"].contains(t[k + 1].text), word(k).count <= 2,
                word(k + 2).count <= 2, DateReader.isDayRange("\(word(k))-\(word(k + 2))"),
                let a = Int(word(k)), let b = Int(word(k + 2))
            else { return nil }
            return (a, b, k + 2)
        }

        /// 13 September [2022].
        mutating func dayThenMonth(at k: Int) -> Int? {
            let here = w[k]
            guard let d = Int(here), (1...31).contains(d), here.count <= 2, let m = DateReader.month(word(next(k)))
            else { return nil }
            let mk = next(k), yk = next(mk)
            let y = year(yk)
            let (date, c) = reader.dayMonth(d, m, y)
            addDay(date, k, y == nil ? mk : yk, confidence: c)
            return y == nil ? mk : yk
        }

        /// A capitalised month and what follows it: "September 13[, 2022]", "Sept. 13", "November 2020", and,
        /// relative to publication, "in August", "early June", "since May". Once a month is read here, the
        /// token is spent even when no date comes of it.
        mutating func monthFirst(at k: Int) -> Int? {
            let here = w[k]
            guard let m = DateReader.month(here), t[k].isCapitalized,
                here != "may" || word(next(k)).first?.isNumber == true || word(k - 1) == "in" || word(k - 1) == "since"
            else { return nil }
            let dk = next(k)
            // "April 28-29": the day range after the month reads it (at the range).
            if DateReader.isDayRange(word(dk)) || dashedDayRange(at: dk) != nil { return k }
            // September 13[, 2022]; Sept. 13.
            if let d = Int(word(dk)), (1...31).contains(d), word(dk).count <= 2 {
                let yk = next(dk)
                let y = year(yk)
                let (date, c) = reader.dayMonth(d, m, y)
                addDay(date, k, y == nil ? dk : yk, confidence: c)
                return y == nil ? dk : yk
            }
            if let y = year(dk) {
                monthOfYear(m, y, at: k)
                return dk
            }
            guard Day.monthNames.contains(here) else { return k }
            monthNearPublication(at: k)
            return k
        }

        /// A day and month from `from` to `to`; after "since", the stretch from that day to publication
        /// ("attacks since July 12"), unless the day is that of the event named next ("since July 12, when …").
        mutating func addDay(_ date: IncidentDate?, _ from: Int, _ to: Int, confidence: Double) {
            guard word(from - 1) == "since", !namesItsEvent(since: from - 1, after: to), let day = date?.start,
                let published,
                day < published
            else {
                add(date, from, to, confidence: confidence)
                return
            }
            add(
                IncidentDate(start: day, end: published, precision: .period, reading: "since \(day) until publication"),
                from - 1, to, confidence: confidence * 0.9, open: true)
        }

        /// "since May, when Armenia protested …", "since May after an incursion": the date after "since" is
        /// that of the event the clause names, not the start of a stretch (nor, after a superlative, a point
        /// of comparison to drop); so is a presence on the other's territory since then (`datesAnArrival`).
        func namesItsEvent(since s: Int, after k: Int) -> Bool {
            word(s) == "since" && (["when", "after"].contains(word(next(k))) || datesAnArrival(after: k))
                && !DateReader.followsSuperlative(w, s)
        }

        /// November 2020, since November 2020.
        mutating func monthOfYear(_ m: Int, _ y: Int, at k: Int) {
            let dk = next(k)
            let from = ["in", "since", "of", "during"].contains(word(k - 1)) ? k - 1 : k
            let date = RelativeDate.month(m, y, "month stated")
            if word(k - 1) == "since", !namesItsEvent(since: k - 1, after: dk), let published {
                add(
                    IncidentDate(
                        start: date.start, end: published, precision: .period,
                        reading: "since \(w[k]) \(y) until publication"), from, dk, confidence: 0.8, open: true)
            } else {
                add(date, from, dk, confidence: 0.9)
            }
        }

        /// in August, mid July, early June, end of May, since May: the month before publication.
        mutating func monthNearPublication(at k: Int) {
            let here = w[k]
            var from = k
            if ["in", "since", "early", "late", "during", "throughout", "mid", "end", "last"].contains(word(k - 1)) {
                from = k - 1
            }
            if word(k - 1) == "of" && word(k - 2) == "end" { from = k - 2 }
            var qualifier = from < k ? word(from) : "in"
            if namesItsEvent(since: from, after: k) { qualifier = "in" }
            let phrase = "\(qualifier == "end" ? "late" : qualifier) \(here)"
            guard let published else {
                add(nil, from, k, confidence: 0.3)
                return
            }
            if let date = try? RelativeDate.resolve(phrase, published: published) {
                add(date, from, k, confidence: 0.7, open: qualifier == "since")
            }
        }

        /// "mid-July" comes as one token.
        mutating func midMonth(at k: Int) -> Int? {
            let here = w[k]
            guard here.hasPrefix("mid-"), Day.monthNames.contains(String(here.dropFirst(4))) else { return nil }
            let from = word(k - 1) == "since" ? k - 1 : k
            let phrase = (from < k ? "since " : "mid ") + here.dropFirst(4)
            if let published, var date = try? RelativeDate.resolve("mid " + here.dropFirst(4), published: published) {
                if from < k {
                    date = IncidentDate(
                        start: date.start, end: published, precision: .period,
                        reading: "'\(phrase)' read against publication on \(published)")
                }
                add(date, from, k, confidence: 0.7, open: from < k)
            } else {
                add(nil, from, k, confidence: 0.3)
            }
            return k
        }

        /// in 2020, since 2020, the 2020 war.
        mutating func yearAlone(at k: Int) -> Int? {
            guard let y = year(k), ["in", "since", "of", "the"].contains(word(k - 1)) else { return nil }
            let first = Day(year: y, month: 1, day: 1)!, last = Day(year: y, month: 12, day: 31)!
            if word(k - 1) == "since", !namesItsEvent(since: k - 1, after: k), let published {
                add(
                    IncidentDate(
                        start: first, end: published, precision: .period, reading: "since \(y) until publication"),
                    k - 1, k, confidence: 0.6, open: true)
            } else {
                add(
                    IncidentDate(start: first, end: last, precision: .period, reading: "year \(y) stated"), k - 1, k,
                    confidence: 0.6)
            }
            return k
        }

        /// "between 1988 and 1994", "from 1988 to 1994", "1988-1994": one period from the first year's start to the
        /// last one's end, not two years apart.
        mutating func yearRange(at k: Int) -> Int? {
            let years: (Int, Int, Int)?
            if ["between", "from"].contains(word(k)), let a = year(k + 1), ["and", "to"].contains(word(k + 2)),
                let b = year(k + 3)
            {
                years = (a, b, k + 3)
            } else {
                let parts = word(k).split(separator: "-").map(String.init)
                let ys = parts.compactMap { $0.count == 4 ? Int($0) : nil }.filter { (1900...2100).contains($0) }
                years = parts.count == 2 && ys.count == 2 ? (ys[0], ys[1], k) : nil
            }
            guard let (a, b, end) = years, a < b else { return nil }
            add(
                IncidentDate(
                    start: Day(year: a, month: 1, day: 1)!, end: Day(year: b, month: 12, day: 31)!, precision: .period,
                    reading: "years \(a) to \(b) stated"), k, end, confidence: 0.6)
            return end
        }

        /// Years of a decade its qualifier names, after the decade's first year.
        static let partOfDecade: [String: (Int, Int)] = ["early": (0, 4), "mid": (3, 6), "late": (5, 9)]

        /// "in the 1990s", "a 1990s war": the whole decade; "the early 1990s" its first half, "the late 1990s" its
        /// second, "the mid-1990s" the years about its middle.
        mutating func decade(at k: Int) -> Int? {
            let token = word(k)
            guard let y = DateReader.decadeYear(token) else { return nil }
            let qualified = ["early", "mid", "late"].contains(word(k - 1))
            let from = qualified ? k - 1 : k
            guard token.hasPrefix("mid-") || ["the", "a", "in", "of", "during", "since"].contains(word(from - 1)) else {
                return nil
            }
            let start = from - (["the", "a"].contains(word(from - 1)) ? 1 : 0)
            let (from0, to0) =
                Self.partOfDecade[token.hasPrefix("mid-") ? "mid" : qualified ? word(k - 1) : ""] ?? (0, 9)
            let first = Day(year: y + from0, month: 1, day: 1)!, last = Day(year: y + to0, month: 12, day: 31)!
            // "held since the 1990s": a standing state for decades, never an event a report tells, so no date for
            // it (which would also cut the sentence into stretches as an event's date does).
            if word(start - 1) == "since" { return k }
            add(
                IncidentDate(
                    start: first, end: last, precision: .period,
                    reading: "the \(from < k ? word(from) + " " : "")\(y)s stated"),
                start, k, confidence: 0.5)
            return k
        }

        /// "on Sunday and Monday", "Friday to Saturday": two days running are one stretch of both, where each
        /// alone would be an event of its own day; "from Wednesday to Friday" is the span of the days between.
        /// The token after the stretch, or nil.
        mutating func runningDays(_ phrase: String, from: Int, to: Int) -> Int? {
            guard DateReader.weekdays.contains(w[to]) || DateReader.weekdays.contains(word(to - 1)),
                ["and", "to", "through"].contains(word(to + 1)), DateReader.weekdays.contains(word(to + 2)),
                let (second, _, end) = reader.relativePhrase(w, at: to + 2), let published,
                let a = try? RelativeDate.resolve(phrase, published: published),
                let b = try? RelativeDate.resolve(second, published: published),
                b.start.ordinal == a.end.ordinal + 1
                    || isSpan(after: from, link: to + 1) && b.start > a.end && b.end.ordinal - a.start.ordinal <= 6
            else { return nil }
            addSpan(a.start, b.end, reading: "from \(a.reading), to \(b.reading)", from: from, to: end, 0.7)
            return end
        }

        /// Whether two days linked at `link` are a span's ends ("from Wednesday to Friday", "between Monday and
        /// Thursday"), not two days of their own ("on Monday and Thursday").
        func isSpan(after from: Int, link: Int) -> Bool {
            Self.spanLinks.contains(word(link)) || word(from - 1) == "between" && word(link) == "and"
        }

        /// "shortly after midnight on September 13", "after midnight on Tuesday": the hour of the day named after it, not of publication; the
        /// day is read next.
        func isHourOfTheDayAfter(_ phrase: String, _ to: Int) -> Bool {
            phrase.hasSuffix("midnight") && ["on", "of"].contains(word(to + 1))
                && (dayAndMonth(at: next(to + 1))?.month != nil || DateReader.weekdays.contains(word(next(to + 1))))
        }

        /// "Tuesday", "last week", "yesterday", read by `RelativeDate`.
        mutating func relative(at k: Int) -> Int? {
            guard let (phrase, from, to) = reader.relativePhrase(w, at: k) else { return nil }
            if isHourOfTheDayAfter(phrase, to) { return to }
            if let end = runningDays(phrase, from: from, to: to) { return end }
            let date =
                published.flatMap { try? RelativeDate.resolve(phrase, published: $0) }
                ?? reader.weekdayAnchor.flatMap {
                    WeekdayAnchor.resolve(phrase, near: $0) ?? WeekdayAnchor.overnight(phrase, before: $0)
                }
            if let since = sinceBefore(from), let date, date.isSingleDay, let published, date.start < published,
                !namesItsEvent(since: since, after: to)
            {
                add(
                    IncidentDate(
                        start: date.start, end: published, precision: .period,
                        reading: "since \(date.start) until publication"), since, to, confidence: 0.7, open: true)
                return to
            }
            add(date, from, to, confidence: published == nil ? 0.3 : 0.75)
            return to
        }

        /// "since Sunday", "since border clashes on Sunday": a "since" up to four lower-case words before a
        /// relative day makes that day the start of a stretch running to publication (a tally counts over it);
        /// "since a six-week war last year" keeps the year, the war's own date.
        func sinceBefore(_ from: Int) -> Int? {
            var k = from - 1
            while k >= 0, from - k <= 5, t[k].isWord {
                if w[k] == "since" { return DateReader.followsSuperlative(w, k) ? nil : k }
                guard t[k].text == w[k] else { return nil }
                k -= 1
            }
            return nil
        }
    }
}
