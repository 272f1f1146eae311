import BorderEventStore
import GRDB

/// The GeoPackage 1.3 core tables, the BorderWatch layers and their forward
/// migrations. A migration is a list of statements run in the transaction
/// that also records the new version in `borderwatch_schema`.
enum GeoPackageSchema {
    /// 'GPKG' as a big-endian 32-bit integer (GeoPackage 1.3, clause 1.1.1.1.1).
    static let applicationID: Int32 = 0x4750_4B47
    /// GeoPackage 1.3.0.
    static let userVersion = 10300

    /// One layer: a feature table (with a geometry column) or an attribute table.
    struct Layer {
        var name: String
        var description: String
        /// The columns after `fid`, as SQL.
        var columns: String
        /// Geometry type name (POINT, MULTIPOLYGON, GEOMETRY…), nil for attributes.
        var geometryType: String?
    }

    static let referenceLayers = [
        Layer(
            name: "countries", description: "Country polygons of the bundled geodata",
            columns: "iso3 TEXT NOT NULL UNIQUE, name TEXT NOT NULL, source TEXT", geometryType: "MULTIPOLYGON"),
        Layer(
            name: "provinces", description: "First-level provinces (marz, rayon), tiled to the country polygons",
            columns: "province_id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, local_name TEXT, iso3166_2 TEXT, "
                + "country TEXT NOT NULL, kind TEXT, region TEXT", geometryType: "MULTIPOLYGON"),
        Layer(
            name: "border_segments", description: "Armenia–Azerbaijan border segments with their positional tolerance",
            columns: "segment_id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, length_km REAL, source TEXT, scale TEXT, "
                + "tolerance_m REAL", geometryType: "MULTILINESTRING"),
        Layer(
            name: "historical_lines", description: "Historical lines and areas (1991 oblast, ceasefire lines)",
            columns: "line_id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, date TEXT, source TEXT, note TEXT",
            geometryType: "GEOMETRY"),
        Layer(
            name: "settlements", description: "Gazetteer settlements",
            columns: "settlement_id TEXT NOT NULL UNIQUE, geoname_id INTEGER, name TEXT NOT NULL, ascii_name TEXT, "
                + "population INTEGER, country TEXT, province TEXT, source TEXT", geometryType: "POINT"),
    ]

    static let eventLayers = [
        Layer(
            name: "sources", description: "Reports and imported rows the incidents cite",
            columns:
                "source_id TEXT NOT NULL UNIQUE, outlet TEXT NOT NULL, headline TEXT NOT NULL, published TEXT NOT NULL, "
                + "file TEXT NOT NULL", geometryType: nil),
        Layer(
            name: "incidents", description: "Reported events",
            columns:
                "incident_id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, type TEXT NOT NULL, date_start TEXT NOT NULL, "
                + "date_end TEXT NOT NULL, date_precision TEXT NOT NULL, date_reading TEXT NOT NULL, local_time TEXT, "
                + "sides TEXT NOT NULL, sources TEXT NOT NULL, notes TEXT", geometryType: nil),
        Layer(
            name: "locations", description: "Incident locations with the relation computed for each",
            columns:
                "incident_id TEXT NOT NULL, location_index INTEGER NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, "
                + "precision INTEGER NOT NULL, relation TEXT NOT NULL, claimed_by TEXT, sources TEXT NOT NULL, "
                + "country TEXT, province_id TEXT, border_distance_m REAL NOT NULL, segment_id TEXT NOT NULL, "
                + "side TEXT NOT NULL, side_basis TEXT NOT NULL, UNIQUE (incident_id, location_index)",
            geometryType: "POINT"),
        Layer(
            name: "claims", description: "Who claimed what about an incident",
            columns:
                "incident_id TEXT NOT NULL, claim_index INTEGER NOT NULL, claimant TEXT NOT NULL, side TEXT NOT NULL, "
                + "role TEXT NOT NULL, summary TEXT NOT NULL, unconfirmed INTEGER NOT NULL, sources TEXT NOT NULL, "
                + "UNIQUE (incident_id, claim_index)", geometryType: nil),
        Layer(
            name: "casualty_figures",
            description: "Casualty figures of each claim: whose losses, which kind, low and high",
            columns: "incident_id TEXT NOT NULL, claim_index INTEGER NOT NULL, casualty_index INTEGER NOT NULL, "
                + "affected_side TEXT NOT NULL, kind TEXT NOT NULL, low INTEGER NOT NULL, high INTEGER",
            geometryType: nil),
        Layer(
            name: "imported_records",
            description: "Imported rows, their content digest and the incident each went into",
            columns: "record_key TEXT NOT NULL UNIQUE, digest TEXT NOT NULL, incident_id TEXT NOT NULL",
            geometryType: nil),
    ]

