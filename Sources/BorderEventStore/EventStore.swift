import BorderExchange
import BorderGeodata
import BorderIncidents
import BorderQueries
import GeometryCore

/// Where events live between runs: the embedded GeoPackage (`GeoPackageStore`)
/// or a PostGIS database. Import logic (what is new, updated, linked or
/// rejected) is written against this protocol only, so both stores behave
/// the same. Every method is async and throwing because a database client
/// may be (PostgresNIO is).
///
/// Identity: incidents are keyed by `Incident.id`, sources by
/// `SourceReport.id`, imported rows by `ImportedRecord.key`. Writing an
/// incident replaces the stored one with the same id wholly (its locations,
/// claims and relations included).
public protocol EventStore: Sendable {
    /// The schema version this code writes; `migrate()` brings a store up to it.
    static var currentSchemaVersion: Int { get }

    /// The schema version the store is at; 0 when it holds no schema yet.
    func schemaVersion() async throws -> Int

    /// Creates the schema or applies the forward migrations, in one transaction.
    func migrate() async throws

    /// Replaces the reference layers (countries, provinces, border segments,
    /// historical lines, settlements) with `geodata`'s, in one transaction.
    func writeReference(_ geodata: Geodata) async throws

    /// Writes `batch` in one transaction: all of it, or (on any error or a
    /// killed process) nothing. Upserts by id.
    func write(_ batch: StoreBatch) async throws

    /// Every source and incident, each in the order first written (an
    /// update keeps its place), so that a catalog reads back in its own order.
    func catalog() async throws -> Catalog

    /// The stored relation of every location (any order; each names its incident and location index).
    func relations() async throws -> [StoredRelation]

    /// What was imported before, by record key; with each row's original
    /// fields when `withFields` (else their `fields` are nil and only
    /// `hasFields` says whether they are stored: an import needs no more,
    /// and reading the fields costs time).
    func importedRecords(withFields: Bool) async throws -> [String: ImportedRecord]

    /// For each probe, the incidents with a location within `metres`
    /// (geodesic, WGS84) of its point whose dates overlap its `from...to`,
    /// nearest first. One call for a whole file, so that a client-server
    /// store need not make one round trip per row.
    func linkCandidates(for probes: [LinkProbe], within metres: Double) async throws -> [[LinkCandidate]]

    /// Counts, schema version, the geodata digest and the imports.
    func info() async throws -> StoreInfo

    /// `info().isStale(against:)` in two cheap reads, for every command to ask.
    func isStale(against digest: String) async throws -> Bool

    /// In one transaction: the reference layers replaced with `geodata`'s,
    /// every stored incident read `batchSize` at a time and its locations'
    /// relations replaced with those `relate` makes of the batch, and
    /// `digest` recorded as the geodata related with. Returns how many
    /// incidents were read.
    func refresh(
        reference geodata: Geodata, digest: String, batchSize: Int,
        relate: @Sendable ([Incident]) throws -> [StoredRelation]
    ) async throws -> Int

    /// Runs `body` in one write transaction with an `ImportSession` on it:
    /// committed when `body` returns, unless `rollback` (a dry run); rolled
    /// back when it throws, leaving the store as it was.
    func importing<T: Sendable>(rollback: Bool, _ body: @Sendable (any ImportSession) throws -> T) async throws -> T

    /// Removes what import `id` wrote, in one transaction (`ImportUndo` decides what that is).
    func undoImport(_ id: Int) async throws -> ImportUndo.Summary

    // Requirements with default implementations (below), so that a store's own is called through the protocol.
    func revision() async throws -> Int?
    func incidentIDs(matching selection: StoreSelection) async throws -> [String]?
    func catalog(only ids: [String]) async throws -> Catalog
    func relations(only ids: [String]) async throws -> [StoredRelation]
    func selected(only ids: [String]) async throws -> (catalog: Catalog, relations: [StoredRelation])
    func incidentFacts<T: Sendable>(
        matching selection: StoreSelection, keep: @escaping @Sendable (IncidentFacts) throws -> T?
    ) async throws -> [T]
    func sources(only ids: [String]) async throws -> [SourceReport]
    func sourceCount() async throws -> Int
    /// Every incident as counting reads it (`CountedIncident`); nil when the store does not keep them.
    func countedIncidents() async throws -> CountedIncidents?
}

