import BorderIncidents

/// What a report without a given publication date still tells of its dates:
/// the date in its address (".../2021/05/12/...", ".../20190314/...") and,
/// per paragraph, the one year its fully dated days state, which a day and
/// month without a year in that paragraph take.
struct ReportDating {
    var published: Day?
    /// "--published", "date line", "dateline", "source URL", or nil.
    var publishedFrom: String?
    var notes: [String] = []
    let address: (day: Day?, year: Int, month: Int)?
    let paragraphYears: [Int: Int]
    /// Without a publication date, the latest day the text states in full (`WeekdayAnchor`).
    let weekdayAnchor: Day?

    /// The publication date: given, else a date line, the dateline or the address; else none, and then the
    /// years the paragraphs and the address give.
    init(_ report: ReportText, given: Day?, sourceURL: String?) {
        published = given
        publishedFrom = given == nil ? nil : "--published"
        if published == nil, let line = ReportIngester.dateLine(report) {
            published = line
            publishedFrom = "date line"
            notes.append("publication date \(line) read from a date line of the text")
        }
        if published == nil, let d = report.sentences.first.flatMap(ReportIngester.datelineDate) {
            published = d
            publishedFrom = "dateline"
            notes.append("publication date \(d) read from the dateline")
        }
        address = published == nil ? Self.fromAddress(sourceURL) : nil
        if let day = address?.day {
            published = day
            publishedFrom = "source URL"
            notes.append("publication date \(day) read from the report's address")
        }
        if published == nil, let day = Self.embeddedPostDate(report) {
            published = day
            publishedFrom = "embedded post"
            notes.append(
                "publication date taken as \(day), the latest date a post quoted in the text is signed with (the report is of that day or later)"
            )
        }
        if published == nil {
            notes.append(
                "no publication date given or found: relative dates ('Tuesday', 'last week') cannot be resolved and are left unresolved"
            )
        }
        paragraphYears = published == nil ? Self.paragraphYears(report) : [:]
        weekdayAnchor = published == nil ? WeekdayAnchor.latestStatedDay(report) : nil
    }

    /// The date reader for a paragraph's sentences.
    func reader(forParagraph paragraph: Int) -> DateReader {
        var reader =
            paragraphYears[paragraph].map {
                DateReader(published: nil, context: ($0, nil, "the paragraph's other dates"))
            }
            ?? DateReader(published: published, context: address.map { ($0.year, $0.month, "the report's address") })
        reader.weekdayAnchor = weekdayAnchor
        return reader
    }

    /// The day an address gives ("/2021/05/12/", "/20210512/"), or its year and month ("/2022/10/").
    static func fromAddress(_ url: String?) -> (day: Day?, year: Int, month: Int)? {
        guard let url else { return nil }
        let path = url.split(separator: "?").first.map(String.init) ?? url
        let parts = path.split(separator: "/").map(String.init)
        for (k, part) in parts.enumerated() {
            if part.count == 8, part.allSatisfy(\.isNumber), let y = Int(part.prefix(4)),
                let m = Int(part.dropFirst(4).prefix(2)), let d = Int(part.suffix(2)), (1990...2100).contains(y),
                let day = Day(year: y, month: m, day: d)
            {
                return (day, y, m)
            }
            guard part.count == 4, let y = Int(part), (1990...2100).contains(y), k + 1 < parts.count,
                parts[k + 1].count == 2, let m = Int(parts[k + 1]), (1...12).contains(m)
            else { continue }
            let day =
                k + 2 < parts.count && parts[k + 2].count == 2
                ? Int(parts[k + 2]).flatMap { Day(year: y, month: m, day: $0) } : nil
            return (day, y, m)
        }
        return nil
    }

    /// The latest day a post quoted in the text is signed with, on a line of its own ("— Name (@handle) July 28,
    /// 2021", "Posted by an embassy on Tuesday, July 20, 2021"), stated with its year; else nil.
    static func embeddedPostDate(_ report: ReportText) -> Day? {
        let reader = DateReader(published: nil)
        var latest: Day?
        for s in report.sentences where s.opensParagraph {
            let signed = ["—", "–"].contains(s.tokens.first?.text ?? "") && s.text.contains("(@")
            let posted = s.tokens.prefix(2).map(\.lower) == ["posted", "by"]
            guard signed || posted, let lastWord = s.tokens.lastIndex(where: \.isWord),
                let m = reader.mentions(in: s).last, m.lastToken == lastWord, m.date?.reading == "stated",
                let day = m.date?.start
            else { continue }
            latest = max(latest ?? day, day)
        }
        return latest
    }

    /// Per paragraph, the year of the days it states in full ("13 September 2022"), when they agree on one.
    static func paragraphYears(_ report: ReportText) -> [Int: Int] {
        let reader = DateReader(published: nil)
        var years: [Int: Set<Int>] = [:]
        for s in report.sentences {
            for m in reader.mentions(in: s)
            where m.date?.precision == .day && m.date?.reading.hasPrefix("stated") == true {
                if let d = m.date { years[s.paragraph, default: []].insert(d.start.year) }
            }
        }
        return years.compactMapValues { $0.count == 1 ? $0.first : nil }
    }
}
