import BorderGeodata
import BorderIncidents
import GeometryCore

/// From a report's segments to its incidents' stretches: which segments tell
/// an event, what each tells, the report's lead date and how undated
/// stretches are dated and grouped.
extension IncidentAssembler {
    /// Segments that tell something: statements count when dated, when they accuse or deny (then they join
    /// the event of their date), or when they tell an accord signed (dated by the sentence that sets them, "On
    /// 2 October the delegations met. A protocol was signed.") or a border settled (`borderSettlement`); any segment with a casualty figure counts.
    static func eventful(_ segments: [ReportIngester.Segment]) -> [ReportIngester.Segment] {
        segments.filter { s in
            s.type != nil
                && (s.type != .statement || s.date != nil || s.claims.contains { $0.denial || $0.accusation }
                    || EventTyper.officialAct(s.words) != nil || EventTyper.borderSettlement(s.words) != nil)
                || s.claims.contains { !$0.figures.isEmpty }
        }
    }

    /// The events the segments tell, each retyped as `retyped` says; a ceasefire "after clashes left three dead"
    /// becomes the ceasefire and the clashes, which keep the losses.
    static func stretches(of eventful: [ReportIngester.Segment]) -> [ReportIngester.Segment] {
        var stretches: [ReportIngester.Segment] = []
        for segment in eventful {
            guard var s = retyped(segment) else { continue }
            if s.type == .ceasefire, s.claims.contains(where: { !$0.figures.isEmpty }) {
                var fighting = s
                fighting.type = .armedClash
                s.claims = s.claims.map {
                    var c = $0
                    c.figures = []
                    return c
                }
                stretches += [s, fighting]
            } else {
                stretches.append(s)
                if let ending = ceasefireEnding(s) { stretches.append(ending) }
            }
        }
        return stretches
    }

    /// "six weeks of fighting last September to November, before Russia brokered a ceasefire": the ceasefire
    /// told after fighting over a range of months ends it, in the range's last month.
    static func ceasefireEnding(_ s: ReportIngester.Segment) -> ReportIngester.Segment? {
        guard let mention = s.date, let range = mention.date,
            range.reading.hasPrefix(DateReader.Scan.monthRangeReading),
            ["fighting", "war"].contains(s.type.map(EventTyper.family)),
            let k = s.words.indices.first(where: {
                s.from + $0 > mention.lastToken && EventTyper.ceasefire.contains(s.words[$0])
            })
        else { return nil }
        var ceasefire = s
        ceasefire.type = .ceasefire
        ceasefire.typeToken = s.from + k
        ceasefire.places = s.places.filter { $0.firstToken >= s.from + k }
        ceasefire.claims = []
        ceasefire.date?.date = RelativeDate.month(
            range.end.month, range.end.year, "the last month of \(mention.phrase), when the ceasefire ended it")
        return ceasefire
    }

    /// The event a segment tells, or nil when it tells none: a reference point, a war on one day that is
    /// really a clash, fighting dated by a year in a sentence about a war, an accusation without losses.
    static func retyped(_ segment: ReportIngester.Segment) -> ReportIngester.Segment? {
        var s = segment
        if isClosureCause(s) { return nil }
        // "the worst since the ceasefire of November 2020": a reference point, not an event of the report
        // (a war after "since" is kept: a recalled war is an older incident).
        if let d = s.date, !d.isOpenPeriod, s.claims.allSatisfy({ $0.figures.isEmpty }),
            let k = s.words.firstIndex(of: "since"),
            d.firstToken > s.from + k,
            s.words[(k + 1)..<min(s.words.count, k + 4)].contains(where: EventTyper.ceasefire.contains)
        {
            return nil
        }
        let precision = s.date?.date?.precision
        let span = s.date?.date.map { $0.end.ordinal - $0.start.ordinal } ?? 0
        // "The deadliest clash since the 44-day war" on a day is the clash, not the war; so is fighting of a few days
        // ("two days of clashes from 28 April").
        if s.type == .war, s.date == nil || precision == .day || precision == .week || isFewDays(s) {
            let rest = EventTyper.read(
                s.words.filter {
                    !["war", "wars", "days", "weeks"].contains($0) && !$0.hasSuffix("-day") && !$0.hasSuffix("-week")
                })?
                .type
            s.type = rest ?? (s.date == nil ? nil : .armedClash)
            if s.type == nil && s.claims.allSatisfy({ $0.figures.isEmpty }) { return nil }
        }
        // Fighting dated only by a year, in a sentence about a war, is that war.
        if s.type != .war, span >= 300,
            s.words.contains(where: { ["war", "wars"].contains($0) })
                || s.words.contains("weeks") && s.words.contains("fighting")
        {
            s.type = .war
        }
        // "X accused Y of an incursion" without losses is a statement about it.
        if s.type.map(EventTyper.family) == "fighting", s.claims.contains(where: \.accusation),
            s.claims.allSatisfy({ $0.figures.isEmpty }),
            let k = s.words.firstIndex(where: {
                ["accused", "accuses", "accusing", "blamed", "blame"].contains($0)
            }),
            s.words[k...].contains("of") || s.words[k...].contains("for")
        {
            s.type = .statement
        }
        return s
    }

    /// Fighting the sentence says lasted a few days, dated by the span of those days.
    static func isFewDays(_ s: ReportIngester.Segment) -> Bool {
        guard let d = s.date?.date, let n = DateReader.durationDays(s.words) else { return false }
        return d.end.ordinal - d.start.ordinal == n - 1
    }

