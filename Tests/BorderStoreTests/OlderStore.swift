@testable import BorderStore
import GRDB

/// A store file as an older version wrote it: the schema up to `version`, then `fill`, closed.
enum OlderStore {
    static func make(at path: String, version: Int, _ fill: @escaping @Sendable (Database) throws -> Void)
        async throws
    {
        let old = try GeoPackageStore(path: path)
        try await old.pool.write { db in
            try db.execute(sql: "PRAGMA application_id = \(GeoPackageSchema.applicationID)")
            try db.execute(sql: "CREATE TABLE borderwatch_schema (version INTEGER NOT NULL, applied TEXT NOT NULL)")
            for k in 0..<version {
                try GeoPackageSchema.migrations[k](db)
                try db.execute(sql: "INSERT INTO borderwatch_schema VALUES (?, 'test')", arguments: [k + 1])
            }
            try fill(db)
        }
        try old.close()
    }

    /// One shelling near Sotk on 2021-11-16, as any version's incidents table holds it.
    static func insertIncident(_ db: Database, id: String, title: String) throws {
        try db.execute(
            sql: """
                INSERT INTO incidents (incident_id, title, type, date_start, date_end, date_precision, date_reading,
                  sides, sources) VALUES (?, ?, 'shelling', '2021-11-16', '2021-11-16', 'day', '', '[]', '[]')
                """, arguments: [id, title])
    }
}
