import BorderEventStore
import PostgresClient

/// A `StoreSelection` as one SQL statement: incident filters on the
/// incidents table, and location filters in one EXISTS over the locations
/// of the incident (all of them must hold at the same location, as in the
/// engine). The radius is `ST_DWithin` on geography (1 m wider than asked,
/// so that the engine's own geodesic distance decides at the edge), boxes
/// are `&&` on the planar geometry, province, side and border band are the
/// relation stored on import.
enum PostGISSelection {
    /// The ids of the selected incidents, in the order first written.
    static func sql(_ s: StoreSelection) -> (String, [PostgresValue]) {
        let (filter, binds) = whereClause(s)
        return ("SELECT i.incident_id FROM S.incidents i \(filter) ORDER BY i.seq", binds)
    }

    /// The selection as a WHERE clause over `S.incidents i` (empty when nothing is filtered), with its binds.
    static func whereClause(_ s: StoreSelection) -> (String, [PostgresValue]) {
        var binds: [PostgresValue] = []
        func bind(_ v: PostgresValue) -> String {
            binds.append(v)
            return "$\(binds.count)"
        }
        func bind(_ d: Double) -> String { bind(.double(d)) + "::float8" }
        func bind(_ t: String) -> String { bind(.text(t)) }
        var incident: [String] = []
        if let from = s.from { incident.append("i.date_end >= \(bind(from.description))::date") }
        if let to = s.to { incident.append("i.date_start <= \(bind(to.description))::date") }
        if !s.types.isEmpty { incident.append("i.type = ANY(\(bind(.textArray(s.types)))::text[])") }
        if let actor = s.actor { incident.append("\(bind(actor)) = ANY(i.sides)") }
        var location: [String] = []
        if let c = s.center, let r = s.radiusMetres {
            location.append(
                "ST_DWithin(l.geog, ST_SetSRID(ST_MakePoint(\(bind(c.longitude)), \(bind(c.latitude))), 4326)::geography, \(bind(r + 1.0)))"
            )
        }
        for b in s.boxes {
            location.append(
                "l.geog::geometry && ST_MakeEnvelope(\(bind(b.minLongitude)), \(bind(b.minLatitude)), "
                    + "\(bind(b.maxLongitude)), \(bind(b.maxLatitude)), 4326)")
        }
        if let p = s.provinceID { location.append("l.province_id = \(bind(p))") }
        if let side = s.side { location.append("l.side = \(bind(side))") }
        if let m = s.borderMinMetres { location.append("l.border_distance_m >= \(bind(m))") }
        if let m = s.borderMaxMetres { location.append("l.border_distance_m <= \(bind(m))") }
        if s.constrainsLocations {
            incident.append(
                "EXISTS (SELECT 1 FROM S.locations l WHERE l.incident_id = i.incident_id AND \(location.joined(separator: " AND ")))"
            )
        }
        return (incident.isEmpty ? "" : "WHERE " + incident.joined(separator: " AND "), binds)
    }
}
