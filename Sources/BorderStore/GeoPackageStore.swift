import BorderEventStore
import BorderExchange
import BorderGeodata
import BorderIncidents
import BorderQueries
import Foundation
import GeometryCore
import GRDB

/// The embedded store: one GeoPackage 1.3 file (SQLite in WAL mode) with
/// the reference layers and the events. Every write is one transaction, so
/// a killed import leaves the file as it was, and a reader sees the state
/// before or after a write, never between.
public final class GeoPackageStore: EventStore {
    public static let currentSchemaVersion = GeoPackageSchema.currentVersion

    public let path: String
    let pool: DatabasePool

    /// Opens (creating when missing) the file at `path`. Call `migrate()`
    /// before use; `open(path:)` does both. A file that is not BorderWatch's
    /// is refused before it is opened for writing (`StoreFileCheck`).
    public convenience init(path: String) throws {
        _ = try StoreFileCheck.inspect(path)
        try self.init(checkedPath: path, readOnly: false)
    }

    private init(checkedPath path: String, readOnly: Bool) throws {
        self.path = path
        var config = Configuration()
        config.readonly = readOnly
        config.prepareDatabase { db in
            GeoPackageFunctions.register(on: db)
            // A whole import is one transaction: a 64 MiB page cache keeps it from spilling pages into the WAL
            // mid-transaction. In WAL mode, synchronous=NORMAL still commits atomically (only fsync timing changes).
            // Readers keep SQLite's small default: a large cache only adds fresh memory to fault in for every
            // page read, and the operating system caches the file anyway (1,674 incidents read in 0.12 s, not 0.19).
            guard !db.configuration.readonly else { return }
            try db.execute(sql: "PRAGMA cache_size = -65536; PRAGMA synchronous = NORMAL")
        }
        // An import holds the write lock for seconds; a second writer waits rather than failing.
        config.busyMode = .timeout(30)
        pool = try DatabasePool(path: path, configuration: config)
    }

    /// Opens the store at `path` and brings its schema up to date.
    public static func open(path: String) async throws -> GeoPackageStore {
        let store = try GeoPackageStore(path: path)
        try await store.migrate()
        return store
    }

    /// Opens an existing store without writing to it (no migration, no
    /// journal change): what commands that only read use. A store of an
    /// older schema whose tables this program reads as they are
    /// (`GeoPackageSchema.readableVersions`) is read without its new indexes;
    /// an older one must be brought forward by a command that writes.
    public static func openForReading(path: String) throws -> GeoPackageStore {
        switch try StoreFileCheck.inspect(path) {
        case .new:
            throw StoreError.notOurs("there is no store at \(path)")
        case let .ours(version) where !GeoPackageSchema.readableVersions.contains(version):
            let readable = GeoPackageSchema.readableVersions
            throw StoreError.notOurs(
                "\(path) holds BorderWatch schema version \(version), this program reads \(readable.lowerBound)"
                    + (readable.count > 1 ? "–\(readable.upperBound)" : "")
                    + (version < currentSchemaVersion ? "; run `borderwatch run` or an import once to upgrade it" : ""))
        case .ours:
            return try GeoPackageStore(checkedPath: path, readOnly: true)
        }
    }

    public func schemaVersion() async throws -> Int {
        try await pool.read { db in try Self.version(db) }
    }

    private static func version(_ db: Database) throws -> Int {
        guard try db.tableExists("borderwatch_schema") else { return 0 }
        return try Int.fetchOne(db, sql: "SELECT max(version) FROM borderwatch_schema") ?? 0
    }

    public func migrate() async throws {
        try await pool.write { db in
            let from = try Self.version(db)
            // A newer program's store has tables this one would not keep in step (the where-and-when index).
            guard from <= GeoPackageSchema.currentVersion else {
                throw StoreError.notOurs(
                    "\(self.path) holds BorderWatch schema version \(from), newer than this program's "
                        + "\(GeoPackageSchema.currentVersion); use the newer borderwatch to write to it")
            }
            guard from < GeoPackageSchema.currentVersion else { return }
            if from == 0 {
                if try db.tableExists("gpkg_contents") {
                    throw StoreError.notOurs("\(db.description) is a GeoPackage without BorderWatch's schema")
                }
                try db.execute(sql: "PRAGMA application_id = \(GeoPackageSchema.applicationID)")
                try db.execute(sql: "PRAGMA user_version = \(GeoPackageSchema.userVersion)")
                try db.execute(sql: "CREATE TABLE borderwatch_schema (version INTEGER NOT NULL, applied TEXT NOT NULL)")
            }
            for k in from..<GeoPackageSchema.currentVersion {
                try GeoPackageSchema.migrations[k](db)
                try db.execute(
                    sql: "INSERT INTO borderwatch_schema VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
                    arguments: [k + 1])
            }
        }
    }

