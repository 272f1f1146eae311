import BorderEventStore
import BorderExchange
import BorderIncidents
import PostgresClient

/// An import's transaction on PostGIS: reads and writes on the store's
/// connection inside its transaction; links through a second connection
/// (opened on first use), which sees the store as committed before the import.
final class PostGISImportSession: ImportSession {
    let store: PostGISStore
    let connection: PostgresConnection
    private var before: PostgresConnection?
    private var log = ImportSessionLog()

    init(store: PostGISStore, connection: PostgresConnection) {
        self.store = store
        self.connection = connection
    }

    func importedRecords(keys: [String]) throws -> [String: ImportedRecord] {
        guard !keys.isEmpty else { return [:] }
        var records: [String: ImportedRecord] = [:]
        for row in try store.query(
            connection,
            """
            SELECT record_key, digest, incident_id, fields IS NOT NULL, import_id FROM S.imported_records
            WHERE record_key = ANY($1::text[])
            """, [.textArray(keys)])
        {
            let key = try row.string(0)
            records[key] = ImportedRecord(
                key: key, digest: try row.string(1), incidentID: try row.string(2), hasFields: try row.bool(3),
                importID: try row.optionalInt(4))
        }
        return records
    }

    func incidents(ids: [String]) throws -> [Incident] {
        ids.isEmpty ? [] : try store.incidents(connection, ids: ids)
    }

    func linkCandidates(for probes: [LinkProbe], within metres: Double) throws -> [[LinkCandidate]] {
        let c = try before ?? PostgresConnection(connectionString: store.location.connectionString)
        before = c
        return try store.linkCandidates(for: probes, within: metres, c)
    }

    func write(_ batch: StoreBatch) throws {
        if let first = log.logToInsert(for: batch) { log.logged(try store.insert(first, connection)) }
        try store.writeRows(batch, connection, logged: log.id)
    }

    func finish(_ final: ImportLog) throws {
        guard let id = log.id else { return }
        try store.query(
            connection,
            "UPDATE S.imports SET new_rows = $1, updated_rows = $2, linked_rows = $3, unchanged_rows = $4 WHERE import_id = $5",
            [
                .integer(final.new), .integer(final.updated), .integer(final.linked), .integer(final.unchanged),
                .integer(id),
            ])
    }

    /// Closes the second connection.
    func close() { before = nil }
}
