import BorderGeodata
import BorderIncidents
import GeometryCore

/// From a report's text to proposed, located, attributed incidents: one per
/// distinct date and kind of event (fighting, ceasefire, statement, a war
/// recalled), each fact with the words it came from.
public struct ReportIngester: Sendable {
    public let relater: Relater
    /// What the engine says of each gazetteer feature, computed once: it
    /// depends on the geodata only (a border sector's point costs a buffer
    /// and an overlay).
    let relations = FeatureRelations()
    /// The sides of the loaded theatres, in their manifests' words.
    public let sides: SideWords

    public init(relater: Relater) {
        self.relater = relater
        sides = SideWords(theatres: relater.geodata.theatres)
    }

    /// One stretch of a sentence with its own date: "X on Monday near A, and Y on Tuesday near B" is two.
    struct Segment {
        var sentence: Int
        var paragraph: Int
        var from: Int
        var to: Int
        var words: [String]
        var type: EventType?
        var typeToken: Int?
        var typeConfidence: Double
        var date: DateReader.Mention?
        var places: [PlaceMention]
        var claims: [ClaimReader.Reading]
        /// A clause recalling an earlier event like this one ("where a similar clash happened in May").
        var recalled = false
    }

    public func ingest(_ raw: String, published given: Day?, outlet: String?, sourceURL: String?) -> IngestResult {
        let report = ReportText(raw)
        let dating = ReportDating(report, given: given, sourceURL: sourceURL)
        var claims = ClaimReader(outlet: outlet ?? "", sides: sides, provinces: relater.geodata.provinces)
        claims.people = claims.introducedPeople(report)
        var segments: [Segment] = []
        let allPlaces = placeMentions(report)
        var lastClaimant: (sentence: Int, claimant: ClaimReader.Claimant)?
        let bodyStart = Self.bodyStart(report)
        for s in report.sentences {
            let w = s.tokens.map(\.lower)
            if Self.isOutsideTheReport(s, w, bodyStart: bodyStart) { continue }
            let next = s.index + 1 < report.sentences.count ? report.sentences[s.index + 1] : nil
            if Self.isSplitDatelineDate(s, next: next) { continue }
            let readings = readClaims(s, w, with: claims, lastClaimant: &lastClaimant)
            appendSegments(of: s, w, dating: dating, places: allPlaces[s.index], claims: readings, to: &segments)
        }
        sideFromVictimsPlaces(&segments, report: report, places: allPlaces)
        Self.addTheOneWhoAlsoDied(&segments, report: report, sides: sides)
        let setAside = allPlaces.joined().compactMap { m -> SetAsidePlace? in
            m.excluded.map { SetAsidePlace(text: m.text, start: m.start, end: m.end, sentence: m.sentence, reason: $0) }
        }
        let source = dating.published.map { p in
            SourceReport(
                id: Self.sourceID(outlet: outlet, published: p, text: report.text),
                outlet: outlet ?? "(outlet not given)",
                headline: Self.headline(report), published: p, file: sourceURL ?? "")
        }
        let sourceID = source?.id ?? Self.sourceID(outlet: outlet, published: nil, text: report.text)
        let assembler = IncidentAssembler(
            relater: relater, report: report, sourceID: sourceID, outlet: outlet, sides: sides, cache: relations,
            newsDay: IncidentAssembler.newsDay(
                published: dating.published, from: dating.publishedFrom, segments: segments),
            offices: claims.introducedOffices(report))
        return IngestResult(
            source: source, published: dating.published, publishedFrom: dating.publishedFrom, text: report.text,
            incidents: assembler.assemble(segments), setAside: setAside, notes: dating.notes)
    }

    /// A sentence that is not the report's own telling: the headline (it restates the lead, and its figures would
    /// count twice), the page's head, links to other stories ("Read more: …") and page furniture.
    private static func isOutsideTheReport(_ s: ReportText.Sentence, _ w: [String], bodyStart: Int) -> Bool {
        if s.index == 0 && !isClosed(s) || s.index < bodyStart && isHeadLine(s) { return true }
        let opening = w.prefix(3).joined(separator: " ")
        return [
            "read more", "related", "see also", "also read", "share this", "you might also", "more from", "sign up",
        ].contains(where: { opening.hasPrefix($0) })
            || (w.first == "[" && w.dropFirst().prefix(2).joined(separator: " ") == "read more")
    }

