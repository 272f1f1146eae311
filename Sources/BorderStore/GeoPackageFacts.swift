import BorderEventStore
import BorderIncidents
import BorderQueries
import Foundation
import GeometryCore
import GRDB

/// Incidents' facts read straight from the tables: one pass over the
/// selected incidents, their locations, claims and casualty figures, each a
/// cursor in incident id order (the order of their unique indexes), merged
/// as they stream, so that no table is held whole.
enum GeoPackageFacts {
    static func read<T>(
        _ db: Database, _ selection: StoreSelection, keep: (IncidentFacts) throws -> T?
    ) throws -> [T] {
        let (filter, selectionArguments) = GeoPackageSelection.whereClause(selection)
        // The selection is made once, its ids handed to each table's read as one JSON array: as a subquery of
        // each of the four reads it was made four times, two thirds of reading a box's facts.
        var selected = "", arguments = StatementArguments()
        if !filter.isEmpty {
            let ids = try String.fetchAll(
                db, sql: "SELECT i.incident_id FROM incidents i \(filter) ORDER BY i.incident_id",
                arguments: selectionArguments)
            selected = "WHERE incident_id IN (SELECT value FROM json_each(?))"
            arguments = [ListColumn.encode(ids)]
        }
        var locations = try Stream(
            db,
            """
            SELECT incident_id, name, geom, country, province_id, border_distance_m, segment_id, side,
              border_point_lon, border_point_lat, theatre, \(try GeoPackageRows.districtColumn(db))
            FROM locations \(selected) ORDER BY incident_id, location_index
            """, arguments, decode: place)
        var claims = try Stream(
            db, "SELECT incident_id, claimant FROM claims \(selected) ORDER BY incident_id, claim_index", arguments
        ) { row throws -> String in try row.decode(atIndex: 1) }
        var figures = try Stream(
            db,
            """
            SELECT incident_id, claim_index, affected_side, kind, low, high FROM casualty_figures \(selected)
            ORDER BY incident_id, claim_index, casualty_index
            """, arguments
        ) { row in
            StoredCasualtyFigure(
                claim: try row.decode(atIndex: 1), side: try row.decode(atIndex: 2), kind: try row.decode(atIndex: 3),
                figure: CasualtyFigure(low: try row.decode(atIndex: 4), high: try row.decode(atIndex: 5)))
        }
        let incidents = try Row.fetchCursor(
            db,
            sql: """
                SELECT i.incident_id, i.type, i.date_start, i.date_end, i.date_precision, i.date_reading, i.sides, i.sources
                FROM incidents i \(selected) ORDER BY i.incident_id
                """, arguments: arguments)
        var kept: [T] = []
        while let row = try incidents.next() {
            var facts = try incident(row)
            facts.places = try locations.values(of: facts.id)
            facts.isLocated = !facts.places.isEmpty
            facts.claimants = try claims.values(of: facts.id)
            facts.figures = try figures.values(of: facts.id).map { try $0.claimed(by: facts.claimants, of: facts.id) }
            if let k = try keep(facts) { kept.append(k) }
        }
        return kept
    }

    private static func incident(_ row: Row) throws -> IncidentFacts {
        let id: String = try row.decode(atIndex: 0)
        let (type, date) = try GeoPackageRows.typeAndDate(row, from: 1, incident: id)
        return IncidentFacts(
            id: id, date: date, type: type, sides: ListColumn.decode(try row.decode(atIndex: 6)),
            sources: ListColumn.decode(try row.decode(atIndex: 7)), claimants: [], figures: [], isLocated: false,
            places: [])
    }

    private static func place(_ row: Row) throws -> PlaceFacts {
        guard case let .point(p) = try GeoPackageBinary.decode(try row.decode(atIndex: 2)) else {
            throw StoreError.corrupt("location not a point")
        }
        guard let lon = try row.decode(atIndex: 8) as Double?, let lat = try row.decode(atIndex: 9) as Double? else {
            throw StoreError.corrupt(
                "a location of incident \((try row.decode(atIndex: 0)) as String) predates the stored relation detail")
        }
        return PlaceFacts(
            name: try row.decode(atIndex: 1), coordinate: p.coordinate, country: try row.decode(atIndex: 3),
            provinceID: try row.decode(atIndex: 4), provinceName: nil, borderDistance: try row.decode(atIndex: 5),
            nearestSegment: try row.decode(atIndex: 6),
            nearestBorderPoint: try Coordinate(longitude: lon, latitude: lat),
            side: try row.decode(atIndex: 7), theatre: try row.decode(atIndex: 10),
            districtID: try row.decode(atIndex: 11))
    }

    /// A cursor over rows ordered by incident id (column 0), each decoded as it is read (GRDB reuses a
    /// cursor's row, and copying a million rows was a third of the reading), served one incident at a time.
    private struct Stream<Value> {
        let cursor: RowCursor
        let decode: (Row) throws -> Value
        var pending: (id: String, value: Value)?

        init(
            _ db: Database, _ sql: String, _ arguments: StatementArguments, decode: @escaping (Row) throws -> Value
        ) throws {
            cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            self.decode = decode
            try advance()
        }

        private mutating func advance() throws {
            pending = try cursor.next().map { row in (try row.decode(atIndex: 0), try decode(row)) }
        }

        /// The values of incident `id`, skipping rows of incidents before it (as SQLite orders text: by bytes).
        mutating func values(of id: String) throws -> [Value] {
            var found: [Value] = []
            while let (rowID, value) = pending {
                if rowID != id, !rowID.utf8.lexicographicallyPrecedes(id.utf8) { break }
                if rowID == id { found.append(value) }
                try advance()
            }
            return found
        }
    }
}