    public func writeReference(_ geodata: Geodata) async throws {
        try await pool.write { db in try GeoPackageRows.writeReference(geodata, db) }
    }

    public func write(_ batch: StoreBatch) async throws {
        guard !batch.isEmpty else { return }
        try await pool.write { db in try GeoPackageRows.write(batch, db) }
    }

    public func catalog() async throws -> Catalog {
        try await pool.read { db in try GeoPackageRows.catalog(db) }
    }

    public func incidentIDs(matching selection: StoreSelection) async throws -> [String]? {
        let (sql, arguments) = GeoPackageSelection.sql(selection)
        return try await pool.read { db in try String.fetchAll(db, sql: sql, arguments: arguments) }
    }

    /// The facts of the selected incidents, read column by column (see `GeoPackageFacts`).
    public func incidentFacts<T: Sendable>(
        matching selection: StoreSelection, keep: @escaping @Sendable (IncidentFacts) throws -> T?
    ) async throws -> [T] {
        try await pool.read { db in try GeoPackageFacts.read(db, selection, keep: keep) }
    }

    public func countedIncidents() async throws -> CountedIncidents? {
        try await pool.read { db in try GeoPackageCountedIncidents.read(db) }
    }

    public func sources(only ids: [String]) async throws -> [SourceReport] {
        try await pool.read { db in try GeoPackageRows.sources(db, ids: ids) }
    }

    public func sourceCount() async throws -> Int {
        try await pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sources") ?? 0 }
    }

    /// The incidents with these ids in catalog order, and the sources they cite.
    public func catalog(only ids: [String]) async throws -> Catalog {
        try await selected(only: ids, withRelations: false).catalog
    }

    /// The incidents with these ids in catalog order, the sources they cite and their stored relations, with
    /// one pass over each table.
    public func selected(only ids: [String]) async throws -> (catalog: Catalog, relations: [StoredRelation]) {
        try await selected(only: ids, withRelations: true)
    }

    /// Selections of at least this many incidents are read in two halves at once.
    static let halvedReadMinimum = 4_000

    func selected(only ids: [String], withRelations: Bool, halvingFrom minimum: Int = halvedReadMinimum)
        async throws -> (catalog: Catalog, relations: [StoredRelation])
    {
        // Reading thousands of incidents is CPU work (SQLite's, and copying its pages) that one core did
        // while the other waited: each half is read on a connection of its own, in a transaction of its
        // own, as the selection and its read already are two.
        guard ids.count >= minimum else {
            return try await pool.read { db in try Self.selected(db, only: ids, withRelations: withRelations) }
        }
        let middle = ids.count / 2
        async let first = pool.read { db in
            try SelectedPart(db, only: Array(ids[..<middle]), withRelations: withRelations)
        }
        let second = try await pool.read { db in
            try SelectedPart(db, only: Array(ids[middle...]), withRelations: withRelations)
        }
        return SelectedPart.merged([try await first, second])
    }

    static func selected(_ db: Database, only ids: [String], withRelations: Bool) throws -> (
        catalog: Catalog, relations: [StoredRelation]
    ) {
        SelectedPart.merged([try SelectedPart(db, only: ids, withRelations: withRelations)])
    }

    public func relations() async throws -> [StoredRelation] {
        try await pool.read { db in try GeoPackageRows.relations(db, where: nil) }
    }

    public func relations(only ids: [String]) async throws -> [StoredRelation] {
        try await pool.read { db in
            try GeoPackageRows.slices(ids).flatMap { slice in
                try GeoPackageRows.relations(
                    db, where: "incident_id IN (\(databaseQuestionMarks(count: slice.count)))",
                    arguments: StatementArguments(slice))
            }
        }
    }

