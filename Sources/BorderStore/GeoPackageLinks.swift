import BorderEventStore
import BorderIncidents
import GeometryCore
import GRDB

/// The stored incidents an imported row may describe, found through the locations' R-tree.
enum GeoPackageLinks {
    static func candidates(for probes: [LinkProbe], within metres: Double, _ db: Database) throws -> [[LinkCandidate]] {
        // Nothing stored, nothing to link: skip 10⁵ empty index searches.
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM locations)") == true else {
            return Array(repeating: [], count: probes.count)
        }
        let search = try db.cachedStatement(
            sql: """
                SELECT l.incident_id, l.geom FROM rtree_locations_geom r JOIN locations l ON l.fid = r.id
                JOIN incidents i ON i.incident_id = l.incident_id
                WHERE r.maxx >= ? AND r.minx <= ? AND r.maxy >= ? AND r.miny <= ? AND i.date_start <= ? AND i.date_end >= ?
                """)
        var loaded: [String: Incident] = [:]
        var result: [[LinkCandidate]] = []
        for probe in probes {
            let box = Envelope.around(probe.coordinate, metres: metres)
            let rows = try Row.fetchAll(
                search,
                arguments: [
                    box.minLongitude, box.maxLongitude, box.minLatitude,
                    box.maxLatitude, probe.to.description, probe.from.description,
                ])
            var nearest: [String: Double] = [:]
            for row in rows {
                guard case let .point(p) = try GeoPackageBinary.decode(try row.decode(atIndex: 1)) else { continue }
                let d = Geodesic.distance(probe.coordinate, p.coordinate), id: String = try row.decode(atIndex: 0)
                if d <= metres { nearest[id] = min(nearest[id] ?? .infinity, d) }
            }
            var found: [LinkCandidate] = []
            for (id, d) in nearest.sorted(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
                if loaded[id] == nil { loaded[id] = try GeoPackageRows.incidents(db, ids: [id]).first }
                if let incident = loaded[id] { found.append(LinkCandidate(incident: incident, distance: d)) }
            }
            result.append(found)
        }
        return result
    }
}
