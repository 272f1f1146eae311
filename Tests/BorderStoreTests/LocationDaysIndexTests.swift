@testable import BorderEventStore
@testable import BorderStore
import BorderExchange
import BorderIncidents
import Foundation
import GeometryCore
import GRDB
import Testing

/// The where-and-when R-tree: one row per located location with its
/// incident's days, kept in step by triggers, and the selection it serves
/// holds every incident a box and dates name.
@Suite struct LocationDaysIndexTests {
    /// The bundled catalog and synthetic ACLED rows in one store.
    static let made = Task { () throws -> GeoPackageStore in
        let store = try await Shared.bundledStore(named: "days")
        let rows = try ACLEDFormat.read(
            Data(SyntheticACLED.csv(rows: 400, seed: 11).utf8), file: "syn.csv", sides: Shared.sides)
        _ = try await Shared.importing(rows, into: store)
        return store
    }

    struct Row: Equatable { var location: Int64, firstDay: Double, lastDay: Double, incident: Int64 }

    static func indexRows(_ db: Database, where filter: String = "1") throws -> [Row] {
        try GRDB.Row.fetchAll(
            db, sql: "SELECT id, first_day, last_day, incident_fid FROM \(LocationDaysIndex.table) WHERE \(filter)"
        ).map { Row(location: $0[0], firstDay: $0[1], lastDay: $0[2], incident: $0[3]) }
    }

    /// Each location's days and incident, from the tables themselves.
    static func expectedRows(_ db: Database, where filter: String = "1") throws -> [Row] {
        let epoch = Day(year: 1970, month: 1, day: 1)!.ordinal
        return try GRDB.Row.fetchAll(
            db,
            sql: """
                SELECT l.fid, i.date_start, i.date_end, i.fid FROM locations l JOIN incidents i USING (incident_id)
                WHERE \(filter)
                """
        ).map {
            Row(
                location: $0[0], firstDay: Double(Day(iso: $0[1])!.ordinal - epoch),
                lastDay: Double(Day(iso: $0[2])!.ordinal - epoch), incident: $0[3])
        }
    }

    @Test func everyLocationHasItsIncidentsDays() async throws {
        let store = try await Self.made.value
        try await store.pool.read { db in
            let rows = try Self.indexRows(db)
            #expect(rows.count > 400)
            let expected = try Self.expectedRows(db).sorted { $0.location < $1.location }
            #expect(rows.sorted { $0.location < $1.location } == expected)
        }
    }

    @Test func triggersFollowNewDatesMovesAndDeletions() async throws {
        let store = try await Self.made.value
        struct RolledBack: Error {}
        // Rolled back at the end: the other tests read the store as made.
        do {
            try await store.pool.write { db in
                let id = try String.fetchOne(
                    db, sql: "SELECT incident_id FROM locations GROUP BY incident_id HAVING count(*) = 1 LIMIT 1")!
                try db.execute(
                    sql:
                        "UPDATE incidents SET date_start = '2001-02-03', date_end = '2001-02-05' WHERE incident_id = ?",
                    arguments: [id])
                let filter = "l.incident_id = '\(id)'"
                let moved = try Self.indexRows(db, where: "id IN (SELECT fid FROM locations l WHERE \(filter))")
                #expect(moved == (try Self.expectedRows(db, where: filter)))
                #expect(moved.first?.firstDay == 11_356 && moved.first?.lastDay == 11_358)
                try db.execute(
                    sql: "UPDATE locations SET geom = ? WHERE incident_id = ?",
                    arguments: [GeoPackageBinary.encodePoint(try Coordinate(longitude: 45.25, latitude: 39.75)), id])
                let box = try GRDB.Row.fetchOne(
                    db,
                    sql: """
                        SELECT minx, maxx, miny, maxy FROM \(LocationDaysIndex.table)
                        WHERE id = (SELECT fid FROM locations WHERE incident_id = ?)
                        """, arguments: [id])
                #expect(box.map { [$0[0], $0[1], $0[2], $0[3]] as [Double] } == [45.25, 45.25, 39.75, 39.75])
                try db.execute(sql: "DELETE FROM locations WHERE incident_id = ?", arguments: [id])
                #expect(try Self.indexRows(db, where: "id NOT IN (SELECT fid FROM locations)").isEmpty)
                throw RolledBack()
            }
        } catch is RolledBack {}
    }

    /// Each selected incident has a location in the box and days in the range, up to the R-tree's rounding, and
    /// none that has is left out.
    @Test(
        arguments: [
            ("45.0,39.0,46.5,40.5", "2021-01-01", "2021-12-31"), ("44.0,38.5,47.0,41.5", "2020-09-27", "2020-11-10"),
            ("44.5,38.8,46.8,41.4", nil, "2020-12-31"), ("46.0,40.0,46.2,41.0", "2022-01-01", nil),
        ] as [(String, String?, String?)])
    func aBoxWithDatesSelectsExactlyTheIncidentsInIt(box text: String, from: String?, to: String?) async throws {
        let store = try await Self.made.value
        var selection = StoreSelection()
        selection.boxes = [try BoundingBoxText.parse(text)]
        selection.from = from.flatMap(Day.init(iso:))
        selection.to = to.flatMap(Day.init(iso:))
        let selected = Set(try await store.incidentIDs(matching: selection) ?? [])
        let catalog = try await store.catalog()
        let relations = Dictionary(grouping: try await store.relations(), by: \.incidentID)
        let box = selection.boxes[0]
        func inside(_ i: Incident, widenedBy margin: Double) -> Bool {
            guard from.map({ i.date.end.description >= $0 }) ?? true, to.map({ i.date.start.description <= $0 }) ?? true
            else { return false }
            return (relations[i.id] ?? []).contains { r in
                r.coordinate.longitude >= box.minLongitude - margin
                    && r.coordinate.longitude <= box.maxLongitude + margin
                    && r.coordinate.latitude >= box.minLatitude - margin
                    && r.coordinate.latitude <= box.maxLatitude + margin
            }
        }
        let exact = Set(catalog.incidents.filter { inside($0, widenedBy: 0) }.map(\.id))
        let loose = Set(catalog.incidents.filter { inside($0, widenedBy: 1e-4) }.map(\.id))
        #expect(!exact.isEmpty)
        #expect(exact.isSubset(of: selected) && selected.isSubset(of: loose), "\(text) \(from ?? "…")–\(to ?? "…")")
    }
}
