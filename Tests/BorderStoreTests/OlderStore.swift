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
}
