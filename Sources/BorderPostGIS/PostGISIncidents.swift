import BorderIncidents
import BorderStore
import GeometryCore
import PostgresNIO

extension PostGISStore {
    /// Incidents with their locations and claims, in the order first
    /// written (an update keeps its place); all when `ids` is nil.
    func incidents(_ c: PostgresConnection, ids: [String]?) async throws -> [Incident] {
        let filter = ids == nil ? "" : "WHERE incident_id = ANY($1)"
        let binds: [any PostgresEncodable & Sendable] = ids.map { [$0] } ?? []
        var incidents: [Incident] = []
        var position: [String: Int] = [:]
        for row in try await query(c, """
            SELECT incident_id, title, type, date_start::text, date_end::text, date_precision, date_reading, local_time, sides,
              sources, notes, status FROM S.incidents \(filter) ORDER BY seq
            """, binds) {
            let cells = row.makeRandomAccess()
            let id = try cells[0].decode(String.self)
            guard let type = EventType(rawValue: try cells[2].decode(String.self)), let start = Day(iso: try cells[3].decode(String.self)),
                  let end = Day(iso: try cells[4].decode(String.self)),
                  let precision = IncidentDate.Precision(rawValue: try cells[5].decode(String.self)) else {
                throw StoreError.corrupt("incident \(id): type or dates")
            }
            position[id] = incidents.count
            incidents.append(Incident(id: id, title: try cells[1].decode(String.self), type: type,
                                      date: IncidentDate(start: start, end: end, precision: precision, reading: try cells[6].decode(String.self)),
                                      localTime: try cells[7].decode(String?.self), sides: try cells[8].decode([String].self),
                                      locations: [], claims: [], sources: try cells[9].decode([String].self),
                                      notes: try cells[10].decode(String?.self),
                                      status: Incident.Status(rawValue: try cells[11].decode(String.self)) ?? .reviewed))
        }
        for row in try await query(c, """
            SELECT incident_id, kind, name, precision, relation, claimed_by, sources, ST_X(geog::geometry), ST_Y(geog::geometry)
            FROM S.locations \(filter) ORDER BY incident_id, location_index
            """, binds) {
            let cells = row.makeRandomAccess()
            guard let k = position[try cells[0].decode(String.self)] else { continue }
            let point = Geometry.point(Point(try Coordinate(longitude: try cells[7].decode(Double.self), latitude: try cells[8].decode(Double.self))))
            let kind = try LocationKindColumn.decode(try cells[1].decode(String.self), name: try cells[2].decode(String.self), geometry: point)
            incidents[k].locations.append(IncidentLocation(kind: kind, precision: try cells[3].decode(Int.self),
                                                           relation: try cells[4].decode(String.self),
                                                           claimedBy: try cells[5].decode(String?.self),
                                                           sources: try cells[6].decode([String].self)))
        }
        var figures: [String: [Int: [Int: CasualtyClaim]]] = [:]
        for row in try await query(c, """
            SELECT incident_id, claim_index, casualty_index, affected_side, kind, low, high FROM S.casualty_figures \(filter)
            """, binds) {
            let (id, claim, n, side, kindText, low, high) = try row.decode((String, Int, Int, String, String, Int, Int?).self)
            guard let kind = CasualtyKind(rawValue: kindText) else { throw StoreError.corrupt("casualty kind '\(kindText)'") }
            var casualty = figures[id]?[claim]?[n] ?? CasualtyClaim(side: side, figures: [:])
            casualty.figures[kind] = CasualtyFigure(low: low, high: high)
            figures[id, default: [:]][claim, default: [:]][n] = casualty
        }
        for row in try await query(c, """
            SELECT incident_id, claim_index, claimant, side, role, summary, unconfirmed, sources FROM S.claims \(filter)
            ORDER BY incident_id, claim_index
            """, binds) {
            let (id, claim, claimant, side, role, summary, unconfirmed, sources)
                = try row.decode((String, Int, String, String, String, String, Bool, [String]).self)
            guard let k = position[id] else { continue }
            let casualties = (figures[id]?[claim] ?? [:]).sorted { $0.key < $1.key }.map(\.value)
            incidents[k].claims.append(Claim(claimant: claimant, side: side, role: role, summary: summary, casualties: casualties,
                                             unconfirmed: unconfirmed, sources: sources))
        }
        return incidents
    }
}
