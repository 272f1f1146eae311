/// The statements that write a batch's rows, each taking the rows as one JSON array (`$1`); `S` is the store's
/// schema. Sources, incidents and import records are upserted; the locations, claims and figures of the batch's
/// incidents are deleted first (by the writer) and inserted again.
enum PostGISBatchSQL {
    static let upsertSources = """
        INSERT INTO S.sources (source_id, outlet, headline, published, file)
        SELECT source_id, outlet, headline, published, file FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(doc, n),
          jsonb_to_record(e.doc) AS r(source_id text, outlet text, headline text, published date, file text) ORDER BY e.n
        ON CONFLICT (source_id) DO UPDATE SET outlet = excluded.outlet, headline = excluded.headline,
          published = excluded.published, file = excluded.file
        """

    static let upsertIncidents = """
        INSERT INTO S.incidents (incident_id, title, type, date_start, date_end, date_precision, date_reading, local_time,
          sides, sources, notes, status)
        SELECT incident_id, title, type, date_start, date_end, date_precision, date_reading, local_time, sides, sources, notes,
          status
        FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(doc, n),
          jsonb_to_record(e.doc) AS r(incident_id text, title text, type text, date_start date, date_end date,
          date_precision text, date_reading text, local_time text, sides text[], sources text[], notes text, status text)
        ORDER BY e.n
        ON CONFLICT (incident_id) DO UPDATE SET title = excluded.title, type = excluded.type, date_start = excluded.date_start,
          date_end = excluded.date_end, date_precision = excluded.date_precision, date_reading = excluded.date_reading,
          local_time = excluded.local_time, sides = excluded.sides, sources = excluded.sources, notes = excluded.notes,
          status = excluded.status
        """

    static let insertLocations = """
        INSERT INTO S.locations (incident_id, location_index, kind, name, precision, relation, claimed_by, sources, geog,
          country, province_id, border_distance_m, segment_id, side, side_basis, \(PostGISRelations.detailColumns))
        SELECT incident_id, location_index, kind, name, precision, relation, claimed_by, sources,
          ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography, country, province_id, border_distance_m, segment_id, side,
          side_basis, \(PostGISRelations.detailColumns)
        FROM jsonb_to_recordset($1::jsonb) AS r(incident_id text, location_index int, kind text, name text, precision int,
          relation text, claimed_by text, sources text[], lon float8, lat float8, country text, province_id text,
          border_distance_m float8, segment_id text, side text, side_basis text, \(PostGISRelations.detailTypes))
        """

    static let insertClaims = """
        INSERT INTO S.claims (incident_id, claim_index, claimant, side, role, summary, unconfirmed, sources)
        SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(incident_id text, claim_index int, claimant text, side text,
          role text, summary text, unconfirmed boolean, sources text[])
        """

    static let insertFigures = """
        INSERT INTO S.casualty_figures (incident_id, claim_index, casualty_index, affected_side, kind, low, high)
        SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(incident_id text, claim_index int, casualty_index int,
          affected_side text, kind text, low int, high int)
        """

    static let upsertRecords = """
        INSERT INTO S.imported_records (record_key, digest, incident_id, fields, import_id)
        SELECT * FROM jsonb_to_recordset($1::jsonb)
          AS r(record_key text, digest text, incident_id text, fields text, import_id bigint)
        ON CONFLICT (record_key) DO UPDATE SET digest = excluded.digest, incident_id = excluded.incident_id,
          fields = excluded.fields, import_id = excluded.import_id
        """
}