    /// Claims clause by clause ("X said …, while Y reported …"); a claimant carries over to the next sentence or
    /// two ("… the ministry said. Two civilians were wounded.").
    private func readClaims(
        _ s: ReportText.Sentence, _ w: [String], with claims: ClaimReader,
        lastClaimant: inout (sentence: Int, claimant: ClaimReader.Claimant)?
    ) -> [ClaimReader.Reading] {
        var readings: [ClaimReader.Reading] = []
        for (a, b) in Self.clauses(w, sides: sides) {
            let inherited = lastClaimant.flatMap { s.index - $0.sentence <= 2 ? $0.claimant : nil }
            let r = claims.read(s, from: a, to: b, inherited: inherited)
            // Only a speaker named here carries on: one carried already does not carry again from here.
            if let c = r.claimant, r.claimantStart != nil { lastClaimant = (s.index, c) }
            readings.append(r)
        }
        return readings
    }

    /// The sentence's stretches, each with its date, type, places and the claims within it.
    private func appendSegments(
        of s: ReportText.Sentence, _ w: [String], dating: ReportDating, places: [PlaceMention],
        claims readings: [ClaimReader.Reading],
        to segments: inout [Segment]
    ) {
        // The date of a dateline ("BAKU, Nov 16 (Reuters) -") or a date stamp is the report's, not an event's.
        let datelineEnd = max(Self.datelineEnd(s), DateReader.stampEnd(s))
        var reader = dating.reader(forParagraph: s.paragraph)
        reader.antecedent = segments.last(where: { $0.date?.date?.isSingleDay == true })?.date?.date?.start
        let mentions = DateReader.eventDays(
            w,
            reader.mentions(in: s).filter {
                $0.firstToken > datelineEnd && !($0.isOpenPeriod && DateReader.followsSuperlative(w, $0.firstToken))
                    && !DateReader.isInRelativeAside(w, $0) && !DateReader.isBirthDate(w, $0)
                    && !DateReader.isAnniversaryOrigin(w, $0)
                    && !DateReader.isOutsideTheEventsAside(w, $0)
            })
        let stretches = Self.segments(w, mentions).flatMap { seg in
            Self.clauses(w, seg.0, seg.1).flatMap { Self.splitAtWhere(w, $0.0, $0.1, seg.2, places: places) }
        }
        for stretch in stretches {
            let (a, b, date) = (stretch.from, stretch.to, stretch.date)
            let words = Array(w[a...b])
            let event = EventTyper.read(words)
            let previous =
                stretch.likeThePrevious || event == nil && Self.isListedWar(words, after: segments.last, in: s)
                ? segments.last : nil
            segments.append(
                Segment(
                    sentence: s.index, paragraph: s.paragraph, from: a, to: b, words: words,
                    type: event?.type ?? previous?.type,
                    typeToken: event.map { $0.token + a } ?? previous?.typeToken,
                    typeConfidence: event?.confidence ?? previous?.typeConfidence ?? 0, date: date,
                    places: Self.warsOwnAreas(
                        places.filter { $0.firstToken >= stretch.placesFrom && $0.firstToken <= b },
                        type: event?.type ?? previous?.type),
                    claims: readings.compactMap { r in
                        var r = r
                        r.figures = r.figures.filter { $0.firstToken >= a && $0.firstToken <= b }
                        return r.firstToken <= b && r.lastToken >= a ? r : nil
                    }, recalled: stretch.likeThePrevious))
        }
    }

    /// "fought two wars, in 2020 and in the 1990s, over Karabakh": a stretch of its own date joined by "and" to a
    /// recalled war of the same sentence, with no event of its own, is another war of that list.
    static func isListedWar(_ words: [String], after last: Segment?, in s: ReportText.Sentence) -> Bool {
        let list = words.drop { $0 == "," }
        guard let last, last.sentence == s.index, last.type == .war, list.first == "and",
            let next = list.dropFirst().first
        else { return false }
        // "and in the 1990s", "and 1994": the list goes on with a date, not with a party ("and Azerbaijan in 2020").
        return ["in", "during", "from", "between"].contains(next) || Int(next) != nil
            || DateReader.decadeYear(next) != nil
    }

