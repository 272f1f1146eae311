import BorderIncidents

/// A store's incidents as counting reads them (`CountedIncident`): every
/// distinct part once, by its id, and each incident as the ids of its date,
/// places and what, three to an incident in `rows`.
public struct CountedIncidents: Sendable {
    /// By id; nil where an id is not a date.
    public private(set) var dates: [IncidentDate?] = []
    public private(set) var places: [[PlaceFacts]?] = []
    public private(set) var whats: [CountedIncident.What?] = []
    /// Date, places and what ids of each incident in turn.
    public private(set) var rows: [Int32]
    /// How many reports the store held, read with the rows; nil when not given.
    public var sourceCount: Int?

    public var count: Int { rows.count / 3 }

    /// Nil when a signature cannot be read, or a row names an id that is not of its part.
    public init?(parts: [(id: Int, part: CountedIncident.Part, signature: String)], rows: [Int32]) {
        let size = (parts.map(\.id).max() ?? -1) + 1
        dates = Array(repeating: nil, count: size)
        places = Array(repeating: nil, count: size)
        whats = Array(repeating: nil, count: size)
        for (id, part, signature) in parts {
            guard id >= 0 else { return nil }
            switch part {
            case .date:
                guard let d = CountedIncident.date(from: signature) else { return nil }
                dates[id] = d
            case .places:
                guard let p = CountedIncident.places(from: signature) else { return nil }
                places[id] = p
            case .what:
                guard let w = CountedIncident.what(from: signature) else { return nil }
                whats[id] = w
            }
        }
        guard rows.count % 3 == 0 else { return nil }
        for k in stride(from: 0, to: rows.count, by: 3) {
            let (d, p, w) = (Int(rows[k]), Int(rows[k + 1]), Int(rows[k + 2]))
            guard d >= 0, p >= 0, w >= 0, d < size, p < size, w < size, dates[d] != nil, places[p] != nil,
                whats[w] != nil
            else { return nil }
        }
        self.rows = rows
    }

    /// One incident's facts as counting reads them: no id, no sources, places as `CountedIncident.places(from:)`.
    public func facts(date: Int, places p: Int, what w: Int) -> IncidentFacts {
        let what = whats[w]!
        let located = places[p]!
        return IncidentFacts(
            id: "", date: dates[date]!, type: what.type, sides: what.sides, sources: [], claimants: what.claimants,
            figures: what.figures, isLocated: !located.isEmpty, places: located)
    }

    /// The incidents `query` matches by their date, type and parties; `query`
    /// must filter by nothing else (`IncidentQuery.filtersOnlyDateTypeParty`).
    public func matching(_ query: IncidentQuery) -> CountedIncidents {
        precondition(query.filtersOnlyDateTypeParty, "only a date, type and party filter is told from the parts")
        if query.from == nil, query.to == nil, query.types.isEmpty, query.actor == nil { return self }
        var byDate = IncidentQuery(), byWhat = IncidentQuery()
        (byDate.from, byDate.to) = (query.from, query.to)
        (byWhat.types, byWhat.actor) = (query.types, query.actor)
        let dateKept = dates.map { d in d.map { byDate.matchesDateTypeParty($0, .armedClash, []) } ?? false }
        // Any date passes a query without dates.
        let day = Day(year: 2000, month: 1, day: 1)!
        let undated = IncidentDate(start: day, end: day, precision: .day, reading: "")
        let whatKept = whats.map { w in w.map { byWhat.matchesDateTypeParty(undated, $0.type, $0.sides) } ?? false }
        var kept = self
        kept.rows = []
        kept.rows.reserveCapacity(rows.count)
        for k in stride(from: 0, to: rows.count, by: 3) where dateKept[Int(rows[k])] && whatKept[Int(rows[k + 2])] {
            kept.rows.append(rows[k])
            kept.rows.append(rows[k + 1])
            kept.rows.append(rows[k + 2])
        }
        return kept
    }

    /// Names the provinces and districts of every place from `units` (id to
    /// name); the one it lacks ("province X", "district Y"), if any.
    public mutating func nameUnits(_ units: UnitNames) -> String? {
        for k in places.indices {
            guard var list = places[k] else { continue }
            for j in list.indices {
                if let missing = units.name(&list[j]) { return missing }
            }
            places[k] = list
        }
        return nil
    }
}
