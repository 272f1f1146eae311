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
        let (filter, arguments) = GeoPackageSelection.whereClause(selection)
        // The other tables' rows of the selected incidents only (every row when nothing is selected).
        let selected = filter.isEmpty ? "" : "WHERE incident_id IN (SELECT i.incident_id FROM incidents i \(filter))"
        var locations = try Stream(
            db,
            """
            SELECT incident_id, name, geom, country, province_id, border_distance_m, segment_id, side,
              border_point_lon, border_point_lat, theatre
            FROM locations \(selected) ORDER BY incident_id, location_index
            """, arguments)
        var claims = try Stream(
            db, "SELECT incident_id, claimant FROM claims \(selected) ORDER BY incident_id, claim_index", arguments)
        var figures = try Stream(
            db,
            """
            SELECT incident_id, claim_index, affected_side, kind, low, high FROM casualty_figures \(selected)
            ORDER BY incident_id, claim_index, casualty_index
            """, arguments)
        let incidents = try Row.fetchCursor(
            db,
            sql: """
                SELECT i.incident_id, i.type, i.date_start, i.date_end, i.date_precision, i.date_reading, i.sides, i.sources
                FROM incidents i \(filter) ORDER BY i.incident_id
                """, arguments: arguments)
        var kept: [T] = []
        while let row = try incidents.next() {
            var facts = try incident(row)
            facts.places = try locations.rows(of: facts.id).map(place)
            facts.isLocated = !facts.places.isEmpty
            facts.claimants = try claims.rows(of: facts.id).map { try $0.decode(atIndex: 1) }
            facts.figures = try figures.rows(of: facts.id).map { try figure($0, claimants: facts.claimants) }
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
            side: try row.decode(atIndex: 7), theatre: try row.decode(atIndex: 10))
    }

    private static func figure(_ row: Row, claimants: [String]) throws -> ClaimedFigure {
        let claim: Int = try row.decode(atIndex: 1)
        guard claimants.indices.contains(claim), let kind = CasualtyKind(rawValue: try row.decode(atIndex: 3)) else {
            throw StoreError.corrupt(
                "casualty figure of claim \(claim) of incident \((try row.decode(atIndex: 0)) as String)")
        }
        return ClaimedFigure(
            claimant: claimants[claim], side: try row.decode(atIndex: 2), kind: kind,
            figure: CasualtyFigure(low: try row.decode(atIndex: 4), high: try row.decode(atIndex: 5)))
    }

    /// A cursor over rows ordered by incident id (column 0), read one incident at a time.
    private struct Stream {
        let cursor: RowCursor
        var pending: Row?

        init(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws {
            cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            pending = try cursor.next()?.copy()
        }

        /// The rows of incident `id`, skipping rows of incidents before it (as SQLite orders text: by bytes).
        mutating func rows(of id: String) throws -> [Row] {
            var found: [Row] = []
            while let row = pending {
                let rowID: String = try row.decode(atIndex: 0)
                if rowID != id, !rowID.utf8.lexicographicallyPrecedes(id.utf8) { break }
                if rowID == id { found.append(row) }
                pending = try cursor.next()?.copy()
            }
            return found
        }
    }
}