    public func importedRecords(withFields: Bool) async throws -> [String: ImportedRecord] {
        try await pool.read { db in
            var records: [String: ImportedRecord] = [:]
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT record_key, digest, incident_id, \(withFields ? "fields" : "NULL"), fields IS NOT NULL, import_id
                    FROM imported_records
                    """)
            while let row = try rows.next() {
                let json: String? = try row.decode(atIndex: 3)
                let r = ImportedRecord(
                    key: try row.decode(atIndex: 0), digest: try row.decode(atIndex: 1),
                    incidentID: try row.decode(atIndex: 2), fields: try json.map(RecordFields.init(json:)),
                    hasFields: try row.decode(atIndex: 4), importID: try row.decode(atIndex: 5))
                records[r.key] = r
            }
            return records
        }
    }

    public func linkCandidates(for probes: [LinkProbe], within metres: Double) async throws -> [[LinkCandidate]] {
        try await pool.read { db in try GeoPackageLinks.candidates(for: probes, within: metres, db) }
    }

    public func importing<T: Sendable>(rollback: Bool, _ body: @Sendable (any ImportSession) throws -> T)
        async throws -> T
    {
        let result = try await inOneTransaction(rollback: rollback, body)
        if !rollback { await settle() }
        return result
    }

    /// Copies what the last write left in the WAL into the file, best effort (a reader may hold the WAL). A large
    /// write left there is looked through by every later read (a million rows: 2 GB, reads four times slower),
    /// rebuilt into an index by the next process to open the store, and lost by whoever copies the file alone.
    private func settle() async {
        _ = try? await pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
    }

    private func inOneTransaction<T: Sendable>(rollback: Bool, _ body: @Sendable (any ImportSession) throws -> T)
        async throws -> T
    {
        // Linking reads the store as it was before the import: a snapshot taken before the write begins
        // (released when this returns, so that the checkpoint after it is not held back).
        let before = try pool.makeSnapshot()
        return try await pool.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(GeoPackageImportSession(db: db, before: before))
                return rollback ? .rollback : .commit
            }
            return result!
        }
    }

    public func info() async throws -> StoreInfo {
        try await pool.read { db in try GeoPackageImports.info(db, schemaVersion: try Self.version(db)) }
    }

    public func isStale(against digest: String) async throws -> Bool {
        try await pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM locations)") == true
                && String.fetchOne(
                    db, sql: "SELECT value FROM borderwatch_state WHERE key = ?",
                    arguments: [GeoPackageImports.digestKey]) != digest
        }
    }

    public func refresh(
        reference geodata: Geodata, digest: String, batchSize: Int,
        relate: @Sendable ([Incident]) throws -> [StoredRelation]
    ) async throws -> Int {
        let count = try await pool.write { db in
            try GeoPackageImports.refresh(
                reference: geodata, digest: digest, batchSize: batchSize, db, relate: relate)
        }
        await settle()
        return count
    }

    /// Records `digest` as the geodata the stored relations were made with (a copy's relations are its
    /// original's).
    func recordDigest(_ digest: String) async throws {
        try await pool.write { db in try GeoPackageImports.setDigest(digest, db) }
    }

    public func undoImport(_ id: Int) async throws -> ImportUndo.Summary {
        let summary = try await pool.write { db in try GeoPackageImports.undo(id, db) }
        await settle()
        return summary
    }

    /// The number of rows of every layer, read in one transaction (what
    /// `ogrinfo` lists as feature counts).
    public func layerCounts() async throws -> [String: Int] {
        try await pool.read { db in
            var counts: [String: Int] = [:]
            for layer in GeoPackageSchema.referenceLayers + GeoPackageSchema.eventLayers + [
                GeoPackageSchema.importsLayer
            ] {
                counts[layer.name] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(layer.name)") ?? 0
            }
            return counts
        }
    }

    /// Closes the file (checkpointing the WAL into it); the store is unusable afterwards.
    public func close() throws {
        _ = try pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        try pool.close()
    }

    /// Copies the whole store, consistently, into a new GeoPackage file at `url` (VACUUM INTO).
    public func copy(to url: URL) async throws {
        // VACUUM cannot run inside the read transaction `read` opens; it reads one consistent snapshot itself.
        try await pool.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [url.path]) }
    }
}
