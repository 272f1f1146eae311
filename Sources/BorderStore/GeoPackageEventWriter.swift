import BorderEventStore
import BorderExchange
import BorderIncidents
import GRDB

/// Writes a batch's rows with statements prepared once per transaction:
/// sources and incidents upserted, an incident's locations (with their
/// relations and where-and-when rows), claims and casualty figures replaced
/// whole, imported records upserted.
struct GeoPackageEventWriter {
    let db: Database
    private let source, incident, location, claim, figure, days, record: Statement
    private let clear: [Statement]

    init(_ db: Database) throws {
        self.db = db
        source = try db.cachedStatement(
            sql: """
                INSERT INTO sources (source_id, outlet, headline, published, file) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (source_id) DO UPDATE SET outlet = excluded.outlet, headline = excluded.headline,
                  published = excluded.published, file = excluded.file
                """)
        clear = try ["locations", "claims", "casualty_figures"].map {
            try db.cachedStatement(sql: "DELETE FROM \($0) WHERE incident_id = ?")
        }
        incident = try db.cachedStatement(
            sql: """
                INSERT INTO incidents (incident_id, title, type, date_start, date_end, date_precision, date_reading, local_time,
                  sides, sources, notes, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (incident_id) DO UPDATE SET title = excluded.title, type = excluded.type,
                  date_start = excluded.date_start, date_end = excluded.date_end, date_precision = excluded.date_precision,
                  date_reading = excluded.date_reading, local_time = excluded.local_time, sides = excluded.sides,
                  sources = excluded.sources, notes = excluded.notes, status = excluded.status
                RETURNING fid
                """)
        location = try db.cachedStatement(
            sql: """
                INSERT INTO locations (geom, incident_id, location_index, kind, name, precision, relation, claimed_by, sources,
                  country, province_id, border_distance_m, segment_id, side, side_basis, \(GeoPackageRows.detailColumns))
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        claim = try db.cachedStatement(
            sql: """
                INSERT INTO claims (incident_id, claim_index, claimant, side, role, summary, unconfirmed, sources)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        figure = try db.cachedStatement(
            sql: """
                INSERT INTO casualty_figures (incident_id, claim_index, casualty_index, affected_side, kind, low, high)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
        days = try LocationDaysIndex.insertStatement(db)
        record = try db.cachedStatement(
            sql: """
                INSERT INTO imported_records (record_key, digest, incident_id, fields, import_id) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (record_key) DO UPDATE SET digest = excluded.digest, incident_id = excluded.incident_id,
                  fields = excluded.fields, import_id = excluded.import_id
                """)
    }

    func write(_ s: SourceReport) throws {
        try source.execute(arguments: [s.id, s.outlet, s.headline, s.published.description, s.file])
    }

    /// The incident with its locations (each with its relation in `relations`, by location index), claims and
    /// figures; `stored` when rows of it may be there already, to be replaced.
    func write(_ i: Incident, relations: [StoredRelation], stored: Bool) throws {
        if stored { for statement in clear { try statement.execute(arguments: [i.id]) } }
        let fid = try Int64.fetchOne(
            incident,
            arguments: [
                i.id, i.title, i.type.rawValue, i.date.start.description, i.date.end.description,
                i.date.precision.rawValue, i.date.reading, i.localTime, ListColumn.encode(i.sides),
                ListColumn.encode(i.sources), i.notes, i.status.rawValue,
            ])
        guard let fid else { throw StoreError.corrupt("incident \(i.id) was not written") }
        let related = Dictionary(relations.map { ($0.locationIndex, $0) }, uniquingKeysWith: { _, b in b })
        for (k, l) in i.locations.enumerated() {
            guard let r = related[k] else {
                throw StoreError.corrupt("incident \(i.id) location \(k) comes without its relation")
            }
            try write(l, k, of: i, fid: fid, relation: r)
        }
        for (k, c) in i.claims.enumerated() { try write(c, k, of: i) }
    }

    private func write(_ l: IncidentLocation, _ k: Int, of i: Incident, fid: Int64, relation r: StoredRelation) throws {
        let (kind, name) = LocationKindColumn.encode(l.kind)
        let columns: [(any DatabaseValueConvertible)?] = [
            GeoPackageBinary.encodePoint(r.coordinate), i.id, k, kind, name, l.precision,
            l.relation, l.claimedBy, ListColumn.encode(l.sources), r.country,
            r.provinceID, r.borderDistance, r.segmentID, r.side, r.sideBasis,
        ]
        try location.execute(arguments: StatementArguments(columns + GeoPackageRows.detailArguments(r.detail)))
        try LocationDaysIndex.insert(
            days, location: db.lastInsertedRowID, at: r.coordinate, date: i.date, incident: fid)
    }

    private func write(_ c: Claim, _ k: Int, of i: Incident) throws {
        try claim.execute(arguments: [
            i.id, k, c.claimant, c.side, c.role, c.summary, c.unconfirmed, ListColumn.encode(c.sources),
        ])
        for (n, casualty) in c.casualties.enumerated() {
            for kind in CasualtyKind.allCases {
                guard let f = casualty.figures[kind] else { continue }
                try figure.execute(arguments: [i.id, k, n, casualty.side, kind.rawValue, f.low, f.high])
            }
        }
    }

    func write(_ r: ImportedRecord, importID: Int?) throws {
        try record.execute(arguments: [r.key, r.digest, r.incidentID, r.fields?.json, importID])
    }
}
