extension IncidentAssembler {
    /// Puts a stretch on the incident of its family and date. A stretch without a time of day goes on the latest
    /// one; a time of day joins the incident of that time, else one without a time yet, else starts another.
    /// A stretch the report marks as another event at another place starts another (`isAnotherEvent`), and so does one
    /// that opens counting on from the event before ("an hour later", `ClockTime.laterOpening`). A stretch naming the
    /// event again with a loose span sets the scene of the event of a day in it (`groupNamedAgain`).
    /// A stretch without a time of its own has that of the sentence that set its date (`settingClock`).
    static func join(
        _ stretch: ReportIngester.Segment, family told: String, settingClock: Int? = nil, into groups: inout [Group]
    ) {
        var (s, family) = (stretch, told)
        if family == "statement", let apart = accusedEventApart(s, from: groups) { (s, family) = (apart, "fighting") }
        let key = s.date.map(dateKey) ?? "none"
        let clock = family == "statement" ? nil : ClockTime.read(s.words) ?? settingClock
        let sameDate = groups.indices.filter { groups[$0].family == family && groups[$0].dateKey == key }
        if let g = groupNamedAgain(by: s, family: family, in: groups) {
            groups[g].scene.append(s)
        } else if family == "fighting", s.type != nil, let g = sameDate.last,
            let later = ClockTime.laterOpening(s.words)
        {
            let clock = ClockTime.after(groups[g].clock, minutes: later)
            groups.append(Group(family: family, dateKey: key, date: s.date, clock: clock, segments: [s]))
        } else if let g = sameDate.last,
            isApartIncursion(s, from: groups[g]) || isAnotherEvent(s, apartFrom: groups[g])
                || isShellingApart(s, from: groups[g])
                || isTimedAfterAttempt(s, clock: clock, groups[g])
        {
            groups.append(Group(family: family, dateKey: key, date: s.date, clock: clock, segments: [s]))
        } else if let g = sameDate.first(where: { clock != nil && groups[$0].clock == clock })
            ?? sameDate.last.flatMap({ clock == nil || groups[$0].clock == nil ? $0 : nil })
        {
            groups[g].clock = groups[g].clock ?? clock
            groups[g].segments.append(s)
        } else if family == "statement", EventTyper.officialAct(s.words) == nil,
            let g = groups.firstIndex(where: { $0.dateKey == key })
        {
            groups[g].segments.append(s)  // accusations on the day of the fighting are claims about it
        } else {
            groups.append(Group(family: family, dateKey: key, date: s.date, clock: clock, segments: [s]))
        }
    }

    /// "On July 16, at 03:40, the units saw movement. After a hot battle the intruders were pushed back.": a
    /// dated sentence of the paragraph that names no event still dates (and times) what the paragraph tells
    /// after it.
    static func settingBefore(_ s: ReportIngester.Segment, in all: [ReportIngester.Segment]) -> ReportIngester.Segment?
    {
        all.last {
            $0.paragraph == s.paragraph && ($0.sentence, $0.from) < (s.sentence, s.from) && $0.type == nil
                && $0.date?.isOpenPeriod == false && $0.date?.isStatementDay == false
        }
    }

    /// "Another border incident began yesterday …": the report turns to an event apart from the one it told first;
    /// what it tells next without a date of its own, in the paragraphs after, is more of that event.
    static func isToldAsAnother(_ s: ReportIngester.Segment) -> Bool {
        guard let k = s.typeToken.map({ $0 - s.from }), k > 0, s.words.indices.contains(k) else { return false }
        return s.words[max(0, k - 3)..<k].contains("another") && s.type.map(EventTyper.family) == "fighting"
    }

    /// "Two shots wounded a guard. … Another clash occurred on July 22.": what a report tells before the first
    /// dated fighting it calls "another" is not that fighting; it takes the first date stated before it.
    static func dateBeforeAnother(
        _ s: ReportIngester.Segment, stretches: [ReportIngester.Segment], all: [ReportIngester.Segment]
    ) -> DateReader.Mention? {
        guard
            let lead = stretches.first(where: {
                $0.date != nil && $0.type.map(EventTyper.family) == "fighting" && $0.date?.isOpenPeriod == false
            }),
            s.sentence < lead.sentence, let k = lead.typeToken.map({ $0 - lead.from }), k > 0,
            lead.words[max(0, k - 3)..<k].contains("another")
        else { return nil }
        return all.first {
            $0.sentence < lead.sentence && $0.date?.date != nil && $0.date?.isOpenPeriod == false && $0.type != .war
        }?.date
    }

    /// "Guards crossed into the X sector and took up positions": a crossing at places the day's fighting does not
    /// name, or one only attempted, is an incident of its own; "occupied X" is a standing state, not that day's
    /// crossing.
    static func isApartIncursion(_ s: ReportIngester.Segment, from g: Group) -> Bool {
        guard let k = s.typeToken, s.words.indices.contains(k - s.from), s.words[k - s.from] != "occupied" else {
            return false
        }
        let ids = Set(s.places.filter { $0.excluded == nil && $0.feature != nil }.map(\.featureID))
        let known = Set(g.segments.flatMap { $0.places.filter { $0.feature != nil }.map(\.featureID) })
        return s.type == .incursion && (!ids.isEmpty && ids.isDisjoint(with: known) || isAttempted(s))
            && !g.segments.contains { $0.type == .incursion }
    }

    /// "Kyrgyzstan is attempting to seize the water point": an attempt on ground is a claim of its own, apart from
    /// the day's fighting even where that fighting was.
    static func isAttempted(_ s: ReportIngester.Segment) -> Bool {
        guard s.type == .incursion, let k = s.typeToken.map({ $0 - s.from }), s.words.indices.contains(k) else {
            return false
        }
        return EventTyper.isAttempt(s.words, k)
    }

    /// Fighting at a time of day of its own ("at 13.05 they opened fire") is not the attempt told before it
    /// without one; fighting without a time ("one was wounded in the skirmish") is how that attempt went.
    static func isTimedAfterAttempt(_ s: ReportIngester.Segment, clock: Int?, _ g: Group) -> Bool {
        clock != nil && g.clock == nil && s.type != .incursion && g.segments.allSatisfy(isAttempted)
    }

    /// "… stopped a truck near X. The incident occurred on the bridge.": the sentence before, in the same
    /// paragraph, says what happened and where.
    static func toldBefore(_ g: Group, in all: [ReportIngester.Segment]) -> [ReportIngester.Segment] {
        let anaphoric = g.segments.filter {
            ["the", "this"].contains($0.words.first) && $0.words.dropFirst().first == "incident"
        }
        return all.filter { s in anaphoric.contains { $0.sentence == s.sentence + 1 && $0.paragraph == s.paragraph } }
    }

    /// The group a stretch joined: the last holding the stretch told in that sentence from that token.
    static func group(holding s: ReportIngester.Segment, in groups: [Group]) -> Int? {
        groups.lastIndex { $0.segments.contains { $0.sentence == s.sentence && $0.from == s.from } }
    }
}