    /// "The Second Nagorno-Karabakh war": a region a war is named after is no place of other fighting, but it is
    /// where that war itself was fought.
    static func warsOwnAreas(_ places: [PlaceMention], type: EventType?) -> [PlaceMention] {
        guard type == .war else { return places }
        return places.map { m in
            var m = m
            if m.excluded == PlaceFinder.warNameReason, m.feature?.isArea == true { m.excluded = nil }
            return m
        }
    }

    /// The first sentence of the report's body: the first of five words or more that closes with a full stop, a
    /// question or an exclamation. Head lines before it (`isHeadLine`) are the page's head (headline, byline,
    /// section, agency), however many there are; without such a sentence, the first line alone.
    static func bodyStart(_ report: ReportText) -> Int {
        report.sentences.first { isClosed($0) && $0.tokens.filter(\.isWord).count >= 5 }?.index ?? 1
    }

    /// A line of a page's head: short and closing on a word ("Tajikistan says 19 dead in clashes"), not a body
    /// sentence a line break cut after a comma.
    static func isHeadLine(_ s: ReportText.Sentence) -> Bool {
        s.tokens.last?.isWord == true && s.tokens.filter(\.isWord).count <= 20
    }

    /// Whether a sentence closes with '.', '!' or '?', before any closing quotation marks.
    static func isClosed(_ s: ReportText.Sentence) -> Bool {
        let last = s.tokens.last { !"\"”’»)".contains($0.text) }
        return last.map { ".!?".contains($0.text) } ?? false
    }

    /// The places of each sentence, ambiguous ones settled against the whole report's.
    func placeMentions(_ report: ReportText) -> [[PlaceMention]] {
        let finder = PlaceFinder(gazetteer: relater.gazetteer, sides: sides)
        var allPlaces = PlaceAcronyms.added(report, report.sentences.map { finder.mentions(in: $0) })
        var flat = allPlaces.flatMap { $0 }
        finder.settle(&flat)
        var cursor = 0
        for i in allPlaces.indices { for j in allPlaces[i].indices { allPlaces[i][j] = flat[cursor]; cursor += 1 } }
        return allPlaces
    }

    /// The first line when it reads as a headline (no closing full stop), kept
    /// as the citation; a body sentence is never copied as one.
    static func headline(_ report: ReportText) -> String {
        guard let first = report.sentences.first, first.opensParagraph, let last = first.tokens.last,
            !".!?".contains(last.text), first.tokens.count <= 30
        else { return "(untitled in the text)" }
        return first.text
    }

    /// The last token of a dateline ("YEREVAN —", "BAKU, Nov 16 (Reuters) -"), or -1.
    static func datelineEnd(_ s: ReportText.Sentence) -> Int {
        guard s.opensParagraph, let first = s.tokens.first, first.isWord, first.text.count > 2,
            first.text == first.text.uppercased(), first.text != first.text.lowercased()
        else { return -1 }
        return s.tokens.prefix(12).firstIndex { ["-", "—", "–"].contains($0.text) } ?? -1
    }

    /// The day a dateline gives, read with the year it states.
    static func datelineDate(_ s: ReportText.Sentence) -> Day? {
        let end = datelineEnd(s)
        guard end > 0 else { return nil }
        return DateReader(published: nil).mentions(in: s).first { $0.lastToken < end && $0.date?.precision == .day }?
            .date?.start
    }

    /// A line at the top that is only a date ("28 July 2021", "Published 13.09.2022").
    static func dateLine(_ report: ReportText) -> Day? {
        let reader = DateReader(published: nil)
        for s in report.sentences.prefix(12) where s.tokens.filter(\.isWord).count <= 6 {
            for m in reader.mentions(in: s) where m.date?.precision == .day && m.date?.isSingleDay == true {
                let others = s.tokens.filter { $0.isWord && ($0.start < m.start || $0.end > m.end) }
                if others.allSatisfy({
                    ["published", "updated", "posted", "on", "date", "at", "gmt", "utc"].contains($0.lower)
                        || Int($0.lower) != nil || $0.lower.contains(":")
                }) {
                    return m.date?.start
                }
            }
        }
        return nil
    }

