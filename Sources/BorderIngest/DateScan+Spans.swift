import BorderIncidents

/// Fighting told over several days: "from October 3 to October 8", "between 3 and 8 October", "28-30 April",
/// "from Wednesday to Friday", "two days of clashes that began on 28 April". The date is the whole span, not its
/// first day alone (nor its month).
extension DateReader.Scan {
    /// Words that link a span's first day to its last.
    static let spanLinks: Set<String> = ["to", "through", "until", "till"]

    /// The longest span read as one stretch of days; a longer one is more likely two events.
    static let longestSpanDays = 31

    /// A day at `k` with its month on either side ("3 October", "October 3"), or a bare day ("3" in "from 3 to 8
    /// October"), with the token it ends on.
    func dayAndMonth(at k: Int) -> (day: Int, month: Int?, last: Int)? {
        let here = word(k)
        if let d = Int(here), (1...31).contains(d), here.count <= 2 {
            let mk = next(k)
            if let m = DateReader.month(word(mk)), t[mk].isCapitalized { return (d, m, mk) }
            return (d, nil, k)
        }
        let dk = next(k)
        if let m = DateReader.month(here), t[k].isCapitalized, let d = Int(word(dk)), (1...31).contains(d),
            word(dk).count <= 2
        {
            return (d, m, dk)
        }
        return nil
    }

    /// "from October 3 to October 8, 2023", "from 28 April to 1 May", "between 3 and 8 October", "October 3 to 8":
    /// one span from the first day to the last. A bare first day needs "from" or "between" before it.
    mutating func daySpan(at k: Int) -> Int? {
        let opener = ["from", "between"].contains(w[k])
        let firstAt = opener ? afterClockTime(at: k + 1) : k
        guard let first = dayAndMonth(at: firstAt), opener || first.month != nil else { return nil }
        var link = next(first.last)
        let firstYear = year(link)
        if firstYear != nil { link = next(link) }
        guard Self.spanLinks.contains(word(link)) || w[k] == "between" && word(link) == "and",
            let last = dayAndMonth(at: afterClockTime(at: link + 1))
        else { return nil }
        guard let lastMonth = last.month ?? first.month else { return nil }
        let firstMonth = first.month ?? lastMonth
        let yk = next(last.last)
        let lastYear = year(yk)
        let end = lastYear == nil ? last.last : yk
        let (endDate, confidence) = reader.dayMonth(last.day, lastMonth, lastYear ?? firstYear)
        guard let endDay = endDate?.start else {
            add(nil, k, end, confidence: 0.3)
            return end
        }
        let startYear = firstYear ?? (firstMonth > lastMonth ? endDay.year - 1 : endDay.year)
        guard let startDay = Day(year: startYear, month: firstMonth, day: first.day), startDay <= endDay,
            endDay.ordinal - startDay.ordinal <= Self.longestSpanDays
        else { return nil }
        addSpan(startDay, endDay, reading: "days \(startDay) to \(endDay) stated", from: k, to: end, confidence)
        return end
    }

    /// Where a span's day starts when an hour comes first ("from 22:20 on August 11 to 00:05 on August 12", "from
    /// 2220 on August 11"): after the hour and its "on"; `k` itself where no hour with "on" stands there.
    func afterClockTime(at k: Int) -> Int {
        let here = word(k)
        var last: Int?
        if here.count == 4, let hhmm = Int(here), hhmm / 100 < 24, hhmm % 100 < 60 {
            last = k
        } else if Int(here) != nil, word(k + 1) == ":", Int(word(k + 2)) != nil {
            last = k + 2
        } else if here.contains("."), ClockTime.time(w, k) != nil {
            last = k
        }
        guard let last, word(last + 1) == "on" else { return k }
        return last + 2
    }

    /// A span of days: a night over two days keeps a day's precision, a longer span is a period.
    mutating func addSpan(_ start: Day, _ end: Day, reading: String, from: Int, to: Int, _ confidence: Double) {
        let precision: IncidentDate.Precision = end.ordinal - start.ordinal <= 1 ? .day : .period
        add(
            IncidentDate(start: start, end: end, precision: precision, reading: reading), from, to,
            confidence: confidence)
    }
}

extension DateReader {
    /// "On 12 May, troops fired from 23:00 on 11 May to 01:00 on 12 May": a day the sentence also gives as an end
    /// of a night over two days is that night told twice, not an event of its own; the night dates the sentence.
    static func withoutNightsEnds(_ mentions: [Mention]) -> [Mention] {
        let nights = mentions.compactMap(\.date).filter { !$0.isSingleDay && $0.end.ordinal - $0.start.ordinal == 1 }
        return mentions.filter { m in
            guard let day = m.date, day.isSingleDay, !m.isOpenPeriod else { return true }
            return !nights.contains { $0.start == day.start || $0.end == day.start }
        }
    }

    /// Words after "N days" that make it a distance in time, not a duration ("two days ago", "three days later").
    static let notADuration: Set<String> = ["ago", "before", "after", "earlier", "later", "since", "from"]

    /// "Two days of clashes that began on 28 April", "a three-day battle from 14 September": a duration with the
    /// sentence's one day is the span from that day (to it, after "ended" or "until").
    static func withDuration(_ mentions: [Mention], _ w: [String]) -> [Mention] {
        let days = mentions.filter { $0.date?.isSingleDay == true && !$0.isOpenPeriod }
        guard days.count == 1, var m = days.first, let date = m.date, let n = durationDays(w) else {
            return mentions
        }
        let ending = w[max(0, m.firstToken - 2)..<m.firstToken].contains { ["ended", "until", "till"].contains($0) }
        let (start, end) =
            ending ? (date.start.adding(days: -(n - 1)), date.start) : (date.start, date.start.adding(days: n - 1))
        m.date = IncidentDate(
            start: start, end: end, precision: n <= 2 ? .day : .period,
            reading: "\(n) days \(ending ? "ending" : "from") \(date.start) (\(date.reading))")
        return mentions.map { $0.firstToken == m.firstToken ? m : $0 }
    }

    /// The number of days a sentence says something lasted: "two days of fighting", "for four days", "a
    /// three-day battle"; nil where none is said.
    static func durationDays(_ w: [String]) -> Int? {
        durationWords(w).first { (2...longestDuration).contains($0) }
    }

    /// A war of 44 days is no span of an event's days.
    static let longestDuration = 14

    /// Every number of days the words give as a length of time, in reading order.
    static func durationWords(_ w: [String]) -> [Int] {
        var found: [Int] = []
        for k in w.indices {
            if w[k] == "days", k > 0, let n = NumberWords.value(w[k - 1]),
                k + 1 >= w.count || !notADuration.contains(w[k + 1]),
                k < 2 || !["past", "last", "recent", "next", "coming"].contains(w[k - 2])
            {
                found.append(n)
            }
            if w[k].hasSuffix("-day"), let n = NumberWords.value(String(w[k].dropLast(4))) { found.append(n) }
        }
        return found
    }
}
