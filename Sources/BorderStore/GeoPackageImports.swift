import BorderEventStore
import BorderGeodata
import BorderIncidents
import GRDB

/// The import log, the geodata digest, `store info`, refresh and undo in a GeoPackage store.
enum GeoPackageImports {
    static let digestKey = "geodata_digest"

    /// Records `log` and its geodata digest as the store's; returns the import's id.
    static func insert(_ log: ImportLog, _ db: Database) throws -> Int {
        try db.execute(
            sql: """
                INSERT INTO imports (label, imported_at, geodata_digest, new_rows, updated_rows, linked_rows, unchanged_rows)
                VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?, ?, ?, ?, ?)
                """,
            arguments: [log.label, log.geodataDigest, log.new, log.updated, log.linked, log.unchanged])
        let id = Int(db.lastInsertedRowID)
        if let digest = log.geodataDigest { try setDigest(digest, db) }
        return id
    }

    static func setDigest(_ digest: String, _ db: Database) throws {
        try db.execute(
            sql:
                "INSERT INTO borderwatch_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            arguments: [digestKey, digest])
    }

    static func logs(_ db: Database, id: Int? = nil) throws -> [ImportLog] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT fid, label, imported_at, geodata_digest, new_rows, updated_rows, linked_rows, unchanged_rows
                FROM imports \(id == nil ? "" : "WHERE fid = ?") ORDER BY fid
                """, arguments: StatementArguments(id.map { [$0] } ?? [])
        ).map { row in
            ImportLog(
                id: try row.decode(atIndex: 0), label: try row.decode(atIndex: 1),
                importedAt: try row.decode(atIndex: 2),
                geodataDigest: try row.decode(atIndex: 3), new: try row.decode(atIndex: 4),
                updated: try row.decode(atIndex: 5), linked: try row.decode(atIndex: 6),
                unchanged: try row.decode(atIndex: 7))
        }
    }

    static func info(_ db: Database, schemaVersion: Int) throws -> StoreInfo {
        func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
        return StoreInfo(
            schemaVersion: schemaVersion, incidents: try count("incidents"), locations: try count("locations"),
            importedRows: try count("imported_records"),
            geodataDigest: try String.fetchOne(
                db, sql: "SELECT value FROM borderwatch_state WHERE key = ?", arguments: [digestKey]),
            imports: try logs(db))
    }

    /// Every stored incident related again `batchSize` at a time through `relate`, the reference layers and the
    /// digest, inside the caller's transaction. Returns how many incidents were read.
    static func refresh(
        reference geodata: Geodata, digest: String, batchSize: Int, _ db: Database,
        relate: ([Incident]) throws -> [StoredRelation]
    ) throws -> Int {
        try GeoPackageRows.writeReference(geodata, db)
        let update = try BoundStatement(
            db,
            sql: """
                UPDATE locations SET geom = ?, country = ?, province_id = ?, border_distance_m = ?, segment_id = ?, side = ?,
                  side_basis = ?, resolution = ?, settlement_id = ?, border_point_lon = ?, border_point_lat = ?,
                  within_tolerance = ?, tolerance_m = ?, inside_1991_oblast = ?, exclave_id = ?, nearby = ?, theatre = ?,
                  district_id = ?
                WHERE incident_id = ? AND location_index = ?
                """)
        let ids = try String.fetchAll(db, sql: "SELECT incident_id FROM incidents ORDER BY fid")
        for start in stride(from: 0, to: ids.count, by: batchSize) {
            let batch = Array(ids[start..<min(ids.count, start + batchSize)])
            for r in try relate(GeoPackageIncidentReads(db, ids: batch, withRelations: false).incidents) {
                update.add(GeoPackageBinary.encodePoint(r.coordinate))
                GeoPackageRows.addRelation(r, to: update)
                update.add(r.incidentID)
                update.add(r.locationIndex)
                try update.run()
            }
        }
        try GeoPackageRows.updateExtents(db)
        try GeoPackageCountedIncidents.rebuild(db)
        try setDigest(digest, db)
        return ids.count
    }

    /// Undoes import `id` inside the caller's transaction.
    static func undo(_ id: Int, _ db: Database) throws -> ImportUndo.Summary {
        let records = try Row.fetchAll(
            db,
            sql: """
                SELECT record_key, digest, incident_id, import_id FROM imported_records
                WHERE incident_id IN (SELECT incident_id FROM imported_records WHERE import_id = ?)
                """, arguments: [id]
        ).map { row in
            ImportedRecord(
                key: try row.decode(atIndex: 0), digest: try row.decode(atIndex: 1),
                incidentID: try row.decode(atIndex: 2), importID: try row.decode(atIndex: 3))
        }
        // In slices: SQLite takes at most 32,766 parameters in one statement.
        let slices = GeoPackageRows.slices(Array(Set(records.map(\.incidentID))))
        var incidents: [Incident] = [], relations: [StoredRelation] = []
        for ids in slices {
            let read = try GeoPackageIncidentReads(db, ids: ids, withRelations: true)
            incidents += read.incidents
            relations += read.relations
        }
        let plan = try ImportUndo.plan(
            id, log: try logs(db, id: id).first, records: records, incidents: incidents, relations: relations)
        for ids in GeoPackageRows.slices(plan.removedIncidents) {
            let marks = databaseQuestionMarks(count: ids.count)
            for table in ["locations", "claims", "casualty_figures", "incidents"] {
                try db.execute(
                    sql: "DELETE FROM \(table) WHERE incident_id IN (\(marks))", arguments: StatementArguments(ids))
            }
        }
        try GeoPackageRows.write(plan.rewrite, db)
        // After the rewrite, which replaces its incidents' rows and may leave their earlier parts unused.
        try GeoPackageCountedIncidents.prune(db)
        let record = try db.cachedStatement(sql: "DELETE FROM imported_records WHERE record_key = ?")
        for key in plan.removedRecords { try record.execute(arguments: [key]) }
        let source = try db.cachedStatement(
            sql: """
                DELETE FROM sources WHERE source_id = ?1 AND NOT EXISTS (
                  SELECT 1 FROM incidents, json_each(incidents.sources) WHERE json_each.value = ?1)
                """)
        for id in plan.sourceCandidates { try source.execute(arguments: [id]) }
        try db.execute(sql: "DELETE FROM imports WHERE fid = ?", arguments: [id])
        try GeoPackageRows.updateExtents(db)
        return plan.summary
    }
}
