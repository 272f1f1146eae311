import BorderIncidents
import BorderQueries

/// A store's counted incidents (`CountedIncidents`) gathered into groups
/// that the chosen keys and the casualty figures count alike: the same time
/// bin and imprecision, the same values of every place key, the same type,
/// claimants and sides where a key reads them, and the same figures. One
/// member of each group is counted for all of it, so a million incidents
/// cost a pass over their ids and one count per group. The profile along
/// the line is gathered the same way, by places alone.
struct CountedGroups {
    private struct Key: Hashable {
        var date: Int32
        var places: Int32
        var what: Int32
        var figures: Int32
    }

    /// For each group, how many incidents and one of them (date, places and what ids).
    private(set) var groups: [(count: Int, date: Int, places: Int, what: Int)] = []
    /// For each places id, how many incidents have those places (by id; zero for ids of other parts).
    private(set) var byPlaces: [Int] = []
    /// The date ids that occur.
    private(set) var datesSeen: [Int] = []

    init(_ counted: CountedIncidents, keys: [StatsKey], theatres: TheatreOfSides) {
        let time = keys.compactMap(\.timeUnit).first
        let placeKeys = keys.filter { [.province, .district, .segment, .side, .theatre].contains($0) }
        var dateClasses = Classes<[String]>(counted.dates.count)
        var placeClasses = Classes<[[String]]>(counted.places.count)
        var whatClasses = Classes<[[String]]>(counted.whats.count)
        var figureClasses = Classes<[ClaimedFigure]>(counted.whats.count)
        var index: [Key: Int] = [:]
        var dateSeen = Array(repeating: false, count: counted.dates.count)
        byPlaces = Array(repeating: 0, count: counted.places.count)
        let rows = counted.rows
        for k in stride(from: 0, to: rows.count, by: 3) {
            let (d, p, w) = (Int(rows[k]), Int(rows[k + 1]), Int(rows[k + 2]))
            let key = Key(
                date: dateClasses.of(d) { Self.timeValues(counted.dates[d]!, time) },
                places: placeClasses.of(p) {
                    let facts = counted.facts(date: d, places: p, what: w)
                    return placeKeys.map { $0.values(facts, theatres: theatres) }
                },
                what: whatClasses.of(w) { Self.whatValues(counted.whats[w]!, keys) },
                figures: figureClasses.of(w) { counted.whats[w]!.figures })
            dateSeen[d] = true
            byPlaces[p] += 1
            if let g = index[key] {
                groups[g].count += 1
            } else {
                index[key] = groups.count
                groups.append((1, d, p, w))
            }
        }
        datesSeen = dateSeen.indices.filter { dateSeen[$0] }
    }

    /// The time bin's label and whether the date is coarser than it; nothing without a time key.
    private static func timeValues(_ date: IncidentDate, _ unit: TimeUnit?) -> [String] {
        guard let unit else { return [] }
        return [unit.label(of: date.start), DateCoarseness.isImprecise(date, in: unit) ? "imprecise" : ""]
    }

    /// What the type, claimant and theatre keys read of what happened (the
    /// theatre of an incident with no located place is its sides').
    private static func whatValues(_ what: CountedIncident.What, _ keys: [StatsKey]) -> [[String]] {
        [
            keys.contains(.type) ? [what.type.rawValue] : [],
            keys.contains(.claimant) ? what.claimants : [],
            keys.contains(.theatre) ? what.sides : [],
        ]
    }

    /// Ids of equal values, each computed once per id of a part.
    private struct Classes<Value: Hashable> {
        private var ofPart: [Int32]
        private var classes: [Value: Int32] = [:]

        init(_ parts: Int) { ofPart = Array(repeating: -1, count: parts) }

        mutating func of(_ part: Int, _ value: () -> Value) -> Int32 {
            if ofPart[part] >= 0 { return ofPart[part] }
            let v = value()
            let c = classes[v] ?? Int32(classes.count)
            classes[v] = c
            ofPart[part] = c
            return c
        }
    }
}
