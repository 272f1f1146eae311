import BorderEventStore
import BorderIncidents
import BorderQueries
import GeometryCore
import PostgresClient

/// Incidents' facts read straight from the tables, as the GeoPackage store
/// reads them: only the columns the facts need, one statement per table
/// over the selected incidents, grouped by incident id as they come.
/// Reading whole incidents and every source (the default) held a million
/// rows' catalog twice over.
extension PostGISStore {
    public func incidentFacts<T: Sendable>(
        matching selection: StoreSelection, keep: @escaping @Sendable (IncidentFacts) throws -> T?
    ) async throws -> [T] {
        try withConnection { c in try readFacts(c, selection, keep: keep) }
    }

    public func sources(only ids: [String]) async throws -> [SourceReport] {
        try withConnection { c in try sources(c, ids: ids) }
    }

    public func sourceCount() async throws -> Int {
        try withConnection { c in
            guard let row = try query(c, "SELECT count(*) FROM S.sources").first else { return 0 }
            return try row.int(0)
        }
    }

    nonisolated func readFacts<T>(
        _ c: PostgresConnection, _ selection: StoreSelection, keep: (IncidentFacts) throws -> T?
    ) throws -> [T] {
        let (filter, selectionBinds) = PostGISSelection.whereClause(selection)
        // The selection is made once and its ids handed to each table's read, as on a GeoPackage: as a
        // subquery of each of the four reads it was made four times.
        var selected = "", binds: [PostgresValue] = []
        if !filter.isEmpty {
            let ids = try query(c, "SELECT i.incident_id FROM S.incidents i \(filter)", selectionBinds).map {
                try $0.string(0)
            }
            (selected, binds) = ("WHERE incident_id = ANY($1::text[])", [.textArray(ids)])
        }
        var places: [String: [PlaceFacts]] = [:]
        for row in try query(
            c,
            """
            SELECT incident_id, name, ST_X(geog::geometry), ST_Y(geog::geometry), country, province_id,
              border_distance_m, segment_id, side, border_point_lon, border_point_lat, theatre, district_id
            FROM S.locations \(selected) ORDER BY incident_id, location_index
            """, binds)
        {
            places[try row.string(0), default: []].append(try Self.place(row))
        }
        var claimants: [String: [String]] = [:]
        for row in try query(
            c, "SELECT incident_id, claimant FROM S.claims \(selected) ORDER BY incident_id, claim_index", binds)
        {
            claimants[try row.string(0), default: []].append(try row.string(1))
        }
        var figures: [String: [StoredCasualtyFigure]] = [:]
        for row in try query(
            c,
            """
            SELECT incident_id, claim_index, affected_side, kind, low, high FROM S.casualty_figures \(selected)
            ORDER BY incident_id, claim_index, casualty_index
            """, binds)
        {
            figures[try row.string(0), default: []].append(
                StoredCasualtyFigure(
                    claim: try row.int(1), side: try row.string(2), kind: try row.string(3),
                    figure: CasualtyFigure(low: try row.int(4), high: try row.optionalInt(5))))
        }
        var kept: [T] = []
        for row in try query(
            c,
            """
            SELECT i.incident_id, i.type, i.date_start::text, i.date_end::text, i.date_precision, i.date_reading,
              i.sides, i.sources
            FROM S.incidents i \(selected) ORDER BY i.seq
            """, binds)
        {
            let id = try row.string(0)
            let located = places[id] ?? []
            let claimed = claimants[id] ?? []
            var facts = IncidentFacts(
                id: id, date: try Self.date(row, from: 2, incident: id), type: try Self.type(row, at: 1, incident: id),
                sides: try row.stringArray(6), sources: try row.stringArray(7), claimants: claimed, figures: [],
                isLocated: !located.isEmpty, places: located)
            facts.figures = try (figures[id] ?? []).map { try $0.claimed(by: claimed, of: id) }
            if let k = try keep(facts) { kept.append(k) }
        }
        return kept
    }

    private static func place(_ row: PostgresRow) throws -> PlaceFacts {
        guard row.optionalString(9) != nil, row.optionalString(10) != nil else {
            throw StoreError.corrupt(
                "a location of incident \(try row.string(0)) predates the stored relation detail")
        }
        return PlaceFacts(
            name: try row.string(1),
            coordinate: try Coordinate(longitude: try row.double(2), latitude: try row.double(3)),
            country: row.optionalString(4), provinceID: row.optionalString(5), provinceName: nil,
            borderDistance: try row.double(6), nearestSegment: try row.string(7),
            nearestBorderPoint: try Coordinate(longitude: try row.double(9), latitude: try row.double(10)),
            side: try row.string(8), theatre: row.optionalString(11), districtID: row.optionalString(12))
    }
}
