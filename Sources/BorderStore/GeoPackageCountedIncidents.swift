import BorderEventStore
import BorderIncidents
import BorderQueries
import GRDB
import GRDBSQLite

/// The store's incidents as counting reads them (`CountedIncident`):
/// `counted_parts` holds each distinct part's signature once, and
/// `counted_incidents` each incident's three part ids under the incident's
/// fid. Kept in the transaction of every write: the writer of incidents
/// adds or replaces their rows, an undo removes the rows of the incidents
/// it removes, a refresh (new places) and the migration that made the
/// tables build them all again.
enum GeoPackageCountedIncidents {
    static let createSQL = """
        CREATE TABLE counted_parts (
          id INTEGER PRIMARY KEY, part INTEGER NOT NULL, signature TEXT NOT NULL, UNIQUE (part, signature));
        CREATE TABLE counted_incidents (
          fid INTEGER PRIMARY KEY, date_part INTEGER NOT NULL, places_part INTEGER NOT NULL, what_part INTEGER NOT NULL);
        """

    /// Writes incidents' rows, each part's id looked up (or its signature added) once per writer.
    final class Writer {
        private let findPart, addPart, row, remove: BoundStatement
        private var known: [CountedIncident.Part: [String: Int64]] = [:]

        init(_ db: Database) throws {
            findPart = try BoundStatement(db, sql: "SELECT id FROM counted_parts WHERE part = ? AND signature = ?")
            addPart = try BoundStatement(db, sql: "INSERT INTO counted_parts (part, signature) VALUES (?, ?)")
            row = try BoundStatement(
                db,
                sql: """
                    INSERT OR REPLACE INTO counted_incidents (fid, date_part, places_part, what_part) VALUES (?, ?, ?, ?)
                    """)
            remove = try BoundStatement(db, sql: "DELETE FROM counted_incidents WHERE fid = ?")
        }

        /// The row of `incident` (its places each with a stored relation), or
        /// none when a place has no relation detail (a row stored before it:
        /// the store is counted from its facts until refreshed).
        func write(incident fid: Int64, _ incident: Incident, stored: [StoredRelation]) throws {
            guard let facts = try? IncidentFacts(incident, stored: stored) else {
                remove.add(fid)
                return try remove.run()
            }
            try write(incident: fid, CountedIncident(facts))
        }

        func write(incident fid: Int64, _ counted: CountedIncident) throws {
            row.add(fid)
            for p in CountedIncident.Part.allCases { row.add(try id(of: counted.signature(of: p), p)) }
            try row.run()
        }

        /// Looked up before it is added: most parts of a batch are kept already, and finding writes no page.
        private func id(of signature: String, _ p: CountedIncident.Part) throws -> Int64 {
            if let id = known[p]?[signature] { return id }
            findPart.add(p.rawValue)
            findPart.add(signature)
            var found: Int64?
            try findPart.runReading { s in found = sqlite3_column_int64(s, 0) }
            let id: Int64
            if let found {
                id = found
            } else {
                addPart.add(p.rawValue)
                addPart.add(signature)
                try addPart.run()
                id = addPart.lastInsertedRowID
            }
            known[p, default: [:]][signature] = id
            return id
        }
    }

    /// Every incident's row made again from its stored facts, and parts no row uses dropped.
    /// None while a location predates the stored relation detail (the store is stale until refreshed).
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM counted_incidents; DELETE FROM counted_parts")
        guard try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM locations WHERE border_point_lon IS NULL)")!
        else { return }
        let writer = try Writer(db)
        let fid = try db.makeStatement(sql: "SELECT fid FROM incidents WHERE incident_id = ?")
        _ = try GeoPackageFacts.read(db, StoreSelection()) { facts -> Void? in
            guard let id = try Int64.fetchOne(fid, arguments: [facts.id]) else { return nil }
            try writer.write(incident: id, CountedIncident(facts))
            return nil
        }
    }

    /// Rows of incidents no longer stored, and parts no row names, removed.
    static func prune(_ db: Database) throws {
        try db.execute(
            sql: """
                DELETE FROM counted_incidents WHERE fid NOT IN (SELECT fid FROM incidents);
                DELETE FROM counted_parts WHERE id NOT IN (
                  SELECT date_part FROM counted_incidents UNION SELECT places_part FROM counted_incidents
                  UNION SELECT what_part FROM counted_incidents);
                """)
    }

    /// Every incident's counted row and the parts they name; nil when the
    /// store keeps none (a schema before them) or they do not cover every
    /// incident.
    static func read(_ db: Database) throws -> CountedIncidents? {
        guard try db.tableExists("counted_incidents") else { return nil }
        let incidents = try Int.fetchOne(db, sql: "SELECT count(*) FROM incidents") ?? 0
        let parts = try Row.fetchAll(db, sql: "SELECT id, part, signature FROM counted_parts").map { r in
            guard let part = CountedIncident.Part(rawValue: r[1]) else {
                throw StoreError.corrupt("counted_parts row \(r[0] as Int) is of no known part (\(r[1] as Int))")
            }
            return (id: r[0] as Int, part: part, signature: r[2] as String)
        }
        var rows: [Int32] = []
        rows.reserveCapacity(incidents * 3)
        let select = try BoundStatement(
            db, sql: "SELECT date_part, places_part, what_part FROM counted_incidents ORDER BY fid")
        try select.runReading { s in
            for c: Int32 in 0..<3 { rows.append(Int32(truncatingIfNeeded: sqlite3_column_int64(s, c))) }
        }
        guard rows.count == incidents * 3 else { return nil }
        guard var counted = CountedIncidents(parts: parts, rows: rows) else {
            throw StoreError.corrupt("counted_incidents names a part that counted_parts does not hold as such")
        }
        counted.sourceCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sources")
        return counted
    }
}
