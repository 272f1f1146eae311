import BorderGeodata
import BorderIncidents
import GeometryCore

/// Filters over related incidents; every filter given must hold. Spatial
/// filters hold when any located place of the incident satisfies all of
/// them; an incident with no located place never satisfies one.
public struct IncidentQuery: Sendable {
    public var spatial = SpatialFilter()
    /// Measure the border band to this segment only ("mainland", "nakhchivan", ...).
    public var borderSegment: String?
    /// "ARM", "AZE" or "uncertain".
    public var side: String?
    public var from: Day?
    public var to: Day?
    public var types: Set<EventType> = []
    /// Incidents in which this party took part ("ARM", "AZE", "NK").
    public var actor: String?
    /// Least conservative number of killed (all sides) claimed.
    public var minKilled: Int?

    public init() {}

    var isSpatial: Bool { !spatial.isEmpty || borderSegment != nil || side != nil }

    /// Whether the query filters only by date, type and party: it then keeps
    /// every place of the incidents it matches, and what it matches can be
    /// told from an incident's date and what happened (`CountedIncidents.matching`).
    public var filtersOnlyDateTypeParty: Bool { !isSpatial && minKilled == nil }

    /// One incident that matched, with the places that did and, for a radius
    /// query, the distance of the nearest.
    public struct Hit: Sendable {
        public var relation: IncidentRelation
        public var locations: [LocationRelation]
        public var distance: Double?
    }

    public func run(on related: RelatedCatalog) throws -> [Hit] {
        let filter = try checked(related.geodata, related.relater.gazetteer)
        var candidates: [(Int, Double?)]
        if let center = spatial.center, let radius = spatial.radiusMetres {
            var best: [Int: Double] = [:]
            for hit in related.locations(within: radius, of: center) {
                best[hit.incident] = min(best[hit.incident] ?? .infinity, hit.distance)
            }
            candidates = best.map { ($0.key, $0.value) }
        } else {
            candidates = related.relations.indices.map { ($0, nil) }
        }
        var hits: [Hit] = []
        for (i, distance) in candidates {
            let r = related.relations[i]
            guard matchesNonSpatial(r.incident) else { continue }
            let matching = try matchingPlaces(r.locations, filter, related.geodata)
            if !isSpatial || !matching.isEmpty {
                hits.append(Hit(relation: r, locations: matching, distance: distance))
            }
        }
        return hits.sorted {
            Self.precedes(
                ($0.distance, $0.relation.incident.date.start, $0.relation.incident.id),
                ($1.distance, $1.relation.incident.date.start, $1.relation.incident.id))
        }
    }

    /// The order of hits: nearest first (for a radius), then by date's start and id.
    static func precedes(_ a: (Double?, Day, String), _ b: (Double?, Day, String)) -> Bool {
        (a.0 ?? 0, a.1, a.2) < (b.0 ?? 0, b.1, b.2)
    }

    /// The prepared place filter, after checking the dates and the segment against `geodata`.
    func checked(_ geodata: Geodata, _ gazetteer: Gazetteer) throws -> SpatialFilter.Prepared {
        if let from, let to, from > to { throw QueryError.datesReversed(from: from.description, to: to.description) }
        let filter = try spatial.prepared(geodata, gazetteer)
        if let segment = borderSegment, !geodata.border.contains(where: { $0.id == segment }) {
            throw QueryError.unknownSegment(segment, known: geodata.border.map(\.id))
        }
        return filter
    }

    /// The places every place filter holds for: all of them when the query
    /// has none, none when it has one and no place passes.
    func matchingPlaces<P: QueryablePlace>(_ places: [P], _ filter: SpatialFilter.Prepared, _ geodata: Geodata)
        throws -> [P]
    {
        guard isSpatial else { return places }
        return try places.filter { l in
            if let side, l.side != side { return false }
            return try filter.accepts(
                l.coordinate, provinceID: l.provinceID, borderDistance: { try borderDistance(l, geodata) })
        }
    }

    /// The date, type and party filters (not the casualty one).
    public func matchesDateTypeParty(_ date: IncidentDate, _ type: EventType, _ sides: [String]) -> Bool {
        if let from, date.end < from { return false }
        if let to, date.start > to { return false }
        if !types.isEmpty, !types.contains(type) { return false }
        if let actor, !sides.contains(actor) { return false }
        return true
    }

    private func matchesNonSpatial(_ incident: Incident) -> Bool {
        guard matchesDateTypeParty(incident.date, incident.type, incident.sides) else { return false }
        if let minKilled, incident.summary.total(.killed) < minKilled { return false }
        return true
    }

    /// Distance to the border, or to `borderSegment` when one is named.
    private func borderDistance(_ l: some QueryablePlace, _ geodata: Geodata) throws -> Double {
        guard let segment = borderSegment else { return l.borderDistance }
        if l.nearestSegment == segment { return l.borderDistance }
        return try geodata.border.first { $0.id == segment }!.geometry.geodesicDistance(to: l.coordinate)
    }
}
