import BorderEventStore
import BorderGeodata
import BorderIncidents
import PostgresClient

/// The import log, the geodata digest, `store info`, refresh and undo in a PostGIS store.
extension PostGISStore {
    /// Records `log` and its geodata digest as the store's; returns the import's id.
    nonisolated func insert(_ log: ImportLog, _ c: PostgresConnection) throws -> Int {
        let id = try query(
            c,
            """
            INSERT INTO S.imports (label, geodata_digest, new_rows, updated_rows, linked_rows, unchanged_rows)
            VALUES ($1, $2, $3, $4, $5, $6) RETURNING import_id
            """,
            [
                .text(log.label), log.geodataDigest.map(PostgresValue.text) ?? .null, .integer(log.new),
                .integer(log.updated), .integer(log.linked), .integer(log.unchanged),
            ]
        ).first?.int(0)
        if let digest = log.geodataDigest { try query(c, "UPDATE S.state SET geodata_digest = $1", [.text(digest)]) }
        guard let id else { throw StoreError.corrupt("the new import got no id") }
        return id
    }

    func logs(_ c: PostgresConnection, id: Int? = nil) throws -> [ImportLog] {
        try query(
            c,
            """
            SELECT import_id, label, to_char(imported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), geodata_digest,
              new_rows, updated_rows, linked_rows, unchanged_rows
            FROM S.imports \(id == nil ? "" : "WHERE import_id = $1") ORDER BY import_id
            """, id.map { [.integer($0)] } ?? []
        ).map { row in
            ImportLog(
                id: try row.int(0), label: try row.string(1), importedAt: row.optionalString(2),
                geodataDigest: row.optionalString(3), new: try row.int(4), updated: try row.int(5),
                linked: try row.int(6), unchanged: try row.int(7))
        }
    }

    public func info() async throws -> StoreInfo {
        let version = try await schemaVersion()
        return try withConnection { c in
            guard
                let row = try query(
                    c,
                    """
                    SELECT (SELECT count(*) FROM S.incidents), (SELECT count(*) FROM S.locations),
                      (SELECT count(*) FROM S.imported_records), (SELECT geodata_digest FROM S.state)
                    """
                ).first
            else { throw StoreError.corrupt("no state row") }
            return StoreInfo(
                schemaVersion: version, incidents: try row.int(0), locations: try row.int(1),
                importedRows: try row.int(2), geodataDigest: row.optionalString(3), imports: try logs(c))
        }
    }

    public func isStale(against digest: String) async throws -> Bool {
        try withConnection { c in
            try query(
                c, "SELECT EXISTS (SELECT 1 FROM S.locations) AND geodata_digest IS DISTINCT FROM $1 FROM S.state",
                [.text(digest)]
            ).first?.bool(0) ?? false
        }
    }

    public func refresh(
        reference geodata: Geodata, digest: String, batchSize: Int,
        relate: @Sendable ([Incident]) throws -> [StoredRelation]
    ) async throws -> Int {
        try transaction { c in
            try writeReference(geodata, c)
            let ids = try query(c, "SELECT incident_id FROM S.incidents ORDER BY seq").map { try $0.string(0) }
            for start in stride(from: 0, to: ids.count, by: batchSize) {
                let batch = Array(ids[start..<min(ids.count, start + batchSize)])
                try updateRelations(try relate(try incidents(c, ids: batch)), c)
            }
            try query(c, "UPDATE S.state SET geodata_digest = $1", [.text(digest)])
            return ids.count
        }
    }

    /// The relation of every location in `relations` (same incident and index) replaced.
    private nonisolated func updateRelations(_ relations: [StoredRelation], _ c: PostgresConnection) throws {
        let rows = try PostGISRows.json(relations.map(PostGISRows.RelationRow.init))
        try query(
            c,
            """
            UPDATE S.locations l SET geog = ST_SetSRID(ST_MakePoint(r.lon, r.lat), 4326)::geography, country = r.country,
              province_id = r.province_id, border_distance_m = r.border_distance_m, segment_id = r.segment_id,
              side = r.side, side_basis = r.side_basis, resolution = r.resolution, settlement_id = r.settlement_id,
              border_point_lon = r.border_point_lon, border_point_lat = r.border_point_lat,
              within_tolerance = r.within_tolerance, tolerance_m = r.tolerance_m,
              inside_1991_oblast = r.inside_1991_oblast, exclave_id = r.exclave_id, nearby = r.nearby,
              theatre = r.theatre, district_id = r.district_id
            FROM jsonb_to_recordset($1::jsonb) AS r(incident_id text, location_index int, lon float8, lat float8,
              country text, province_id text, border_distance_m float8, segment_id text, side text, side_basis text,
              \(PostGISRelations.detailTypes))
            WHERE l.incident_id = r.incident_id AND l.location_index = r.location_index
            """, [.text(rows)])
    }

    public func undoImport(_ id: Int) async throws -> ImportUndo.Summary {
        try transaction { c in
            // One writer at a time: an import running now could otherwise build on what is being removed.
            try query(c, "LOCK TABLE S.imported_records IN EXCLUSIVE MODE")
            let records = try query(
                c,
                """
                SELECT record_key, digest, incident_id, import_id FROM S.imported_records
                WHERE incident_id IN (SELECT incident_id FROM S.imported_records WHERE import_id = $1)
                """, [.integer(id)]
            ).map { row in
                ImportedRecord(
                    key: try row.string(0), digest: try row.string(1), incidentID: try row.string(2),
                    importID: try row.optionalInt(3))
            }
            let ids = Array(Set(records.map(\.incidentID)))
            let plan = try ImportUndo.plan(
                id, log: try logs(c, id: id).first, records: records, incidents: try incidents(c, ids: ids),
                relations: try relations(c, ids: ids))
            // Locations and claims go with their incident (ON DELETE CASCADE).
            try query(
                c, "DELETE FROM S.incidents WHERE incident_id = ANY($1::text[])", [.textArray(plan.removedIncidents)])
            if !plan.rewrite.isEmpty { try write(plan.rewrite, c) }
            try query(
                c, "DELETE FROM S.imported_records WHERE record_key = ANY($1::text[])",
                [.textArray(plan.removedRecords)])
            try query(
                c,
                """
                DELETE FROM S.sources s WHERE s.source_id = ANY($1::text[])
                  AND NOT EXISTS (SELECT 1 FROM S.incidents i WHERE s.source_id = ANY(i.sources))
                """, [.textArray(plan.sourceCandidates)])
            try query(c, "DELETE FROM S.imports WHERE import_id = $1", [.integer(id)])
            try query(c, "UPDATE S.state SET revision = revision + 1")
            return plan.summary
        }
    }
}