extension EventStore {
    /// What was imported before, by record key, without the original fields.
    public func importedRecords() async throws -> [String: ImportedRecord] {
        try await importedRecords(withFields: false)
    }

    /// A number that changes with every write, for a reader to notice
    /// changes cheaply; nil when the store cannot tell (then a reader keeps
    /// what it read at start).
    public func revision() async throws -> Int? { nil }

    /// The ids of every incident that could match `selection` (a superset),
    /// in catalog order; nil when the store does not select and the engine
    /// should consider the whole catalog.
    public func incidentIDs(matching selection: StoreSelection) async throws -> [String]? { nil }

    /// The incidents with these ids and the sources they cite, in catalog order.
    public func catalog(only ids: [String]) async throws -> Catalog {
        let wanted = Set(ids), all = try await catalog()
        let incidents = all.incidents.filter { wanted.contains($0.id) }
        let cited = Set(incidents.flatMap(\.sources))
        return Catalog(sources: all.sources.filter { cited.contains($0.id) }, incidents: incidents)
    }

    /// The stored relations of the incidents with these ids.
    public func relations(only ids: [String]) async throws -> [StoredRelation] {
        let wanted = Set(ids)
        return try await relations().filter { wanted.contains($0.incidentID) }
    }

    /// Both of the above.
    public func selected(only ids: [String]) async throws -> (catalog: Catalog, relations: [StoredRelation]) {
        (try await catalog(only: ids), try await relations(only: ids))
    }
}

extension EventStore {
    /// What `keep` makes of the facts of every incident that could match
    /// `selection` (a superset, as `incidentIDs(matching:)`), where it keeps
    /// them; their places carry the stored relation (province ids, not
    /// names). Nothing is related: a store related with other geodata than
    /// the loaded should be refreshed first. This one reads whole incidents;
    /// a store's own reads only the columns the facts need.
    public func incidentFacts<T: Sendable>(
        matching selection: StoreSelection, keep: @escaping @Sendable (IncidentFacts) throws -> T?
    ) async throws -> [T] {
        let ids = try await incidentIDs(matching: selection)
        let catalog: Catalog, stored: [StoredRelation]
        if let ids {
            (catalog, stored) = try await selected(only: ids)
        } else {
            (catalog, stored) = (try await self.catalog(), try await relations())
        }
        let byIncident = Dictionary(grouping: stored, by: \.incidentID)
        return try catalog.incidents.compactMap { try keep(try IncidentFacts($0, stored: byIncident[$0.id] ?? [])) }
    }

    /// The sources with these ids, in the order first written.
    public func sources(only ids: [String]) async throws -> [SourceReport] {
        let wanted = Set(ids)
        return try await catalog().sources.filter { wanted.contains($0.id) }
    }

    /// How many sources the store holds.
    public func sourceCount() async throws -> Int { try await catalog().sources.count }

    public func countedIncidents() async throws -> CountedIncidents? { nil }
}

extension IncidentFacts {
    /// An incident's facts from its stored relations (one per location).
    public init(_ incident: Incident, stored: [StoredRelation]) throws {
        self.init(IncidentRelation(incident: incident, locations: []), places: [])
        let byIndex = Dictionary(stored.map { ($0.locationIndex, $0) }, uniquingKeysWith: { _, b in b })
        isLocated = !incident.locations.isEmpty
        places = try incident.locations.enumerated().map { k, l in
            guard let r = byIndex[k], let d = r.detail else {
                throw StoreError.corrupt("incident \(incident.id) location \(k) has no stored relation")
            }
            return PlaceFacts(
                name: l.name, coordinate: r.coordinate, country: r.country, provinceID: r.provinceID,
                provinceName: nil, borderDistance: r.borderDistance, nearestSegment: r.segmentID,
                nearestBorderPoint: d.nearestBorderPoint, side: r.side, theatre: d.theatre, districtID: d.districtID)
        }
    }
}

/// Where and when an imported row happened, to look for a stored incident it describes.
public struct LinkProbe: Sendable {
    public var coordinate: Coordinate
    public var from: Day
    public var to: Day

    public init(coordinate: Coordinate, from: Day, to: Day) {
        self.coordinate = coordinate
        self.from = from
        self.to = to
    }
}

