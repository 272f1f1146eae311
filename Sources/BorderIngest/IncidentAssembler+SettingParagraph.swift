/// "On the evening of May 3, armed men gathered near village X. ¶ At about 9 p.m. they threw stones at a car.": a
/// dated sentence that names no event but a place sets the date and the scene of the event the next paragraph opens
/// with at a time of day, when that paragraph states no date of its own.
extension IncidentAssembler {
    static func settingParagraphBefore(_ s: ReportIngester.Segment, in all: [ReportIngester.Segment])
        -> ReportIngester.Segment?
    {
        let paragraph = all.filter { $0.paragraph == s.paragraph }
        guard paragraph.first?.sentence == s.sentence, s.words.first == "at", ClockTime.read(s.words) != nil,
            paragraph.allSatisfy({ $0.date == nil }),
            let before = all.last(where: { $0.paragraph < s.paragraph }), let day = before.date,
            before.type == nil, before.claims.allSatisfy({ $0.figures.isEmpty }), hasPlace(before.places),
            !day.isOpenPeriod, !day.isStatementDay, day.date?.isSingleDay ?? true
        else { return nil }
        return before
    }

    /// The setting sentence's places become the scene of the group stretch `s` joined.
    static func addSettingScene(
        _ scene: ReportIngester.Segment, of s: ReportIngester.Segment, to groups: inout [Group]
    ) {
        guard let g = group(holding: s, in: groups), !groups[g].scene.contains(where: { $0.sentence == scene.sentence })
        else { return }
        groups[g].scene.append(scene)
    }
}
