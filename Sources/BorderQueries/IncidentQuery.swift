import BorderGeodata
import BorderIncidents
import GeometryCore

/// Filters over related incidents; every filter given must hold. Spatial
/// filters hold when any located place of the incident satisfies all of
/// them; an incident with no located place never satisfies one.
public struct IncidentQuery: Sendable {
    public var center: Coordinate?
    public var radiusMetres: Double?
    public var box: Envelope?
    public var polygon: Geometry?
    /// Province id, name or alternate name.
    public var province: String?
    /// Border distance band in metres, inclusive.
    public var borderMinMetres: Double?
    public var borderMaxMetres: Double?
    /// Only distances to this border segment ("mainland", "nakhchivan", ...).
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

    var isSpatial: Bool {
        center != nil || box != nil || polygon != nil || province != nil || borderMinMetres != nil
            || borderMaxMetres != nil || borderSegment != nil || side != nil
    }

    /// One incident that matched, with the places that did and, for a radius
    /// query, the distance of the nearest.
    public struct Hit: Sendable {
        public var relation: IncidentRelation
        public var locations: [LocationRelation]
        public var distance: Double?
    }

    public func run(on related: RelatedCatalog) throws -> [Hit] {
        let prepared = try polygon.map { try PreparedGeometry($0) }
        let provinceID = try province.map { try resolveProvince($0, related.geodata, related.relater.gazetteer) }
        var candidates: [(Int, Double?)]
        if let center, let radiusMetres {
            var best: [Int: Double] = [:]
            for hit in related.locations(within: radiusMetres, of: center) {
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
                if let center, let radiusMetres, Geodesic.distance(center, l.coordinate) > radiusMetres { continue }
                if let box, !box.contains(l.coordinate) { continue }
                if let prepared, try !prepared.coversPoint(l.coordinate) { continue }
                if let provinceID, l.province?.id != provinceID { continue }
                if let side, l.side != side { continue }
                if borderMinMetres != nil || borderMaxMetres != nil || borderSegment != nil {
                    let d = try borderDistance(l, related)
                    if let min = borderMinMetres, d < min { continue }
                    if let max = borderMaxMetres, d > max { continue }
                }
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
        if let minKilled {
            let killed = incident.summary.entries.filter { $0.kind == .killed }.reduce(0) { $0 + $1.conservative }
            if killed < minKilled { return false }
        }
        return true
    }

    private func borderDistance(_ l: LocationRelation, _ related: RelatedCatalog) throws -> Double {
        guard let segment = borderSegment else { return l.borderDistance }
        if l.nearestSegment == segment { return l.borderDistance }
        guard let s = related.geodata.border.first(where: { $0.id == segment }) else {
            throw QueryError.unknownSegment(segment, known: related.geodata.border.map(\.id))
        }
        return try s.geometry.geodesicDistance(to: l.coordinate)
    }
}

/// A query the engine cannot run, with what was wrong.
public enum QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownSegment(String, known: [String])
    case unknownProvince(String, suggestions: [String])
    case notPolygonal(String)

    public var description: String {
        switch self {
        case let .unknownSegment(s, known): "unknown border segment '\(s)'; known: \(known.joined(separator: ", "))"
        case let .unknownProvince(p, suggestions):
            "unknown province '\(p)'" + (suggestions.isEmpty ? "" : " — did you mean \(suggestions.joined(separator: ", "))?")
        case let .notPolygonal(what): "\(what): expected a Polygon or MultiPolygon"
        }
    }
}

func resolveProvince(_ name: String, _ geodata: Geodata, _ gazetteer: Gazetteer) throws -> String {
    if geodata.province(id: name.uppercased()) != nil { return name.uppercased() }
    for t in gazetteer.candidates(name) { if case let .province(p) = t { return p.id } }
    throw QueryError.unknownProvince(name, suggestions: gazetteer.suggestions(for: name))
}
