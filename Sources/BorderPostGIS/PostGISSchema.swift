/// BorderWatch's tables in their own PostgreSQL schema, created and
/// upgraded by numbered forward migrations recorded in `schema_version`
/// (the same scheme as the GeoPackage store's `borderwatch_schema`).
///
/// Event locations and border segments are `geography(…, 4326)`: lengths
/// and radii are measured on the ellipsoid there. Countries and provinces
/// are `geometry(MultiPolygon, 4326)`: the engine decides "inside" in
/// longitude/latitude (GEOS), and `ST_Covers` on geometry does the same.
/// Every geometry column has a GiST index.
enum PostGISSchema {
    static var currentVersion: Int { migrations.count }

    /// A migration's statements: each ends with `;` at the end of a line.
    static func statements(_ migration: String) -> [String] {
        migration.components(separatedBy: ";\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter {
                !$0.isEmpty
                    && !$0.split(separator: "\n").allSatisfy { $0.trimmingCharacters(in: .whitespaces).hasPrefix("--") }
            }
    }

    /// Migration k (0-based) brings the schema from version k to k + 1.
    /// `S` stands for the quoted schema name.
    static let migrations: [String] = [
        """
        CREATE TABLE S.state (singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton), revision bigint NOT NULL);
        INSERT INTO S.state (revision) VALUES (0);
        CREATE TABLE S.sources (
          seq bigint GENERATED ALWAYS AS IDENTITY, source_id text PRIMARY KEY, outlet text NOT NULL,
          headline text NOT NULL, published date NOT NULL, file text NOT NULL);
        CREATE TABLE S.incidents (
          seq bigint GENERATED ALWAYS AS IDENTITY, incident_id text PRIMARY KEY, title text NOT NULL, type text NOT NULL,
          date_start date NOT NULL, date_end date NOT NULL, date_precision text NOT NULL, date_reading text NOT NULL,
          local_time text, sides text[] NOT NULL, sources text[] NOT NULL, notes text);
        CREATE INDEX incidents_seq ON S.incidents (seq);
        CREATE INDEX incidents_dates ON S.incidents (date_start, date_end);
        CREATE TABLE S.locations (
          incident_id text NOT NULL REFERENCES S.incidents ON DELETE CASCADE, location_index integer NOT NULL,
          kind text NOT NULL, name text NOT NULL, precision integer NOT NULL, relation text NOT NULL, claimed_by text,
          sources text[] NOT NULL, geog geography(Point, 4326) NOT NULL,
          country text, province_id text, border_distance_m double precision NOT NULL, segment_id text NOT NULL,
          side text NOT NULL, side_basis text NOT NULL,
          PRIMARY KEY (incident_id, location_index));
        CREATE INDEX locations_geog ON S.locations USING gist (geog);
        -- Boxes are planar in longitude/latitude, as the engine reads them: && on geometry, with its own index.
        CREATE INDEX locations_geom ON S.locations USING gist ((geog::geometry));
        CREATE TABLE S.claims (
          incident_id text NOT NULL REFERENCES S.incidents ON DELETE CASCADE, claim_index integer NOT NULL,
          claimant text NOT NULL, side text NOT NULL, role text NOT NULL, summary text NOT NULL, unconfirmed boolean NOT NULL,
          sources text[] NOT NULL, PRIMARY KEY (incident_id, claim_index));
        CREATE TABLE S.casualty_figures (
          incident_id text NOT NULL REFERENCES S.incidents ON DELETE CASCADE, claim_index integer NOT NULL,
          casualty_index integer NOT NULL, affected_side text NOT NULL, kind text NOT NULL, low integer NOT NULL, high integer,
          PRIMARY KEY (incident_id, claim_index, casualty_index, kind));
        CREATE TABLE S.imported_records (record_key text PRIMARY KEY, digest text NOT NULL, incident_id text NOT NULL);
        """,
        // v2: reviewed or proposed (news ingest); rows from v1 were all reviewed.
        """
        ALTER TABLE S.incidents ADD COLUMN status text NOT NULL DEFAULT 'reviewed';
        """,
        // v3: the reference layers, for SQL users and the PostGIS benchmark.
        """
        CREATE TABLE S.countries (iso3 text PRIMARY KEY, name text NOT NULL, source text NOT NULL,
          geom geometry(MultiPolygon, 4326) NOT NULL);
        CREATE INDEX countries_geom ON S.countries USING gist (geom);
        CREATE TABLE S.provinces (province_id text PRIMARY KEY, name text NOT NULL, local_name text NOT NULL, iso3166_2 text,
          country text NOT NULL, kind text NOT NULL, region text, geom geometry(MultiPolygon, 4326) NOT NULL);
        CREATE INDEX provinces_geom ON S.provinces USING gist (geom);
        CREATE TABLE S.border_segments (segment_id text PRIMARY KEY, name text NOT NULL, length_km double precision NOT NULL,
          source text NOT NULL, scale text NOT NULL, tolerance_m double precision NOT NULL, de_jure text, controlled_by text,
          geog geography(MultiLineString, 4326) NOT NULL);
        CREATE INDEX border_segments_geog ON S.border_segments USING gist (geog);
        CREATE TABLE S.historical_lines (line_id text PRIMARY KEY, name text NOT NULL, date text NOT NULL, source text NOT NULL,
          note text NOT NULL, geog geography(Geometry, 4326) NOT NULL);
        CREATE INDEX historical_lines_geog ON S.historical_lines USING gist (geog);
        CREATE TABLE S.settlements (settlement_id text PRIMARY KEY, geoname_id bigint, name text NOT NULL, ascii_name text NOT NULL,
          population bigint, country text, province text, source text NOT NULL, geog geography(Point, 4326) NOT NULL);
        CREATE INDEX settlements_geog ON S.settlements USING gist (geog);
        """,
        // v4: each imported row's original fields (`RecordFields.json`), for an export to write back; NULL for rows
        // imported before. Text, not jsonb: jsonb refuses U+0000, which a CSV field may hold.
        """
        ALTER TABLE S.imported_records ADD COLUMN fields text;
        """,
        // v5: the whole relation of each location (NULL for rows stored before: the store is stale until refreshed),
        // the digest of the geodata it was related with, and the imports, each undoable.
        """
        ALTER TABLE S.locations ADD COLUMN resolution text, ADD COLUMN settlement_id text,
          ADD COLUMN border_point_lon double precision, ADD COLUMN border_point_lat double precision,
          ADD COLUMN within_tolerance boolean, ADD COLUMN tolerance_m double precision,
          ADD COLUMN inside_1991_oblast boolean, ADD COLUMN exclave_id text, ADD COLUMN nearby text,
          ADD COLUMN theatre text;
        ALTER TABLE S.state ADD COLUMN geodata_digest text;
        CREATE TABLE S.imports (import_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, label text NOT NULL,
          imported_at timestamptz NOT NULL DEFAULT now(), geodata_digest text, new_rows integer NOT NULL,
          updated_rows integer NOT NULL, linked_rows integer NOT NULL, unchanged_rows integer NOT NULL);
        ALTER TABLE S.imported_records ADD COLUMN import_id bigint;
        CREATE INDEX imported_records_import ON S.imported_records (import_id);
        """,
        // v6: each location's district, where its pack has districts (NULL for rows stored before: a pack that gained
        // districts changes the geodata digest, so such a store is stale until refreshed).
        """
        ALTER TABLE S.locations ADD COLUMN district_id text;
        """,
    ]
}
