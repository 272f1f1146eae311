import BorderIncidents
import GeometryCore
import GRDB

/// Each location's box and its incident's days in one three-dimensional
/// R-tree, with the incident's `fid` beside them: a box with a date range
/// selects its incidents inside the index, where the GeoPackage R-tree
/// alone finds every location in the box and each must then be looked up
/// with its incident to test the dates (85,799 lookups for 14,288 answers
/// in a million-row store). Days count from 1970-01-01, whole numbers an
/// R-tree's 32-bit floats hold exactly.
///
/// The writer adds a row with each location it inserts (`insert`): it knows
/// the point and the days, where a trigger would decode the geometry and
/// look the incident up again (measured: a third more import time).
/// Triggers follow what changes afterwards, whoever changes it: a deleted
/// location, a moved one, an incident's new dates.
enum LocationDaysIndex {
    static let table = "borderwatch_location_days"
    private static let epoch = Day(year: 1970, month: 1, day: 1)!.ordinal

    /// The day number of an ISO date column, as SQL.
    private static func day(_ column: String) -> String { "(julianday(\(column)) - 2440587.5)" }

    /// The index row of each location matching `locations` (aliased `l`) whose incident exists, as a SELECT.
    private static func rows(where filter: String) -> String {
        """
        SELECT l.fid, ST_MinX(l.geom), ST_MaxX(l.geom), ST_MinY(l.geom), ST_MaxY(l.geom), \(day("i.date_start")),
          \(day("i.date_end")), i.fid
        FROM locations l JOIN incidents i ON i.incident_id = l.incident_id
        WHERE \(filter) AND l.geom NOT NULL AND NOT ST_IsEmpty(l.geom)
        """
    }

    static func create(_ db: Database) throws {
        let t = table
        try db.execute(
            sql: """
                CREATE VIRTUAL TABLE \(t) USING rtree(id, minx, maxx, miny, maxy, first_day, last_day, +incident_fid);
                CREATE TRIGGER \(t)_location_update AFTER UPDATE OF fid, geom, incident_id ON locations
                  WHEN OLD.fid IS NOT NEW.fid OR OLD.geom IS NOT NEW.geom OR OLD.incident_id IS NOT NEW.incident_id
                  BEGIN DELETE FROM \(t) WHERE id = OLD.fid; INSERT OR REPLACE INTO \(t) \(rows(where: "l.fid = NEW.fid"));
                  END;
                CREATE TRIGGER \(t)_location_delete AFTER DELETE ON locations
                  BEGIN DELETE FROM \(t) WHERE id = OLD.fid; END;
                CREATE TRIGGER \(t)_incident_update AFTER UPDATE OF fid, incident_id, date_start, date_end ON incidents
                  WHEN OLD.fid IS NOT NEW.fid OR OLD.incident_id IS NOT NEW.incident_id
                    OR OLD.date_start IS NOT NEW.date_start OR OLD.date_end IS NOT NEW.date_end
                  BEGIN INSERT OR REPLACE INTO \(t) \(rows(where: "l.incident_id = NEW.incident_id")); END;
                """)
        // Rows stored before this version, in one pass.
        try db.execute(sql: "INSERT INTO \(t) \(rows(where: "1"))")
    }

    /// The row `add` binds: a location's position and its incident's days.
    static let insertSQL = "INSERT OR REPLACE INTO \(table) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"

    /// Binds the row of the location `fid` at `point`, of incident `incident` dated `date`, to `insert`
    /// (`insertSQL`).
    static func add(
        location fid: Int64, at point: Coordinate, date: IncidentDate, incident: Int64, to insert: BoundStatement
    ) {
        insert.add(fid)
        for value in [point.longitude, point.longitude, point.latitude, point.latitude] { insert.add(value) }
        insert.add(date.start.ordinal - epoch)
        insert.add(date.end.ordinal - epoch)
        insert.add(incident)
    }

    /// `incidents i` rows with a location in `box` during the days `from`…`to` (ISO dates, either open), as
    /// SQL with its arguments. A superset: the R-tree rounds boxes outwards.
    static func incidentFilter(box: Envelope, from: String?, to: String?) -> (String, [any DatabaseValueConvertible]) {
        let (clauses, arguments) = match(box: box, from: from, to: to)
        return ("i.fid IN (SELECT incident_fid FROM \(table) WHERE \(clauses))", arguments)
    }

    /// The same for `locations l` rows.
    static func locationFilter(box: Envelope, from: String?, to: String?) -> (String, [any DatabaseValueConvertible]) {
        let (clauses, arguments) = match(box: box, from: from, to: to)
        return ("l.fid IN (SELECT id FROM \(table) WHERE \(clauses))", arguments)
    }

    private static func match(box b: Envelope, from: String?, to: String?) -> (String, [any DatabaseValueConvertible]) {
        var clauses = ["maxx >= ?", "minx <= ?", "maxy >= ?", "miny <= ?"]
        var arguments: [any DatabaseValueConvertible] = [b.minLongitude, b.maxLongitude, b.minLatitude, b.maxLatitude]
        if let from {
            clauses.append("last_day >= \(day("?"))")
            arguments.append(from)
        }
        if let to {
            clauses.append("first_day <= \(day("?"))")
            arguments.append(to)
        }
        return (clauses.joined(separator: " AND "), arguments)
    }
}