    /// One row per import that wrote something; its `fid` is the import's id.
    static let importsLayer = Layer(
        name: "imports", description: "Imports that wrote to the store: what, when, against which geodata, counts",
        columns: "label TEXT NOT NULL, imported_at TEXT NOT NULL, geodata_digest TEXT, new_rows INTEGER NOT NULL, "
            + "updated_rows INTEGER NOT NULL, linked_rows INTEGER NOT NULL, unchanged_rows INTEGER NOT NULL",
        geometryType: nil)

    /// Forward migrations: index k takes the schema from version k to k + 1.
    static let migrations: [@Sendable (Database) throws -> Void] = [
        { db in
            try createCore(db)
            for layer in referenceLayers + eventLayers { try create(layer, db) }
        },
        { db in
            // Version 2: the indexes the upsert and the link search use.
            try db.execute(
                sql: """
                    CREATE INDEX locations_incident ON locations (incident_id);
                    CREATE INDEX claims_incident ON claims (incident_id);
                    CREATE INDEX casualty_figures_incident ON casualty_figures (incident_id);
                    CREATE INDEX incidents_dates ON incidents (date_start, date_end);
                    """)
        },
        { db in
            // Version 3: incidents proposed by `ingest --apply` are kept apart from reviewed ones.
            try db.execute(sql: "ALTER TABLE incidents ADD COLUMN status TEXT NOT NULL DEFAULT 'reviewed'")
        },
        { db in
            // Version 4: each imported row's original fields (`RecordFields.json`), for an export to write back;
            // NULL for rows imported before.
            try db.execute(sql: "ALTER TABLE imported_records ADD COLUMN fields TEXT")
        },
        { db in
            // Version 5: the whole relation of each location (NULL for rows stored before: the store is stale until
            // refreshed), the digest of the geodata it was related with, and the imports, each undoable.
            try db.execute(
                sql: """
                    ALTER TABLE locations ADD COLUMN resolution TEXT;
                    ALTER TABLE locations ADD COLUMN settlement_id TEXT;
                    ALTER TABLE locations ADD COLUMN border_point_lon REAL;
                    ALTER TABLE locations ADD COLUMN border_point_lat REAL;
                    ALTER TABLE locations ADD COLUMN within_tolerance INTEGER;
                    ALTER TABLE locations ADD COLUMN tolerance_m REAL;
                    ALTER TABLE locations ADD COLUMN inside_1991_oblast INTEGER;
                    ALTER TABLE locations ADD COLUMN exclave_id TEXT;
                    ALTER TABLE locations ADD COLUMN nearby TEXT;
                    ALTER TABLE locations ADD COLUMN theatre TEXT;
                    CREATE TABLE borderwatch_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    ALTER TABLE imported_records ADD COLUMN import_id INTEGER;
                    CREATE INDEX imported_records_import ON imported_records (import_id);
                    """)
            try create(importsLayer, db)
        },
        { db in
            // Version 6: where and when in one index, so a box with dates selects its incidents in the R-tree.
            try LocationDaysIndex.create(db)
        },
        { db in
            // Version 7: fewer B-trees written per imported row. The incident_id indexes of locations and claims
            // repeated the first column of their unique indexes; the casualty figures' index now holds the order
            // they are read in, so reading them needs no sort.
            try db.execute(
                sql: """
                    DROP INDEX IF EXISTS locations_incident;
                    DROP INDEX IF EXISTS claims_incident;
                    DROP INDEX IF EXISTS casualty_figures_incident;
                    CREATE INDEX casualty_figures_incident ON casualty_figures (incident_id, claim_index, casualty_index);
                    """)
        },
        { db in
            // Version 8: each incident as counting reads it (`GeoPackageCountedIncidents`), so that `stats` of a
            // million incidents reads three integers for each instead of four tables' rows.
            try db.execute(sql: GeoPackageCountedIncidents.createSQL)
            try GeoPackageCountedIncidents.rebuild(db)
        },
        { db in
            // Version 9: each location's district, where its pack has districts (NULL for rows stored before: a pack
            // that gained districts changes the geodata digest, so such a store is stale until refreshed).
            try db.execute(sql: "ALTER TABLE locations ADD COLUMN district_id TEXT")
        },
    ]

