import BorderEventStore
import BorderIncidents
import GeometryCore
import GRDB

/// Synchronous reads for a server answering page by page from the store:
/// where and when every located place is (to filter and count without
/// holding incidents), and whole incidents for the few ids of one page.
extension GeoPackageStore {
    /// Hands every location of every incident to `body`, in catalog order
    /// (incidents as first written, locations by index): the incident's id
    /// and first and last day, the location's index and stored position.
    public func forEachPlace(
        _ body: (_ incidentID: String, _ start: Day, _ end: Day, _ index: Int, _ coordinate: Coordinate) throws -> Void
    ) throws {
        try pool.read { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT i.incident_id, i.date_start, i.date_end, l.location_index, l.geom
                    FROM incidents i JOIN locations l ON l.incident_id = i.incident_id
                    ORDER BY i.fid, l.location_index
                    """)
            while let row = try rows.next() {
                let id: String = try row.decode(atIndex: 0)
                guard let start = Day(iso: try row.decode(atIndex: 1)), let end = Day(iso: try row.decode(atIndex: 2))
                else { throw StoreError.corrupt("incident \(id): dates") }
                guard case let .point(p) = try GeoPackageBinary.decode(try row.decode(atIndex: 4)) else {
                    throw StoreError.corrupt("incident \(id): location not a point")
                }
                try body(id, start, end, try row.decode(atIndex: 3), p.coordinate)
            }
        }
    }

    /// Hands every location that names a gazetteer settlement to `body`, in
    /// catalog order (incidents as first written, locations by index): the
    /// settlement's id and the incident's.
    public func forEachSettlementMention(_ body: (_ settlementID: String, _ incidentID: String) throws -> Void)
        throws
    {
        try pool.read { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT l.settlement_id, i.incident_id
                    FROM incidents i JOIN locations l ON l.incident_id = i.incident_id
                    WHERE l.settlement_id IS NOT NULL
                    ORDER BY i.fid, l.location_index
                    """)
            while let row = try rows.next() { try body(try row.decode(atIndex: 0), try row.decode(atIndex: 1)) }
        }
    }

    /// `selected(only:)` on the calling thread: the incidents with these
    /// ids in catalog order, the sources they cite and their stored relations.
    public func selectedNow(only ids: [String]) throws -> (catalog: Catalog, relations: [StoredRelation]) {
        try pool.read { db in try Self.selected(db, only: ids, withRelations: true) }
    }
}
