import BorderIncidents
import BorderEventStore
import GeometryCore
import PostgresClient

extension PostGISStore {
    /// Incidents with their locations and claims, in the order first
    /// written (an update keeps its place); all when `ids` is nil.
    nonisolated func incidents(_ c: PostgresConnection, ids: [String]?) throws -> [Incident] {
        let filter = ids == nil ? "" : "WHERE incident_id = ANY($1::text[])"
        let binds: [PostgresValue] = ids.map { [.textArray($0)] } ?? []
        var (incidents, position) = try incidentRows(c, filter, binds)
        try addLocations(c, filter, binds, to: &incidents, at: position)
        let figures = try casualtyFigures(c, filter, binds)
        try addClaims(c, filter, binds, figures: figures, to: &incidents, at: position)
        return incidents
    }

    /// The incidents' own rows, in order, and each one's position by id.
    private nonisolated func incidentRows(_ c: PostgresConnection, _ filter: String, _ binds: [PostgresValue]) throws
        -> ([Incident], [String: Int])
    {
        var incidents: [Incident] = []
        var position: [String: Int] = [:]
        for row in try query(
            c,
            """
            SELECT incident_id, title, type, date_start::text, date_end::text, date_precision, date_reading, local_time, sides,
              sources, notes, status FROM S.incidents \(filter) ORDER BY seq
            """, binds)
        {
            let id = try row.string(0)
            position[id] = incidents.count
            incidents.append(
                Incident(
                    id: id, title: try row.string(1), type: try Self.type(row, at: 2, incident: id),
                    date: try Self.date(row, from: 3, incident: id),
                    localTime: row.optionalString(7), sides: try row.stringArray(8),
                    locations: [], claims: [], sources: try row.stringArray(9), notes: row.optionalString(10),
                    status: Incident.Status(rawValue: try row.string(11)) ?? .reviewed))
        }
        return (incidents, position)
    }

    private nonisolated func addLocations(
        _ c: PostgresConnection, _ filter: String, _ binds: [PostgresValue], to incidents: inout [Incident],
        at position: [String: Int]
    ) throws {
        for row in try query(
            c,
            """
            SELECT incident_id, kind, name, precision, relation, claimed_by, sources, ST_X(geog::geometry), ST_Y(geog::geometry)
            FROM S.locations \(filter) ORDER BY incident_id, location_index
            """, binds)
        {
            guard let k = position[try row.string(0)] else { continue }
            let point = Geometry.point(Point(try Coordinate(longitude: try row.double(7), latitude: try row.double(8))))
            let kind = try LocationKindColumn.decode(try row.string(1), name: try row.string(2), geometry: point)
            incidents[k].locations.append(
                IncidentLocation(
                    kind: kind, precision: try row.int(3), relation: try row.string(4),
                    claimedBy: row.optionalString(5), sources: try row.stringArray(6)))
        }
    }

    /// Casualty figures by incident, claim and casualty index.
    private nonisolated func casualtyFigures(_ c: PostgresConnection, _ filter: String, _ binds: [PostgresValue])
        throws -> StoredCasualtyClaims
    {
        var figures = StoredCasualtyClaims()
        for row in try query(
            c,
            """
            SELECT incident_id, claim_index, casualty_index, affected_side, kind, low, high FROM S.casualty_figures \(filter)
            """, binds)
        {
            try figures.add(
                incident: try row.string(0), claim: try row.int(1), casualty: try row.int(2), side: try row.string(3),
                kind: try row.string(4), figure: CasualtyFigure(low: try row.int(5), high: try row.optionalInt(6)))
        }
        return figures
    }

    private nonisolated func addClaims(
        _ c: PostgresConnection, _ filter: String, _ binds: [PostgresValue],
        figures: StoredCasualtyClaims, to incidents: inout [Incident], at position: [String: Int]
    ) throws {
        for row in try query(
            c,
            """
            SELECT incident_id, claim_index, claimant, side, role, summary, unconfirmed, sources FROM S.claims \(filter)
            ORDER BY incident_id, claim_index
            """, binds)
        {
            let (id, claim, claimant, side, role, summary) = (
                try row.string(0), try row.int(1), try row.string(2), try row.string(3),
                try row.string(4), try row.string(5)
            )
            let (unconfirmed, sources) = (try row.bool(6), try row.stringArray(7))
            guard let k = position[id] else { continue }
            let casualties = figures.casualties(of: id, claim: claim)
            incidents[k].claims.append(
                Claim(
                    claimant: claimant, side: side, role: role, summary: summary, casualties: casualties,
                    unconfirmed: unconfirmed, sources: sources))
        }
    }

    /// The event type in column `k`.
    static func type(_ row: PostgresRow, at k: Int, incident id: String) throws -> EventType {
        guard let type = EventType(rawValue: try row.string(k)) else {
            throw StoreError.corrupt("incident \(id): type '\(try row.string(k))'")
        }
        return type
    }

    /// The date from four columns at `k`: start and end (ISO text), precision, reading.
    static func date(_ row: PostgresRow, from k: Int, incident id: String) throws -> IncidentDate {
        guard let start = Day(iso: try row.string(k)), let end = Day(iso: try row.string(k + 1)),
            let precision = IncidentDate.Precision(rawValue: try row.string(k + 2))
        else {
            throw StoreError.corrupt("incident \(id): dates")
        }
        return IncidentDate(start: start, end: end, precision: precision, reading: try row.string(k + 3))
    }
}