    static var currentVersion: Int { migrations.count }

    /// The versions read as they are: migration 7 changes only indexes, 8 adds tables that only counting
    /// reads (a store without them is counted from its facts), and 9 a column read as NULL where it is missing.
    static var readableVersions: ClosedRange<Int> { 6...currentVersion }

    private static func createCore(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE gpkg_spatial_ref_sys (
                  srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
                  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
                CREATE TABLE gpkg_contents (
                  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
                  description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
                  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
                  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
                CREATE TABLE gpkg_geometry_columns (
                  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
                  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
                  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
                  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
                  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
                  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
                CREATE TABLE gpkg_extensions (
                  table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
                  scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
                INSERT INTO gpkg_spatial_ref_sys VALUES
                  ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
                  ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
                  ('WGS 84 geodetic', 4326, 'EPSG', 4326, \(quoted(wgs84WKT)),
                   'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
                """)
    }

    private static func create(_ layer: Layer, _ db: Database) throws {
        try db.execute(
            sql: "CREATE TABLE \(layer.name) (fid INTEGER PRIMARY KEY AUTOINCREMENT, "
                + (layer.geometryType == nil ? "" : "geom \(layer.geometryType!), ") + "\(layer.columns))")
        try db.execute(
            sql:
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES (?, ?, ?, ?, ?)",
            arguments: [
                layer.name, layer.geometryType == nil ? "attributes" : "features", layer.name,
                layer.description, layer.geometryType == nil ? nil : 4326,
            ])
        guard let type = layer.geometryType else { return }
        try db.execute(
            sql: "INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, 4326, 0, 0)", arguments: [layer.name, type])
        try createSpatialIndex(table: layer.name, db)
    }

    /// The R-tree spatial index extension (GeoPackage 1.3, Annex F.3): the
    /// virtual table, its extension row and the seven triggers that keep it
    /// in step. The triggers call the ST_ functions `GeoPackageFunctions` registers.
    private static func createSpatialIndex(table t: String, _ db: Database) throws {
        let r = "rtree_\(t)_geom"
        let values = "NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)"
        try db.execute(
            sql: """
                INSERT INTO gpkg_extensions VALUES ('\(t)', 'geom', 'gpkg_rtree_index',
                  'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
                CREATE VIRTUAL TABLE \(r) USING rtree(id, minx, maxx, miny, maxy);
                CREATE TRIGGER \(r)_insert AFTER INSERT ON \(t)
                  WHEN (NEW.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
                  BEGIN INSERT OR REPLACE INTO \(r) VALUES (\(values)); END;
                CREATE TRIGGER \(r)_update1 AFTER UPDATE OF geom ON \(t)
                  WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
                  BEGIN INSERT OR REPLACE INTO \(r) VALUES (\(values)); END;
                CREATE TRIGGER \(r)_update2 AFTER UPDATE OF geom ON \(t)
                  WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
                  BEGIN DELETE FROM \(r) WHERE id = OLD.fid; END;
                CREATE TRIGGER \(r)_update3 AFTER UPDATE ON \(t)
                  WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
                  BEGIN DELETE FROM \(r) WHERE id = OLD.fid; INSERT OR REPLACE INTO \(r) VALUES (\(values)); END;
                CREATE TRIGGER \(r)_update4 AFTER UPDATE ON \(t)
                  WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
                  BEGIN DELETE FROM \(r) WHERE id IN (OLD.fid, NEW.fid); END;
                CREATE TRIGGER \(r)_delete AFTER DELETE ON \(t)
                  WHEN OLD.geom NOT NULL
                  BEGIN DELETE FROM \(r) WHERE id = OLD.fid; END;
                """)
    }

    private static func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "''") + "'" }

    /// EPSG:4326 in OGC WKT 1 (the form GDAL writes into `definition`).
    static let wgs84WKT = """
        GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],\
        AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,\
        AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]
        """
}
