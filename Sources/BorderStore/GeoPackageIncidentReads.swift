import BorderEventStore
import BorderIncidents
import GeometryCore
import GRDB

/// Incidents read back table by table (incidents, locations, casualty
/// figures, claims), for a set of ids or all, in the order first written
/// (an update keeps an incident's place); optionally with the relation
/// stored with each location, read in the same pass over `locations`.
/// Cells are decoded with `decode(atIndex:)`, which throws on NULL or a
/// wrong type where subscripts would trap: a store file may come from anyone.
struct GeoPackageIncidentReads {
    private(set) var incidents: [Incident] = []
    private(set) var relations: [StoredRelation] = []
    /// Each incident's row number (`fid`), in step with `incidents`.
    private(set) var fids: [Int64] = []
    private var position: [String: Int] = [:]
    private let filter: String
    private let arguments: StatementArguments

    /// Reads the incidents with `ids` (all when nil), with their relations when `withRelations`.
    init(_ db: Database, ids: [String]?, withRelations: Bool) throws {
        filter = ids.map { "WHERE incident_id IN (\(databaseQuestionMarks(count: $0.count)))" } ?? ""
        arguments = StatementArguments(ids ?? [])
        try readIncidents(db)
        try readLocations(db, withRelations: withRelations)
        try readClaims(db, figures: try readFigures(db))
    }

    private mutating func readIncidents(_ db: Database) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT incident_id, title, type, date_start, date_end, date_precision, date_reading, local_time, sides, sources, notes,
                  status, fid
                FROM incidents \(filter) ORDER BY fid
                """, arguments: arguments)
        while let row = try rows.next() {
            let id: String = (try row.decode(atIndex: 0))
            let (type, date) = try GeoPackageRows.typeAndDate(row, from: 2, incident: id)
            position[id] = incidents.count
            fids.append(try row.decode(atIndex: 12))
            incidents.append(
                Incident(
                    id: id, title: (try row.decode(atIndex: 1)), type: type, date: date,
                    localTime: (try row.decode(atIndex: 7)), sides: ListColumn.decode(try row.decode(atIndex: 8)),
                    locations: [], claims: [],
                    sources: ListColumn.decode(try row.decode(atIndex: 9)), notes: (try row.decode(atIndex: 10)),
                    status: Incident.Status(rawValue: (try row.decode(atIndex: 11))) ?? .reviewed))
        }
    }

    private mutating func readLocations(_ db: Database, withRelations: Bool) throws {
        let relationColumns = withRelations ? ", " + (try GeoPackageRows.relationColumns(db)) : ""
        var nearby = NearbyReads()
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT incident_id, kind, name, precision, relation, claimed_by, sources, geom\(relationColumns)
                FROM locations \(filter) ORDER BY incident_id, location_index
                """, arguments: arguments)
        while let row = try rows.next() {
            let id: String = try row.decode(atIndex: 0)
            guard let k = position[id] else { continue }
            let geometry = try GeoPackageBinary.decode(try row.decode(atIndex: 7))
            let kind = try LocationKindColumn.decode(
                (try row.decode(atIndex: 1)), name: (try row.decode(atIndex: 2)), geometry: geometry)
            incidents[k].locations.append(
                IncidentLocation(
                    kind: kind, precision: (try row.decode(atIndex: 3)), relation: (try row.decode(atIndex: 4)),
                    claimedBy: (try row.decode(atIndex: 5)),
                    sources: ListColumn.decode(try row.decode(atIndex: 6))))
            if withRelations {
                relations.append(
                    try GeoPackageRows.storedRelation(
                        row, from: 8, incident: id, geometry: geometry, nearby: &nearby))
            }
        }
    }

    /// Casualty figures by incident, claim and casualty index.
    private func readFigures(_ db: Database) throws -> StoredCasualtyClaims {
        var figures = StoredCasualtyClaims()
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT incident_id, claim_index, casualty_index, affected_side, kind, low, high FROM casualty_figures \(filter)
                """, arguments: arguments)
        while let row = try rows.next() {
            try figures.add(
                incident: try row.decode(atIndex: 0), claim: try row.decode(atIndex: 1),
                casualty: try row.decode(atIndex: 2), side: try row.decode(atIndex: 3),
                kind: try row.decode(atIndex: 4),
                figure: CasualtyFigure(low: try row.decode(atIndex: 5), high: try row.decode(atIndex: 6)))
        }
        return figures
    }

    private mutating func readClaims(_ db: Database, figures: StoredCasualtyClaims) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT incident_id, claim_index, claimant, side, role, summary, unconfirmed, sources FROM claims \(filter)
                ORDER BY incident_id, claim_index
                """, arguments: arguments)
        while let row = try rows.next() {
            let id: String = try row.decode(atIndex: 0)
            guard let k = position[id] else { continue }
            let casualties = figures.casualties(of: id, claim: try row.decode(atIndex: 1))
            incidents[k].claims.append(
                Claim(
                    claimant: (try row.decode(atIndex: 2)), side: (try row.decode(atIndex: 3)),
                    role: (try row.decode(atIndex: 4)), summary: (try row.decode(atIndex: 5)),
                    casualties: casualties, unconfirmed: (try row.decode(atIndex: 6)),
                    sources: ListColumn.decode(try row.decode(atIndex: 7))))
        }
    }
}
