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

    /// One incident that matched, with the places that did and, for a radius
    /// query, the distance of the nearest.
    public struct Hit: Sendable {
        public var relation: IncidentRelation
        public var locations: [LocationRelation]
        public var distance: Double?
    }

    public func run(on related: RelatedCatalog) throws -> [Hit] {
        if let from, let to, from > to { throw QueryError.datesReversed(from: from.description, to: to.description) }
        let filter = try spatial.prepared(related.geodata, related.relater.gazetteer)
        if let segment = borderSegment, !related.geodata.border.contains(where: { $0.id == segment }) {
            throw QueryError.unknownSegment(segment, known: related.geodata.border.map(\.id))
        }
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
            if !isSpatial {
                hits.append(Hit(relation: r, locations: r.locations, distance: distance))
                continue
            }
            var matching: [LocationRelation] = []
            for l in r.locations {
                if let side, l.side != side { continue }
                guard
                    try filter.accepts(
                        l.coordinate, provinceID: l.province?.id, borderDistance: { try borderDistance(l, related) })
                else { continue }
                matching.append(l)
            }
            if !matching.isEmpty { hits.append(Hit(relation: r, locations: matching, distance: distance)) }
        }
        return hits.sorted {
            ($0.distance ?? 0, $0.relation.incident.date.start, $0.relation.incident.id)
                < ($1.distance ?? 0, $1.relation.incident.date.start, $1.relation.incident.id)
        }
    }

    private func matchesNonSpatial(_ incident: Incident) -> Bool {
        if let from, incident.date.end < from { return false }
        if let to, incident.date.start > to { return false }
        if !types.isEmpty, !types.contains(incident.type) { return false }
        if let actor, !incident.sides.contains(actor) { return false }
        if let minKilled, incident.summary.total(.killed) < minKilled { return false }
        return true
    }

    /// Distance to the border, or to `borderSegment` when one is named.
    private func borderDistance(_ l: LocationRelation, _ related: RelatedCatalog) throws -> Double {
        guard let segment = borderSegment else { return l.borderDistance }
        if l.nearestSegment == segment { return l.borderDistance }
        return try related.geodata.border.first { $0.id == segment }!.geometry.geodesicDistance(to: l.coordinate)
    }
}
