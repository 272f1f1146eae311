import BorderEventStore
import BorderExchange
import BorderIncidents
import GeometryCore
import GRDB

/// Writes a batch's rows with statements prepared once per write (`BoundStatement`):
/// sources and incidents upserted, an incident's locations (with their
/// relations and where-and-when rows), claims, casualty figures and the
/// incident as counting reads it (`GeoPackageCountedIncidents`) replaced
/// whole, imported records upserted.
struct GeoPackageEventWriter {
    let db: Database
    private let source, incident, newIncident, location, claim, figure, days, record: BoundStatement
    private let clear: [Statement]
    /// The locations' R-tree, when the writer keeps it in place of its trigger (`LocationsRTreeDuringImport`).
    private let rtree: BoundStatement?
    private let counted: GeoPackageCountedIncidents.Writer

    init(_ db: Database, indexingLocations: Bool = false) throws {
        self.db = db
        rtree = indexingLocations ? try BoundStatement(db, sql: LocationsRTreeDuringImport.insertSQL) : nil
        counted = try GeoPackageCountedIncidents.Writer(db)
        source = try BoundStatement(
            db,
            sql: """
                INSERT INTO sources (source_id, outlet, headline, published, file) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (source_id) DO UPDATE SET outlet = excluded.outlet, headline = excluded.headline,
                  published = excluded.published, file = excluded.file
                """)
        clear = try ["locations", "claims", "casualty_figures"].map {
            try db.cachedStatement(sql: "DELETE FROM \($0) WHERE incident_id = ?")
        }
        let insertIncident = """
            INSERT INTO incidents (incident_id, title, type, date_start, date_end, date_precision, date_reading, local_time,
              sides, sources, notes, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        // An incident not stored yet cannot conflict: a plain insert, its id SQLite's last row id.
        newIncident = try BoundStatement(db, sql: insertIncident)
        incident = try BoundStatement(
            db,
            sql: insertIncident + "\n"
                + """
                ON CONFLICT (incident_id) DO UPDATE SET title = excluded.title, type = excluded.type,
                  date_start = excluded.date_start, date_end = excluded.date_end, date_precision = excluded.date_precision,
                  date_reading = excluded.date_reading, local_time = excluded.local_time, sides = excluded.sides,
                  sources = excluded.sources, notes = excluded.notes, status = excluded.status
                RETURNING fid
                """)
        location = try BoundStatement(
            db,
            sql: """
                INSERT INTO locations (geom, incident_id, location_index, kind, name, precision, relation, claimed_by, sources,
                  country, province_id, border_distance_m, segment_id, side, side_basis, \(GeoPackageRows.detailColumns))
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        claim = try BoundStatement(
            db,
            sql: """
                INSERT INTO claims (incident_id, claim_index, claimant, side, role, summary, unconfirmed, sources)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        figure = try BoundStatement(
            db,
            sql: """
                INSERT INTO casualty_figures (incident_id, claim_index, casualty_index, affected_side, kind, low, high)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
        days = try BoundStatement(db, sql: LocationDaysIndex.insertSQL)
        record = try BoundStatement(
            db,
            sql: """
                INSERT INTO imported_records (record_key, digest, incident_id, fields, import_id) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (record_key) DO UPDATE SET digest = excluded.digest, incident_id = excluded.incident_id,
                  fields = excluded.fields, import_id = excluded.import_id
                """)
    }

    func write(_ s: SourceReport) throws {
        source.add(s.id)
        source.add(s.outlet)
        source.add(s.headline)
        source.add(s.published.description)
        source.add(s.file)
        try source.run()
    }

    /// The incidents with their locations (each with its relation in `relations`, by incident and location
    /// index), claims and figures; those in `stored` may have rows there already, to be replaced. Written table
    /// by table, each table's rows in the incidents' order (the rows and their ids are what writing incident by
    /// incident gives): one table's pages and statement stay hot while its rows go in.
    func write(_ incidents: [Incident], relations: [String: [StoredRelation]], stored: Set<String>) throws {
        for i in incidents where stored.contains(i.id) {
            for statement in clear { try statement.execute(arguments: [i.id]) }
        }
        var fids: [Int64] = []
        fids.reserveCapacity(incidents.count)
        for i in incidents { fids.append(try writeRow(i, stored: stored.contains(i.id))) }
        var located: [(location: Int64, at: Coordinate, date: IncidentDate, incident: Int64)] = []
        for (i, fid) in zip(incidents, fids) {
            let related = Dictionary(
                (relations[i.id] ?? []).map { ($0.locationIndex, $0) }, uniquingKeysWith: { _, b in b })
            for (k, l) in i.locations.enumerated() {
                guard let r = related[k] else {
                    throw StoreError.corrupt("incident \(i.id) location \(k) comes without its relation")
                }
                try write(l, k, of: i, relation: r)
                located.append((db.lastInsertedRowID, r.coordinate, i.date, fid))
            }
        }
        if let rtree {
            for l in located {
                rtree.add(l.location)
                for value in [l.at.longitude, l.at.longitude, l.at.latitude, l.at.latitude] { rtree.add(value) }
                try rtree.run()
            }
        }
        for l in located {
            LocationDaysIndex.add(location: l.location, at: l.at, date: l.date, incident: l.incident, to: days)
            try days.run()
        }
        for i in incidents {
            for (k, c) in i.claims.enumerated() { try write(c, k, of: i) }
        }
        for i in incidents {
            for (k, c) in i.claims.enumerated() { try writeFigures(of: c, k, of: i) }
        }
        for (i, fid) in zip(incidents, fids) {
            try counted.write(incident: fid, i, stored: relations[i.id] ?? [])
        }
    }

    /// The incident's own row, upserted when `stored`; its `fid`.
    private func writeRow(_ i: Incident, stored: Bool) throws -> Int64 {
        let insert = stored ? incident : newIncident
        for value in [i.id, i.title, i.type.rawValue, i.date.start.description, i.date.end.description] {
            insert.add(value)
        }
        insert.add(i.date.precision.rawValue)
        insert.add(i.date.reading)
        insert.add(i.localTime)
        insert.add(ListColumn.encode(i.sides))
        insert.add(ListColumn.encode(i.sources))
        insert.add(i.notes)
        insert.add(i.status.rawValue)
        guard stored else {
            try insert.run()
            return db.lastInsertedRowID
        }
        return try insert.runReturningInteger()
    }

    private func write(_ l: IncidentLocation, _ k: Int, of i: Incident, relation r: StoredRelation) throws {
        let (kind, name) = LocationKindColumn.encode(l.kind)
        location.add(GeoPackageBinary.encodePoint(r.coordinate))
        location.add(i.id)
        location.add(k)
        location.add(kind)
        location.add(name)
        location.add(l.precision)
        location.add(l.relation)
        location.add(l.claimedBy)
        location.add(ListColumn.encode(l.sources))
        GeoPackageRows.addRelation(r, to: location)
        try location.run()
    }

    private func write(_ c: Claim, _ k: Int, of i: Incident) throws {
        claim.add(i.id)
        claim.add(k)
        claim.add(c.claimant)
        claim.add(c.side)
        claim.add(c.role)
        claim.add(c.summary)
        claim.add(c.unconfirmed)
        claim.add(ListColumn.encode(c.sources))
        try claim.run()
    }

    private func writeFigures(of c: Claim, _ k: Int, of i: Incident) throws {
        for (n, casualty) in c.casualties.enumerated() {
            for kind in CasualtyKind.allCases {
                guard let f = casualty.figures[kind] else { continue }
                figure.add(i.id)
                figure.add(k)
                figure.add(n)
                figure.add(casualty.side)
                figure.add(kind.rawValue)
                figure.add(f.low)
                figure.add(f.high)
                try figure.run()
            }
        }
    }

    func write(_ r: ImportedRecord, importID: Int?) throws {
        record.add(r.key)
        record.add(r.digest)
        record.add(r.incidentID)
        record.add(r.fields?.json)
        record.add(importID)
        try record.run()
    }
}
