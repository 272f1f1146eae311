import BorderIncidents
import BorderQueries

/// What incidents are counted by. A time key puts an incident in one bin
/// (its date's start); the others can give an incident several values (two
/// provinces, two claimants), and it counts under each.
public enum StatsKey: String, CaseIterable, Sendable, Hashable {
    case week, month, year, province, district, segment, type, side, claimant, theatre

    /// The calendar unit of a time key; nil for the others.
    public var timeUnit: TimeUnit? {
        switch self {
        case .week: .week
        case .month: .month
        case .year: .year
        default: nil
        }
    }

    /// What an incident with no value for the key is counted under.
    public var noValue: String {
        switch self {
        case .province, .segment, .side, .theatre: "(not located)"
        case .claimant: "(no claim)"
        case .district: "(no district)"
        default: "(none)"
        }
    }

    /// The key's values for one incident, from the places that matched the
    /// query; never empty (an incident without a value has `noValue`). An
    /// incident with no located place counts under the theatre `theatres` gives it.
    func values(_ incident: IncidentFacts, theatres: TheatreOfSides = TheatreOfSides([])) -> [String] {
        let places = incident.places
        let found: [String]
        switch self {
        case .week, .month, .year: found = [timeUnit!.label(of: incident.date.start)]
        case .province: found = places.map { $0.provinceName ?? "(outside every province)" }
        case .district: found = places.compactMap(\.districtName)
        case .segment: found = places.map(\.nearestSegment)
        case .type: found = [incident.type.rawValue]
        case .side: found = places.map(\.side)
        case .claimant: found = incident.claimants
        case .theatre:
            found =
                incident.isLocated
                ? places.compactMap(\.theatre) : theatres.theatre(ofSides: incident.sides).map { [$0] } ?? []
        }
        var seen = Set<String>()
        let distinct = found.filter { seen.insert($0).inserted }
        return distinct.isEmpty ? [noValue] : distinct
    }
}
