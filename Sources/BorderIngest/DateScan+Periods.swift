import BorderIncidents

extension DateReader.Scan {
    /// The months of each season a report may name with its year (northern hemisphere, by whole months).
    /// Winter is left out: "the winter of 2020" may be either end of that year.
    static let seasons: [String: ClosedRange<Int>] = [
        "spring": 3...5, "summer": 6...8, "autumn": 9...11, "fall": 9...11,
    ]

    /// How the reading of a range of months begins.
    static let monthRangeReading = "months "

    /// "September to November 2020", "from May to July", "last September to November", "between May and July 2021":
    /// one period from the first month's first day to the last month's last day, not the first month alone.
    mutating func monthRange(at k: Int) -> Int? {
        guard let first = DateReader.month(w[k]), t[k].isCapitalized else { return nil }
        let firstYear = year(k + 1)
        let link = firstYear == nil ? k + 1 : k + 2
        let between = word(k - 1) == "between"
        guard ["to", "through", "until", "till"].contains(word(link)) || between && word(link) == "and",
            let last = DateReader.month(word(link + 1)), t[link + 1].isCapitalized
        else { return nil }
        let lastYear = year(link + 2)
        let to = lastYear == nil ? link + 1 : link + 2
        let from = ["from", "between", "in", "during", "last"].contains(word(k - 1)) ? k - 1 : k
        let startYear: Int?
        var reading = "\(Self.monthRangeReading)\(w[k]) to \(w[link + 1])"
        if let y = firstYear ?? lastYear.map({ first <= last ? $0 : $0 - 1 }) {
            startYear = y
            reading += " stated"
        } else if let published {
            // Without a year the first month is the latest one on or before publication ("last" the one before).
            let qualifier = word(k - 1) == "last" ? "last" : "in"
            startYear =
                (try? RelativeDate.resolve("\(qualifier) \(Day.monthNames[first - 1])", published: published))?
                .start.year
            reading += " read against publication on \(published)"
        } else {
            startYear = nil
        }
        guard let startYear, let start = Day(year: startYear, month: first, day: 1) else {
            add(nil, from, to, confidence: 0.3)
            return to
        }
        let endYear = lastYear ?? (last >= first ? startYear : startYear + 1)
        let end = RelativeDate.month(last, endYear, reading).end
        guard start <= end else { return nil }
        add(IncidentDate(start: start, end: end, precision: .period, reading: reading), from, to, confidence: 0.8)
        return to
    }

    /// "the autumn of 2020", "in summer 2021": the season's months of that year.
    mutating func seasonOfYear(at k: Int) -> Int? {
        guard let months = Self.seasons[w[k]] else { return nil }
        let yk = word(k + 1) == "of" ? k + 2 : k + 1
        guard let y = year(yk) else { return nil }
        var from = k
        if word(from - 1) == "the" { from -= 1 }
        if ["in", "during", "throughout", "since"].contains(word(from - 1)) { from -= 1 }
        let start = Day(year: y, month: months.lowerBound, day: 1)!
        let end = RelativeDate.month(months.upperBound, y, "").end
        if word(from) == "since", let published, start < published {
            add(
                IncidentDate(
                    start: start, end: published, precision: .period,
                    reading: "since the \(w[k]) of \(y) until publication"), from, yk, confidence: 0.6, open: true)
            return yk
        }
        add(
            IncidentDate(
                start: start, end: end, precision: .period,
                reading:
                    "the \(w[k]) of \(y) stated (\(Day.monthNames[months.lowerBound - 1]) to \(Day.monthNames[months.upperBound - 1]))"
            ), from, yk, confidence: 0.7)
        return yk
    }
}
