import BorderEventStore
import BorderExchange
import BorderGeodata
import BorderIncidents
import Foundation
import GeometryCore
import GRDB

/// Rows in and out of the GeoPackage tables, inside a transaction the caller holds.
enum GeoPackageRows {
    // MARK: Reference layers

    static func writeReference(_ g: Geodata, _ db: Database) throws {
        for layer in GeoPackageSchema.referenceLayers { try db.execute(sql: "DELETE FROM \(layer.name)") }
        for c in g.countries {
            try db.execute(
                sql: "INSERT INTO countries (geom, iso3, name, source) VALUES (?, ?, ?, ?)",
                arguments: [try GeoPackageBinary.encode(c.geometry.polygonal), c.iso3, c.name, c.source])
        }
        for p in g.provinces {
            try db.execute(
                sql: """
                    INSERT INTO provinces (geom, province_id, name, local_name, iso3166_2, country, kind, region)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    try GeoPackageBinary.encode(p.geometry.polygonal), p.id, p.name, p.localName, p.iso3166_2,
                    p.country, p.kind, p.region,
                ])
        }
        for s in g.border {
            try db.execute(
                sql: """
                    INSERT INTO border_segments (geom, segment_id, name, length_km, source, scale, tolerance_m)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    try GeoPackageBinary.encode(s.geometry.linear), s.id, s.name, s.lengthKm, s.source, s.scale,
                    s.toleranceMetres,
                ])
        }
        for h in g.historicalLines {
            try db.execute(
                sql: "INSERT INTO historical_lines (geom, line_id, name, date, source, note) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [try GeoPackageBinary.encode(h.geometry), h.id, h.name, h.date, h.source, h.note])
        }
        for s in g.settlements {
            try db.execute(
                sql: """
                    INSERT INTO settlements (geom, settlement_id, geoname_id, name, ascii_name, population, country, province, source)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    GeoPackageBinary.encodePoint(s.coordinate), s.id, s.geonameID, s.name, s.asciiName,
                    s.population, s.country, s.province, s.source,
                ])
        }
        try updateExtents(db)
    }

    /// gpkg_contents' bounding boxes, which QGIS and ogrinfo show for each layer.
    static func updateExtents(_ db: Database) throws {
        for layer in (GeoPackageSchema.referenceLayers + GeoPackageSchema.eventLayers) where layer.geometryType != nil {
            try db.execute(
                sql: """
                    UPDATE gpkg_contents SET (min_x, max_x, min_y, max_y) =
                      (SELECT min(minx), max(maxx), min(miny), max(maxy) FROM rtree_\(layer.name)_geom),
                      last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now')
                    WHERE table_name = ?
                    """, arguments: [layer.name])
        }
    }

    // MARK: Events

    static func write(_ batch: StoreBatch, _ db: Database) throws {
        try writeRows(batch, db, logged: try batch.log.map { try GeoPackageImports.insert($0, db) })
        if !batch.incidents.isEmpty { try updateExtents(db) }
    }

    /// `batch` without its log (the import `logged` stands for it) and without the layer extents, which the caller
    /// updates; with `indexingLocations`, the writer keeps the locations' R-tree (`LocationsRTreeDuringImport`).
    static func writeRows(_ batch: StoreBatch, _ db: Database, logged: Int?, indexingLocations: Bool = false) throws {
        let writer = try GeoPackageEventWriter(db, indexingLocations: indexingLocations)
        for s in batch.sources { try writer.write(s) }
        let relations = Dictionary(grouping: batch.relations, by: \.incidentID)
        // Only incidents already stored have rows to clear (a large import is mostly new ones).
        var stored = Set<String>()
        for ids in slices(batch.incidents.map(\.id)) {
            stored.formUnion(
                try String.fetchAll(
                    db,
                    sql:
                        "SELECT incident_id FROM incidents WHERE incident_id IN (\(databaseQuestionMarks(count: ids.count)))",
                    arguments: StatementArguments(ids)))
        }
        try writer.write(batch.incidents, relations: relations, stored: stored)
        for r in batch.records { try writer.write(r, importID: batch.importID(of: r, logged: logged)) }
    }

    /// `ids` in slices small enough for one statement's parameters (SQLite takes at most 32,766).
    static func slices(_ ids: [String], by size: Int = 10_000) -> [[String]] {
        stride(from: 0, to: ids.count, by: size).map { Array(ids[$0..<min(ids.count, $0 + size)]) }
    }

    // MARK: Reading back
    // Cells are decoded with `decode(atIndex:)`, which throws on NULL or a wrong type where
    // subscripts would trap: a store file may come from anyone.

    static func catalog(_ db: Database) throws -> Catalog {
        Catalog(sources: try sources(db, ids: nil), incidents: try incidents(db, ids: nil))
    }

    /// The sources with these ids (all when nil), in the order first written.
    static func sources(_ db: Database, ids: [String]?) throws -> [SourceReport] {
        guard let ids else { return try sources(db, where: "", arguments: []).map(\.source) }
        return try sourcesWithRows(db, ids: ids).map(\.source)
    }

    /// The sources with these ids and the rows they are stored at, in the order first written.
    static func sourcesWithRows(_ db: Database, ids: [String]) throws -> [(fid: Int64, source: SourceReport)] {
        // Many ids (a million-row store's stats cite a source per incident): one pass over the table beats
        // thousands of IN lists.
        if ids.count > 20_000 {
            let wanted = Set(ids)
            return try sources(db, where: "", arguments: [], keeping: { wanted.contains($0) })
        }
        var found: [(fid: Int64, source: SourceReport)] = []
        for slice in slices(ids) {
            found += try sources(
                db, where: "WHERE source_id IN (\(databaseQuestionMarks(count: slice.count)))",
                arguments: StatementArguments(slice))
        }
        return found.sorted { $0.fid < $1.fid }
    }

    private static func sources(
        _ db: Database, where filter: String, arguments: StatementArguments,
        keeping keep: (String) -> Bool = { _ in true }
    ) throws -> [(fid: Int64, source: SourceReport)] {
        var sources: [(fid: Int64, source: SourceReport)] = []
        let rows = try Row.fetchCursor(
            db, sql: "SELECT source_id, outlet, headline, published, file, fid FROM sources \(filter) ORDER BY fid",
            arguments: arguments)
        while let row = try rows.next() {
            guard keep(try row.decode(atIndex: 0)) else { continue }
            guard let day = Day(iso: (try row.decode(atIndex: 3))) else {
                throw StoreError.corrupt(
                    "source \((try row.decode(atIndex: 0)) as String): published '\((try row.decode(atIndex: 3)) as String)'"
                )
            }
            sources.append(
                (
                    try row.decode(atIndex: 5),
                    SourceReport(
                        id: (try row.decode(atIndex: 0)), outlet: (try row.decode(atIndex: 1)),
                        headline: (try row.decode(atIndex: 2)), published: day, file: (try row.decode(atIndex: 4)))
                ))
        }
        return sources
    }

    /// An incident's type and date from five columns in a row from `first`: type, date_start, date_end,
    /// date_precision, date_reading.
    static func typeAndDate(_ row: Row, from first: Int, incident id: String) throws -> (EventType, IncidentDate) {
        guard let type = EventType(rawValue: try row.decode(atIndex: first)),
            let start = Day(iso: try row.decode(atIndex: first + 1)),
            let end = Day(iso: try row.decode(atIndex: first + 2)),
            let precision = IncidentDate.Precision(rawValue: try row.decode(atIndex: first + 3))
        else { throw StoreError.corrupt("incident \(id): type or dates") }
        return (
            type,
            IncidentDate(start: start, end: end, precision: precision, reading: try row.decode(atIndex: first + 4))
        )
    }

    /// Incidents with their locations and claims, in the order they were
    /// first written (an update keeps an incident's place); all when `ids` is nil.
    static func incidents(_ db: Database, ids: [String]?) throws -> [Incident] {
        try GeoPackageIncidentReads(db, ids: ids, withRelations: false).incidents
    }

    static func relations(_ db: Database, where filter: String?, arguments: StatementArguments = [])
        throws -> [StoredRelation]
    {
        var nearby = NearbyReads()
        return try Array(
            Row.fetchCursor(
                db,
                sql: """
                    SELECT incident_id, geom, \(try relationColumns(db))
                    FROM locations \(filter.map { "WHERE \($0)" } ?? "") ORDER BY incident_id, location_index
                    """, arguments: arguments
            ).map { row in
                try storedRelation(
                    row, from: 2, incident: try row.decode(atIndex: 0),
                    geometry: try GeoPackageBinary.decode(try row.decode(atIndex: 1)), nearby: &nearby)
            })
    }

    /// The columns of a location's stored relation after its geometry, in the order `storedRelation` reads them.
    static func relationColumns(_ db: Database) throws -> String {
        "location_index, country, province_id, border_distance_m, segment_id, side, side_basis, "
            + detailColumnsBeforeDistrict + ", " + (try districtColumn(db))
    }

    /// `district_id`, or NULL in a store before schema 9 (which is read as it is, with no districts).
    static func districtColumn(_ db: Database) throws -> String {
        let has = try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM pragma_table_info('locations') WHERE name = 'district_id')")
        return has == true ? "district_id" : "NULL"
    }

    /// The relation of a location at `geometry` from the `relationColumns` at `k`.
    static func storedRelation(
        _ row: Row, from k: Int, incident id: String, geometry: Geometry, nearby: inout NearbyReads
    ) throws -> StoredRelation {
        guard case let .point(p) = geometry else { throw StoreError.corrupt("location not a point") }
        return StoredRelation(
            incidentID: id, locationIndex: (try row.decode(atIndex: k)), coordinate: p.coordinate,
            country: (try row.decode(atIndex: k + 1)), provinceID: (try row.decode(atIndex: k + 2)),
            borderDistance: (try row.decode(atIndex: k + 3)), segmentID: (try row.decode(atIndex: k + 4)),
            side: (try row.decode(atIndex: k + 5)), sideBasis: (try row.decode(atIndex: k + 6)),
            detail: try detail(row, from: k + 7, nearby: &nearby))
    }

    // MARK: Relation detail (schema version 5)

    static let detailColumnsBeforeDistrict = """
        resolution, settlement_id, border_point_lon, border_point_lat, within_tolerance, tolerance_m, inside_1991_oblast,
        exclave_id, nearby, theatre
        """
    static let detailColumns = detailColumnsBeforeDistrict + ", district_id"

    /// A location's stored relation bound to the next seventeen parameters of `statement`: country, province_id,
    /// border_distance_m, segment_id, side, side_basis, then the `detailColumns`.
    static func addRelation(_ r: StoredRelation, to statement: BoundStatement) {
        statement.add(r.country)
        statement.add(r.provinceID)
        statement.add(r.borderDistance)
        statement.add(r.segmentID)
        statement.add(r.side)
        statement.add(r.sideBasis)
        guard let d = r.detail else {
            for _ in 0..<11 { statement.add(String?.none) }
            return
        }
        statement.add(d.resolution)
        statement.add(d.settlementID)
        statement.add(d.nearestBorderPoint.longitude)
        statement.add(d.nearestBorderPoint.latitude)
        statement.add(d.withinTolerance)
        statement.add(d.toleranceMetres)
        statement.add(d.inside1991Oblast)
        statement.add(d.exclaveID)
        statement.add(NearbyColumn.encode(d.nearby))
        statement.add(d.theatre)
        statement.add(d.districtID)
    }

    /// The detail from the eleven columns at `k`; nil for a row stored before version 5.
    static func detail(_ row: Row, from k: Int, nearby reads: inout NearbyReads) throws -> RelationDetail? {
        guard let resolution = try row.decode(atIndex: k) as String? else { return nil }
        return RelationDetail(
            resolution: resolution, settlementID: try row.decode(atIndex: k + 1),
            nearestBorderPoint: try Coordinate(
                longitude: try row.decode(atIndex: k + 2), latitude: try row.decode(atIndex: k + 3)),
            withinTolerance: try row.decode(atIndex: k + 4), toleranceMetres: try row.decode(atIndex: k + 5),
            inside1991Oblast: try row.decode(atIndex: k + 6), exclaveID: try row.decode(atIndex: k + 7),
            nearby: try reads.decode(try row.decode(atIndex: k + 8)), theatre: try row.decode(atIndex: k + 9),
            districtID: try row.decode(atIndex: k + 10))
    }
}
