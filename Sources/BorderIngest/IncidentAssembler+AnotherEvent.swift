import BorderGeodata
import GeometryCore

/// "Meanwhile, Armenia accused Azerbaijan of shelling Berd", "In addition, they also shelled the town of X": a
/// later stretch of the same day that the report itself marks as another event, at a place the day's incident
/// does not name, is an incident of its own. Without such a marker, or at the same place, it is more of the
/// same event (a claim and its denial, two accounts of one clash).
extension IncidentAssembler {
    /// Words by which a report tells that what follows is another event, not more of the one before.
    static let anotherEventMarkers: Set<String> = ["meanwhile", "separately", "elsewhere", "also", "another"]

    /// Settlements nearer than this are one scene told twice (a village and the post beside it).
    static let sameSceneMetres = 5_000.0

    /// Whether `s` is another event than group `g`'s: marked so before the word naming it, and at a place `g`
    /// does not name.
    static func isAnotherEvent(_ s: ReportIngester.Segment, apartFrom g: Group) -> Bool {
        guard let k = s.typeToken.map({ $0 - s.from }), s.words.indices.contains(k), marksAnotherEvent(s.words, k)
        else { return false }
        return namesAnotherSection(s.words) || isAtAnotherPlace(s.places, than: g.segments.flatMap(\.places))
    }

    static let sectionNouns: Set<String> = ["part", "section", "sector", "stretch", "segment", "area"]

    /// "came under fire in another part of the border area": the report itself says the place is another, though
    /// it names none.
    static func namesAnotherSection(_ w: [String]) -> Bool {
        w.indices.contains { k in
            ["another", "other", "different"].contains(w[k])
                && w[(k + 1)...].prefix(2).contains(where: sectionNouns.contains)
        }
    }

    /// "Heavy fighting went on in the district. A man was killed in the village of X by shelling": the shelling of
    /// a village the day's fighting did not name is another event, as ACLED codes shelling and a clash apart, each at
    /// its own place. A shelling told before without a place ("both accuse each other of shelling") says nowhere.
    static func isShellingApart(_ s: ReportIngester.Segment, from g: Group) -> Bool {
        s.type == .shelling && !g.segments.contains { $0.type == .shelling && hasPlace($0.places) }
            && s.places.contains { $0.excluded == nil && settlementCoordinate($0) != nil }
            && isAtAnotherPlace(s.places, than: g.segments.flatMap(\.places))
    }

    /// A marker among the words before the event's: "meanwhile", "also", "in addition", "in a separate incident".
    static func marksAnotherEvent(_ w: [String], _ k: Int) -> Bool {
        let before = w[..<k]
        return before.contains(where: anotherEventMarkers.contains)
            || before.indices.contains { $0 > before.startIndex && w[$0] == "addition" && w[$0 - 1] == "in" }
            || before.contains("separate")
    }

    /// Places of a stretch that its day's incident does not name: a settlement neither named there nor within
    /// `sameSceneMetres` of one named there; a province, sector or region only when the incident names neither it
    /// nor a settlement inside it.
    static func isAtAnotherPlace(_ stretch: [PlaceMention], than known: [PlaceMention]) -> Bool {
        let mine = stretch.filter { $0.excluded == nil && $0.feature != nil }
        let theirs = known.filter { $0.excluded == nil && $0.feature != nil }
        guard !mine.isEmpty, !theirs.isEmpty else { return false }
        let theirIDs = Set(theirs.map(\.featureID))
        let theirPoints = theirs.compactMap(settlementCoordinate)
        let theirUnits = Set(theirs.compactMap(settlementProvince))
        return mine.allSatisfy { m in
            guard !theirIDs.contains(m.featureID) else { return false }
            if let point = settlementCoordinate(m) {
                return theirPoints.allSatisfy { Geodesic.distance($0, point) > sameSceneMetres }
            }
            return !theirUnits.contains(m.featureID)
        }
    }

    static func settlementCoordinate(_ m: PlaceMention) -> Coordinate? {
        if case let .settlement(x)? = m.feature { return x.coordinate }
        return nil
    }

    static func settlementProvince(_ m: PlaceMention) -> String? {
        if case let .settlement(x)? = m.feature { return x.province }
        return nil
    }

    /// An accusation told apart from the day's fighting ("Meanwhile, Armenia accused Azerbaijan of shelling
    /// Berd") is that fighting, not a statement about the day's incident: the stretch retyped back, or nil.
    static func accusedEventApart(_ s: ReportIngester.Segment, from groups: [Group]) -> ReportIngester.Segment? {
        let key = s.date.map(dateKey) ?? "none"
        guard s.type == .statement, s.claims.contains(where: \.accusation),
            let fighting = EventTyper.read(s.words), EventTyper.family(fighting.type) == "fighting",
            let g = groups.lastIndex(where: { $0.family == "fighting" && $0.dateKey == key })
        else { return nil }
        var retyped = s
        retyped.type = fighting.type
        retyped.typeToken = fighting.token + s.from
        return isAnotherEvent(retyped, apartFrom: groups[g]) ? retyped : nil
    }
}