    /// The report's lead date: its first dated fighting (a toll dated only by the day it was said comes after any
    /// other dated fighting or toll), else its first dated event other than a war; when no
    /// event sentence is dated ("On 11 January 2014 the road works were under way. … opened fire"), the first
    /// full date the report states, else the first date it states without a year it could be read with. An
    /// accord's signing is an event of its own, never the lead ("committed to the statement signed on …"), and
    /// fighting named as a closure's cause is background, never the lead either (`isClosureCause`).
    static func leadDate(_ stretches: [ReportIngester.Segment], all segments: [ReportIngester.Segment])
        -> DateReader.Mention?
    {
        func canLead(_ s: ReportIngester.Segment) -> Bool {
            s.date != nil && s.type != .war && s.date?.isOpenPeriod == false && EventTyper.signing(s.words) == nil
                && !isClosureCause(s)
        }
        func isFighting(_ s: ReportIngester.Segment) -> Bool {
            s.date != nil && s.type.map(EventTyper.family) == "fighting" && s.date?.isOpenPeriod == false
        }
        // A toll dated only by the day it was said leads only where no other fighting or toll is dated.
        let saidOnly = { (s: ReportIngester.Segment) in isDatedByStatementOnly(s, among: stretches) }
        if let fighting = stretches.first(where: { isFighting($0) && !saidOnly($0) }) { return fighting.date }
        if let said = stretches.first(where: isFighting) {
            return stretches.first { s in
                !saidOnly(s) && s.date?.isOpenPeriod == false && s.claims.contains { !$0.figures.isEmpty }
            }?.date ?? said.date
        }
        return stretches.first(where: canLead)?.date
            ?? segments.first { canLead($0) && $0.date?.date != nil }?.date
            ?? segments.first(where: canLead)?.date
    }

    /// A sentence giving a toll dated only by the day it was reported ("the ministry said on Sunday that 36 were
    /// killed in the clash") is dated as if undated, every stretch of it; the statement's day is kept only when
    /// nothing else dates it.
    static func isDatedByStatementOnly(_ s: ReportIngester.Segment, among all: [ReportIngester.Segment]) -> Bool {
        s.date?.isStatementDay == true
            && all.contains { $0.sentence == s.sentence && $0.claims.contains { !$0.figures.isEmpty } }
    }

    /// Days of fighting a toll said on a day may belong to; a month or a year told elsewhere is no such span.
    static let longestToll = 20

    /// The stretches joined into incidents: an undated stretch takes its paragraph's last date, else the date
    /// of the setting sentence before it, else of the event it is told before, else the lead date.
    static func grouped(
        _ stretches: [ReportIngester.Segment], lead: DateReader.Mention?, all segments: [ReportIngester.Segment]
    ) -> [Group] {
        var groups: [Group] = []
        // The last dated event and its paragraph; one the report calls "another" goes on past its paragraph.
        var lastDated: (paragraph: Int, date: DateReader.Mention, another: Bool)?
        var previous: ReportIngester.Segment?
        for var s in stretches {
            defer { previous = s }
            if let g = answeredGroup(s, after: previous, in: groups) {
                groups[g].segments.append(s)
                continue
            }
            var family = s.type.map(EventTyper.family) ?? "fighting"
            var setting: ReportIngester.Segment?
            var settingScene: ReportIngester.Segment?
            let statementDay = isDatedByStatementOnly(s, among: stretches) ? s.date : nil
            if let last = lastDated?.date, let tally = s.date, isTallyOver(s, last) { s.date = last.with(tally) }
            if s.date == nil || statementDay != nil {
                // A war recalled without a year is context, not an event to date.
                if family == "war" && statementDay == nil { continue }
                let paragraphDate = lastDated.flatMap {
                    $0.paragraph == s.paragraph || ($0.another || refersBack(s)) && $0.paragraph < s.paragraph
                        ? $0.date : nil
                }
                setting = paragraphDate == nil ? settingBefore(s, in: segments) : nil
                // "On 2 October, in X, the delegations met. A protocol was signed.": signed where they met.
                if let meeting = setting, EventTyper.signing(s.words) != nil { settingScene = meeting }
                if paragraphDate == nil, setting == nil, let opening = settingParagraphBefore(s, in: segments) {
                    (setting, settingScene) = (opening, opening)
                }
                let before = setting?.date ?? dateBeforeAnother(s, stretches: stretches, all: segments) ?? lead
                // A loss told again goes with its dated incident rather than a period the sentences before recall.
                let retold = before?.date?.isSingleDay == true ? nil : retoldDate(s, in: groups)
                s.date = paragraphDate ?? retold ?? before ?? statementDay
                // "said Sunday that a soldier was killed … seven were killed earlier in April … the 2020 war": a
                // month or a year told elsewhere is no day to give the toll; the day it was said stays.
                if let said = statementDay?.date, said.isSingleDay, let other = s.date?.date,
                    other.end.ordinal - other.start.ordinal >= Self.longestToll
                {
                    s.date = statementDay
                }
                if let recapped = recappedDay(s, in: segments) { s.date = recapped }
            } else if family != "war" && !s.recalled {
                // The date of a recalled event ("where a similar clash happened in May") is not the
                // date of what the paragraph tells after it.
                lastDated = (s.paragraph, s.date!, isToldAsAnother(s))
            }
            // A statement only stands alone with a date of its own different from any fighting; else its claims join.
            if family == "statement" && s.claims.allSatisfy({ $0.figures.isEmpty })
                && s.claims.allSatisfy({ !$0.accusation && !$0.denial }) && EventTyper.officialAct(s.words) == nil
                && EventTyper.borderSettlement(s.words) == nil
            {
                continue
            }
            if family == "statement", s.claims.contains(where: { !$0.figures.isEmpty }) { family = "fighting" }
            join(s, family: family, settingClock: setting.flatMap { ClockTime.read($0.words) }, into: &groups)
            if let scene = settingScene { addSettingScene(scene, of: s, to: &groups) }
        }
        return groups
    }
}
