import BorderGeodata
import BorderIncidents
import BorderEventStore
import BorderExchange
import Foundation
import GeometryCore
import PostgresClient

/// The shared store: PostgreSQL + PostGIS, through one libpq connection
/// opened on first use and opened again after it breaks (a server restart,
/// a failover). Everything lives in the schema the location names. Each
/// write is one transaction: a connection lost mid-way leaves nothing of it
/// (the server rolls it back).
///
/// The actor serialises calls, and none of them suspends while it holds the
/// connection, so two statements never interleave on it.
public actor PostGISStore: EventStore {
    public static let currentSchemaVersion = PostGISSchema.currentVersion

    public nonisolated let location: PostgresLocation
    private var connection: PostgresConnection?

    public init(location: PostgresLocation) {
        self.location = location
    }

    /// Connects to `location` and brings the schema up to date (creating it,
    /// and the postgis extension, when missing).
    public static func open(_ location: PostgresLocation) async throws -> PostGISStore {
        let store = PostGISStore(location: location)
        try await store.migrate()
        return store
    }

    /// Connects without writing anything (a read replica is read-only), and
    /// checks that the schema is the one this code reads; nil when the
    /// schema does not exist yet.
    public static func openReadOnly(_ location: PostgresLocation) async throws -> PostGISStore? {
        let store = PostGISStore(location: location)
        let version = try await store.schemaVersion()
        if version == 0 {
            try await store.refuseForeignSchema()
            return nil
        }
        guard version == currentSchemaVersion else {
            throw PostGISError.notOurs(
                "\(location) holds BorderWatch schema version \(version), this program reads \(currentSchemaVersion)"
                    + (version < currentSchemaVersion ? "; import into the primary once to upgrade it" : ""))
        }
        return store
    }

    // MARK: Connection

    /// Runs `body` with the connection, turning every failure into a
    /// one-line `PostGISError`; a broken connection is dropped so that the
    /// next call connects again.
    func withConnection<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        do {
            return try body(try connect())
        } catch {
            let e = PostGISError.classify(error, at: location)
            if e.isTransient || connection?.isBroken == true { connection = nil }
            throw e
        }
    }

    private func connect() throws -> PostgresConnection {
        if let c = connection, !c.isBroken { return c }
        connection = nil
        let c = try PostgresConnection(connectionString: location.connectionString)
        connection = c
        return c
    }

    /// Runs `body` in one transaction, committed unless `rollback`.
    func transaction<T>(rollback: Bool = false, _ body: (PostgresConnection) throws -> T) throws -> T {
        try withConnection { c in
            try c.execute("BEGIN")
            do {
                let value = try body(c)
                try c.execute(rollback ? "ROLLBACK" : "COMMIT")
                return value
            } catch {
                if !c.isBroken { _ = try? c.execute("ROLLBACK") }
                throw error
            }
        }
    }

    /// `text` with `S.` replaced by the quoted schema name.
    static func sql(_ text: String, schema: SchemaName) -> String {
        text.replacingOccurrences(of: "S.", with: schema.quoted + ".")
    }

    @discardableResult
    nonisolated func query(_ c: PostgresConnection, _ text: String, _ binds: [PostgresValue] = []) throws
        -> PostgresRows
    {
        try c.execute(Self.sql(text, schema: location.schema), binds)
    }

    // MARK: EventStore

    public func schemaVersion() async throws -> Int {
        try withConnection { c in
            let exists = try query(
                c, "SELECT to_regclass($1) IS NOT NULL", [.text("\(location.schema.quoted).schema_version")])
            guard try exists.first?.bool(0) == true else { return 0 }
            return try query(c, "SELECT coalesce(max(version), 0) FROM S.schema_version").first?.int(0) ?? 0
        }
    }

    /// Throws when the schema exists without BorderWatch's version table but
    /// with tables of its own: somebody else's, never to be written into.
    func refuseForeignSchema() throws {
        let schema = location.schema
        try withConnection { c in
            let tables =
                try query(
                    c,
                    """
                    SELECT count(*) FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace
                    WHERE n.nspname = $1 AND k.relkind IN ('r', 'v', 'm', 'p', 'f')
                      AND NOT EXISTS (SELECT 1 FROM pg_class v WHERE v.relnamespace = n.oid AND v.relname = 'schema_version')
                    """, [.text(schema.text)]
                ).first?.int(0) ?? 0
            if tables > 0 {
                throw PostGISError.notOurs(
                    "schema \(schema) of \(location) holds \(tables) tables that are not BorderWatch's; "
                        + "name another with ?schema=NAME (nothing was changed)")
            }
        }
    }

    public func migrate() async throws {
        let schema = location.schema
        try refuseForeignSchema()
        try transaction { c in
            // One migrator at a time; a second waits here and then finds the work done.
            try query(c, "SELECT pg_advisory_xact_lock(hashtext($1))", [.text("borderwatch:" + schema.text)])
            try c.execute("CREATE EXTENSION IF NOT EXISTS postgis")
            try c.execute("CREATE SCHEMA IF NOT EXISTS \(schema.quoted)")
            try query(
                c,
                "CREATE TABLE IF NOT EXISTS S.schema_version (version integer PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())"
            )
            let from = try query(c, "SELECT coalesce(max(version), 0) FROM S.schema_version").first?.int(0) ?? 0
            guard from <= PostGISSchema.currentVersion else {
                throw PostGISError.notOurs(
                    "schema \(schema) is at version \(from), newer than this program's \(PostGISSchema.currentVersion)")
            }
            for k in from..<PostGISSchema.currentVersion {
                // One statement at a time, as parameters allow.
                for statement in PostGISSchema.statements(PostGISSchema.migrations[k]) { try query(c, statement) }
                try query(c, "INSERT INTO S.schema_version (version) VALUES ($1)", [.integer(k + 1)])
            }
        }
    }

    /// A number that grows with every write, read by a server to notice changes (replicated like any row).
    public func revision() async throws -> Int? {
        try withConnection { c in try query(c, "SELECT revision FROM S.state").first?.int(0) }
    }

    public func importing<T: Sendable>(rollback: Bool, _ body: @Sendable (any ImportSession) throws -> T)
        async throws -> T
    {
        try transaction(rollback: rollback) { c in
            let session = PostGISImportSession(store: self, connection: c)
            defer { session.close() }
            return try body(session)
        }
    }

    public func writeReference(_ geodata: Geodata) async throws {
        try transaction { c in try writeReference(geodata, c) }
    }

    /// The reference layers replaced with `geodata`'s, inside the caller's transaction.
    func writeReference(_ geodata: Geodata, _ c: PostgresConnection) throws {
        let r = try PostGISRows.reference(geodata)
        let statements: [(String, String)] = [
            (
                """
                INSERT INTO S.countries (iso3, name, source, geom)
                SELECT iso3, name, source, ST_Multi(ST_GeomFromWKB(decode(wkb, 'hex'), 4326)) FROM jsonb_to_recordset($1::jsonb)
                  AS r(iso3 text, name text, source text, wkb text)
                """, try PostGISRows.json(r.countries)
            ),
            (
                """
                INSERT INTO S.provinces (province_id, name, local_name, iso3166_2, country, kind, region, geom)
                SELECT province_id, name, local_name, iso3166_2, country, kind, region, ST_Multi(ST_GeomFromWKB(decode(wkb, 'hex'), 4326))
                FROM jsonb_to_recordset($1::jsonb) AS r(province_id text, name text, local_name text, iso3166_2 text, country text,
                  kind text, region text, wkb text)
                """, try PostGISRows.json(r.provinces)
            ),
            (
                """
                INSERT INTO S.border_segments (segment_id, name, length_km, source, scale, tolerance_m, de_jure, controlled_by, geog)
                SELECT segment_id, name, length_km, source, scale, tolerance_m, de_jure, controlled_by,
                  ST_Multi(ST_GeomFromWKB(decode(wkb, 'hex'), 4326))::geography
                FROM jsonb_to_recordset($1::jsonb) AS r(segment_id text, name text, length_km float8, source text, scale text,
                  tolerance_m float8, de_jure text, controlled_by text, wkb text)
                """, try PostGISRows.json(r.segments)
            ),
            (
                """
                INSERT INTO S.historical_lines (line_id, name, date, source, note, geog)
                SELECT line_id, name, date, source, note, ST_GeomFromWKB(decode(wkb, 'hex'), 4326)::geography
                FROM jsonb_to_recordset($1::jsonb) AS r(line_id text, name text, date text, source text, note text, wkb text)
                """, try PostGISRows.json(r.lines)
            ),
            (
                """
                INSERT INTO S.settlements (settlement_id, geoname_id, name, ascii_name, population, country, province, source, geog)
                SELECT settlement_id, geoname_id, name, ascii_name, population, country, province, source,
                  ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography
                FROM jsonb_to_recordset($1::jsonb) AS r(settlement_id text, geoname_id bigint, name text, ascii_name text,
                  population bigint, country text, province text, source text, lon float8, lat float8)
                """, try PostGISRows.json(r.settlements)
            ),
        ]
        try query(c, "TRUNCATE S.countries, S.provinces, S.border_segments, S.historical_lines, S.settlements")
        for (text, json) in statements { try query(c, text, [.text(json)]) }
        try query(c, "UPDATE S.state SET revision = revision + 1")
    }

    public func write(_ batch: StoreBatch) async throws {
        guard !batch.isEmpty else { return }
        try transaction { c in try write(batch, c) }
    }

    /// Writes `batch` inside the caller's transaction.
    nonisolated func write(_ batch: StoreBatch, _ c: PostgresConnection) throws {
        try writeRows(batch, c, logged: try batch.log.map { try insert($0, c) })
    }

    /// `batch` without its log, inside the caller's transaction; the import `logged` stands for the log.
    nonisolated func writeRows(_ batch: StoreBatch, _ c: PostgresConnection, logged: Int?) throws {
        let rows = try PostGISRows.rows(batch, logged: logged)
        let ids = rows.incidents.map(\.incident_id)
        let statements: [(String, String)] = [
            (PostGISBatchSQL.upsertSources, try PostGISRows.json(rows.sources)),
            (PostGISBatchSQL.upsertIncidents, try PostGISRows.json(rows.incidents)),
            (PostGISBatchSQL.insertLocations, try PostGISRows.json(rows.locations)),
            (PostGISBatchSQL.insertClaims, try PostGISRows.json(rows.claims)),
            (PostGISBatchSQL.insertFigures, try PostGISRows.json(rows.figures)),
            (PostGISBatchSQL.upsertRecords, try PostGISRows.json(rows.records)),
        ]
        for table in ["locations", "claims", "casualty_figures"] where !ids.isEmpty {
            try query(c, "DELETE FROM S.\(table) WHERE incident_id = ANY($1::text[])", [.textArray(ids)])
        }
        for (text, json) in statements where json != "[]" { try query(c, text, [.text(json)]) }
        try query(c, "UPDATE S.state SET revision = revision + 1")
    }

    public func catalog() async throws -> Catalog {
        try withConnection { c in Catalog(sources: try sources(c), incidents: try incidents(c, ids: nil)) }
    }

    /// The incidents with these ids and the sources they cite, each in the order first written.
    public func catalog(only ids: [String]) async throws -> Catalog {
        try withConnection { c in
            let incidents = try incidents(c, ids: ids)
            return Catalog(sources: try sources(c, ids: Array(Set(incidents.flatMap(\.sources)))), incidents: incidents)
        }
    }

    /// The sources with these ids, all when nil.
    func sources(_ c: PostgresConnection, ids: [String]? = nil) throws -> [SourceReport] {
        var sources: [SourceReport] = []
        for row in try query(
            c,
            """
            SELECT source_id, outlet, headline, published::text, file FROM S.sources
            \(ids == nil ? "" : "WHERE source_id = ANY($1::text[])") ORDER BY seq
            """, ids.map { [.textArray($0)] } ?? [])
        {
            let (id, outlet, headline, published, file) = (
                try row.string(0), try row.string(1), try row.string(2), try row.string(3),
                try row.string(4)
            )
            guard let day = Day(iso: published) else {
                throw StoreError.corrupt("source \(id): published '\(published)'")
            }
            sources.append(SourceReport(id: id, outlet: outlet, headline: headline, published: day, file: file))
        }
        return sources
    }

    public func relations() async throws -> [StoredRelation] {
        try withConnection { c in try relations(c, ids: nil) }
    }

    public func relations(only ids: [String]) async throws -> [StoredRelation] {
        try withConnection { c in try relations(c, ids: ids) }
    }

    public func importedRecords(withFields: Bool) async throws -> [String: ImportedRecord] {
        try withConnection { c in
            var records: [String: ImportedRecord] = [:]
            for row in try query(
                c,
                """
                SELECT record_key, digest, incident_id, \(withFields ? "fields" : "NULL"), fields IS NOT NULL, import_id
                FROM S.imported_records
                """)
            {
                let key = try row.string(0)
                records[key] = ImportedRecord(
                    key: key, digest: try row.string(1), incidentID: try row.string(2),
                    fields: try row.optionalString(3).map(RecordFields.init(json:)), hasFields: try row.bool(4),
                    importID: try row.optionalInt(5))
            }
            return records
        }
    }

    private struct Probe: Encodable { var k: Int; var lon, lat: Double; var f, t: String }

    public func linkCandidates(for probes: [LinkProbe], within metres: Double) async throws -> [[LinkCandidate]] {
        try withConnection { c in try linkCandidates(for: probes, within: metres, c) }
    }

    /// `linkCandidates` on connection `c`.
    nonisolated func linkCandidates(for probes: [LinkProbe], within metres: Double, _ c: PostgresConnection)
        throws -> [[LinkCandidate]]
    {
        guard !probes.isEmpty else { return [] }
        let json = try PostGISRows.json(
            probes.enumerated().map {
                Probe(
                    k: $0.offset, lon: $0.element.coordinate.longitude, lat: $0.element.coordinate.latitude,
                    f: $0.element.from.description, t: $0.element.to.description)
            })
        // ST_DWithin on geography (the GiST index) finds the candidates; the distance that decides is the
        // engine's own geodesic one, so both stores link the same rows. 1 m of slack covers the two methods' difference.
        var near: [Int: [String: Double]] = [:]
        for row in try query(
            c,
            """
            SELECT p.k, l.incident_id, ST_X(l.geog::geometry), ST_Y(l.geog::geometry)
            FROM jsonb_to_recordset($1::jsonb) AS p(k int, lon float8, lat float8, f date, t date)
            JOIN S.locations l ON ST_DWithin(l.geog, ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326)::geography, $2::float8)
            JOIN S.incidents i ON i.incident_id = l.incident_id AND i.date_start <= p.t AND i.date_end >= p.f
            """, [.text(json), .double(metres + 1)])
        {
            let (k, id, lon, lat) = (try row.int(0), try row.string(1), try row.double(2), try row.double(3))
            let d = Geodesic.distance(probes[k].coordinate, try Coordinate(longitude: lon, latitude: lat))
            if d <= metres { near[k, default: [:]][id] = min(near[k]?[id] ?? .infinity, d) }
        }
        let ids = Set(near.values.flatMap(\.keys))
        let incidents = Dictionary(
            try incidents(c, ids: Array(ids)).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return probes.indices.map { k in
            (near[k] ?? [:]).sorted { ($0.value, $0.key) < ($1.value, $1.key) }.compactMap { id, d in
                incidents[id].map { LinkCandidate(incident: $0, distance: d) }
            }
        }
    }

    public func incidentIDs(matching s: StoreSelection) async throws -> [String]? {
        let (text, binds) = PostGISSelection.sql(s)
        return try withConnection { c in try query(c, text, binds).map { try $0.string(0) } }
    }

    /// Whether the reference layers and the events hold anything (one cheap
    /// statement, run on every open).
    public func contents() async throws -> (reference: Bool, events: Bool) {
        try withConnection { c in
            guard
                let row = try query(
                    c,
                    """
                    SELECT EXISTS (SELECT 1 FROM S.countries),
                      EXISTS (SELECT 1 FROM S.incidents) OR EXISTS (SELECT 1 FROM S.imported_records)
                    """
                ).first
            else { return (false, false) }
            return (try row.bool(0), try row.bool(1))
        }
    }
}
