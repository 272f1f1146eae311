import BorderEventStore
import BorderExchange
import BorderIncidents
import GRDB

/// An import's transaction on a GeoPackage: reads and writes on the
/// writer's connection, links against a snapshot taken before it began.
final class GeoPackageImportSession: ImportSession {
    let db: Database
    let before: DatabaseSnapshot
    private var log = ImportSessionLog()
    private var rtree = LocationsRTreeDuringImport()

    init(db: Database, before: DatabaseSnapshot) {
        self.db = db
        self.before = before
    }

    func importedRecords(keys: [String]) throws -> [String: ImportedRecord] {
        var records: [String: ImportedRecord] = [:]
        for slice in GeoPackageRows.slices(keys) {
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT record_key, digest, incident_id, fields IS NOT NULL, import_id FROM imported_records
                    WHERE record_key IN (\(databaseQuestionMarks(count: slice.count)))
                    """, arguments: StatementArguments(slice))
            while let row = try rows.next() {
                let r = ImportedRecord(
                    key: try row.decode(atIndex: 0), digest: try row.decode(atIndex: 1),
                    incidentID: try row.decode(atIndex: 2), hasFields: try row.decode(atIndex: 3),
                    importID: try row.decode(atIndex: 4))
                records[r.key] = r
            }
        }
        return records
    }

    func incidents(ids: [String]) throws -> [Incident] {
        try GeoPackageRows.slices(ids).flatMap { try GeoPackageRows.incidents(db, ids: $0) }
    }

    func linkCandidates(for probes: [LinkProbe], within metres: Double) throws -> [[LinkCandidate]] {
        try before.read { db in try GeoPackageLinks.candidates(for: probes, within: metres, db) }
    }

    func write(_ batch: StoreBatch) throws {
        if let first = log.logToInsert(for: batch) { log.logged(try GeoPackageImports.insert(first, db)) }
        if !batch.incidents.isEmpty { try rtree.take(db) }
        try GeoPackageRows.writeRows(batch, db, logged: log.id, indexingLocations: rtree.writerIndexes)
    }

    func finish(_ final: ImportLog) throws {
        try rtree.giveBack(db)
        if let id = log.id {
            try db.execute(
                sql:
                    "UPDATE imports SET new_rows = ?, updated_rows = ?, linked_rows = ?, unchanged_rows = ? WHERE fid = ?",
                arguments: [final.new, final.updated, final.linked, final.unchanged, id])
        }
        if log.wroteIncidents { try GeoPackageRows.updateExtents(db) }
        // A rewritten incident's earlier counted parts may be named by no row now (a scan: only when one was).
        if final.updated + final.linked > 0 { try GeoPackageCountedIncidents.prune(db) }
    }
}