    /// Clause boundaries for claims: "while", "whereas", "meanwhile", ";", ", but", ", and" before a new speaker.
    static func clauses(_ w: [String], sides: SideWords) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var start = 0
        for k in w.indices where k > start + 2 {
            let newSpeaker =
                w[k] == "and" && w[k - 1] == ","
                && w[(k + 1)..<min(w.count, k + 8)].contains(where: ClaimReader.verbs.contains)
                || Self.isGappedSpeaker(w, k, after: start, sides: sides) || Self.isSecondSpeaker(w, k, sides: sides)
            if ["while", "whereas", "meanwhile", ";"].contains(w[k]) || (w[k] == "but" && w[k - 1] == ",") || newSpeaker
            {
                out.append((start, k - 1))
                start = k
            }
        }
        if start < w.count { out.append((start, w.count - 1)) }
        return out
    }

    /// A stretch cut again at ", and", ", but" and ";" where both sides name an event ("clashes erupted on
    /// Thursday, but a ceasefire brokered the same day halted them" is a clash and a ceasefire).
    static func clauses(_ w: [String], _ a: Int, _ b: Int) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var start = a
        for k in a...b
        where k > start + 2 && k < b - 2 && (w[k] == ";" || ["and", "but"].contains(w[k]) && w[k - 1] == ",") {
            if EventTyper.read(Array(w[start..<k])) != nil && EventTyper.read(Array(w[k...b])) != nil {
                out.append((start, k - 1))
                start = k
            }
        }
        out.append((start, b))
        return out
    }

    /// Stretches of a sentence, one per date it gives; the boundary is the
    /// last clause break before each later date.
    static func segments(_ w: [String], _ mentions: [DateReader.Mention]) -> [(Int, Int, DateReader.Mention?)] {
        guard !w.isEmpty else { return [] }
        guard mentions.count > 1 else { return [(0, w.count - 1, mentions.first)] }
        var starts = [0]
        for k in 1..<mentions.count {
            let lo = mentions[k - 1].lastToken + 1, hi = mentions[k].firstToken
            var cut = hi
            // The strongest clause break between the two dates: ", and", ";", "while", then the last comma.
            if lo < hi {
                let range = Array(lo..<hi)
                if let b = range.first(where: { w[$0] == "and" && $0 > 0 && w[$0 - 1] == "," }) ?? range.first(where: {
                    w[$0] == ";"
                })
                    ?? range.first(where: { ["while", "whereas", "but"].contains(w[$0]) })
                    ?? range.last(where: { [",", "and"].contains(w[$0]) })
                {
                    cut = b
                }
            }
            starts.append(max(cut, starts.last! + 1))
        }
        return starts.indices.map { i in
            (starts[i], i + 1 < starts.count ? starts[i + 1] - 1 : w.count - 1, mentions[i])
        }
    }

    /// "Armenia has reported four deaths and Azerbaijan the death of one":
    /// "and" + a party + a figure's words, after a reporting verb, is a second speaker.
    static func isGappedSpeaker(_ w: [String], _ k: Int, after start: Int, sides: SideWords) -> Bool {
        guard w[k] == "and", k + 2 < w.count, sides.side(of: [w[k + 1]]) != nil else {
            return false
        }
        let next = w[k + 2]
        return (["the", "a", "an"].contains(next) || NumberWords.value(next) != nil)
            && w[start..<k].contains(where: ClaimReader.verbs.contains)
    }

    static func sourceID(outlet: String?, published: Day?, text: String) -> String {
        let cleaned = String((outlet ?? "report").lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
        let slug = cleaned.split(separator: "-").joined(separator: "-")
        return
            "\(slug.isEmpty ? "report" : slug)-\(published?.description ?? "undated")-\(String(Self.hash(text) % 0xFFFFFF, radix: 16))"
    }

    /// FNV-1a: stable across runs (Swift's Hasher is seeded per process).
    static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }
}
