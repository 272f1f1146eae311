import BorderEventStore
import GeometryCore
import PostgresClient

/// The stored relations of locations, read back whole.
enum PostGISRelations {
    /// The columns schema version 5 added to `locations` (and 6 the district), NULL in rows stored before.
    static let detailColumns = """
        resolution, settlement_id, border_point_lon, border_point_lat, within_tolerance, tolerance_m, inside_1991_oblast,
        exclave_id, nearby, theatre, district_id
        """

    /// The same columns with their types, for `jsonb_to_recordset`.
    static let detailTypes = """
        resolution text, settlement_id text, border_point_lon float8, border_point_lat float8, within_tolerance boolean,
        tolerance_m float8, inside_1991_oblast boolean, exclave_id text, nearby text, theatre text, district_id text
        """

    /// The detail from the eleven columns at `k`; nil for a row stored before version 5.
    static func detail(_ row: PostgresRow, from k: Int, nearby: inout NearbyReads) throws -> RelationDetail? {
        guard let resolution = row.optionalString(k) else { return nil }
        return RelationDetail(
            resolution: resolution, settlementID: row.optionalString(k + 1),
            nearestBorderPoint: try Coordinate(longitude: try row.double(k + 2), latitude: try row.double(k + 3)),
            withinTolerance: try row.bool(k + 4), toleranceMetres: try row.double(k + 5),
            inside1991Oblast: try row.bool(k + 6), exclaveID: row.optionalString(k + 7),
            nearby: try nearby.decode(try row.string(k + 8)), theatre: row.optionalString(k + 9),
            districtID: row.optionalString(k + 10))
    }
}

extension PostGISStore {
    /// The stored relations, of the incidents with these ids or of all.
    func relations(_ c: PostgresConnection, ids: [String]?) throws -> [StoredRelation] {
        var nearby = NearbyReads()
        return try query(
            c,
            """
            SELECT incident_id, location_index, ST_X(geog::geometry), ST_Y(geog::geometry), country, province_id,
              border_distance_m, segment_id, side, side_basis, \(PostGISRelations.detailColumns)
            FROM S.locations \(ids == nil ? "" : "WHERE incident_id = ANY($1::text[])")
            ORDER BY incident_id, location_index
            """, ids.map { [.textArray($0)] } ?? []
        ).map { row in
            StoredRelation(
                incidentID: try row.string(0), locationIndex: try row.int(1),
                coordinate: try Coordinate(longitude: try row.double(2), latitude: try row.double(3)),
                country: row.optionalString(4), provinceID: row.optionalString(5),
                borderDistance: try row.double(6), segmentID: try row.string(7),
                side: try row.string(8), sideBasis: try row.string(9),
                detail: try PostGISRelations.detail(row, from: 10, nearby: &nearby))
        }
    }
}