/// One transaction's worth of writes.
public struct StoreBatch: Sendable {
    public var sources: [SourceReport]
    /// Whole incidents to upsert.
    public var incidents: [Incident]
    /// The relation of every location of `incidents` (one per location).
    public var relations: [StoredRelation]
    /// Imported rows and the incident each went into.
    public var records: [ImportedRecord]
    /// The import writing this batch: recorded with a new id, which its
    /// records (`importID == ImportedRecord.thisImport`) take, and its
    /// geodata digest becomes the store's.
    public var log: ImportLog?

    public init(
        sources: [SourceReport] = [], incidents: [Incident] = [], relations: [StoredRelation] = [],
        records: [ImportedRecord] = [], log: ImportLog? = nil
    ) {
        self.sources = sources
        self.incidents = incidents
        self.relations = relations
        self.records = records
        self.log = log
    }

    /// The import id to store for `record` when the batch's import was given `id`.
    public func importID(of record: ImportedRecord, logged id: Int?) -> Int? {
        record.importID == ImportedRecord.thisImport ? id : record.importID
    }

    public var isEmpty: Bool { sources.isEmpty && incidents.isEmpty && relations.isEmpty && records.isEmpty }
}

/// The relation computed for one location, as stored: the facts queries
/// select on (country, province, border distance, nearest segment, side and
/// its basis) and, in `detail`, the rest of what `relate` gives, so that a
/// store is read back without relating again.
public struct StoredRelation: Hashable, Sendable {
    public var incidentID: String
    /// The location's index within its incident.
    public var locationIndex: Int
    /// The position measured from.
    public var coordinate: Coordinate
    public var country: String?
    /// Province id, such as "ARM-GEG".
    public var provinceID: String?
    public var borderDistance: Double
    public var segmentID: String
    /// "ARM", "AZE", another ISO3, "none" or "uncertain".
    public var side: String
    /// `LocationRelation.SideBasis` raw value.
    public var sideBasis: String
    /// Nil for locations stored before schema version 5 (such a store is stale until refreshed).
    public var detail: RelationDetail?

    public init(
        incidentID: String, locationIndex: Int, coordinate: Coordinate, country: String?, provinceID: String?,
        borderDistance: Double, segmentID: String, side: String, sideBasis: String, detail: RelationDetail? = nil
    ) {
        self.incidentID = incidentID
        self.locationIndex = locationIndex
        self.coordinate = coordinate
        self.country = country
        self.provinceID = provinceID
        self.borderDistance = borderDistance
        self.segmentID = segmentID
        self.side = side
        self.sideBasis = sideBasis
        self.detail = detail
    }

    public init(incidentID: String, locationIndex: Int, _ r: LocationRelation) {
        self.init(
            incidentID: incidentID, locationIndex: locationIndex, coordinate: r.coordinate, country: r.country,
            provinceID: r.province?.id, borderDistance: r.borderDistance, segmentID: r.nearestSegment,
            side: r.side, sideBasis: r.sideBasis.rawValue, detail: RelationDetail(r))
    }
}

/// One imported row: its format-qualified key ("acled:ARM1234",
/// "ucdp:456789"), a digest of its content (to tell an unchanged row from an
/// updated one), the incident it was stored in or linked to, and the row's
/// original fields, which an export of its format writes back.
public struct ImportedRecord: Hashable, Sendable {
    public var key: String
    public var digest: String
    public var incidentID: String
    /// Nil for records without them (catalog and GeoJSON records, rows
    /// imported before schema version 4) and when not read.
    public var fields: RecordFields?
    /// Whether the store holds the row's fields, read or not.
    public var hasFields: Bool
    /// The import that last wrote the row (`ImportLog.id`); nil for rows
    /// written before imports were recorded, `thisImport` for the import being written.
    public var importID: Int?

    /// Marks a record of the import a batch is writing.
    public static let thisImport = -1

    public init(
        key: String, digest: String, incidentID: String, fields: RecordFields? = nil, hasFields: Bool? = nil,
        importID: Int? = nil
    ) {
        self.key = key
        self.digest = digest
        self.incidentID = incidentID
        self.fields = fields
        self.hasFields = hasFields ?? (fields != nil)
        self.importID = importID
    }
}

/// A stored incident that an imported row may describe too.
public struct LinkCandidate: Sendable {
    public var incident: Incident
    /// Geodesic metres from the probe to the incident's nearest location.
    public var distance: Double

    public init(incident: Incident, distance: Double) {
        self.incident = incident
        self.distance = distance
    }
}
