import BorderEventStore
import BorderIncidents
import GRDB

/// Incidents read by id in one transaction, with the rows they were stored
/// at, their stored relations and the sources they cite: part of a
/// selection, merged with the others into catalog order.
struct SelectedPart {
    var incidents: [(fid: Int64, incident: Incident)] = []
    var relations: [StoredRelation] = []
    var sources: [(fid: Int64, source: SourceReport)] = []
    /// Each slice of ids is read in row order; two or more are not, together.
    private(set) var slices = 0

    init(_ db: Database, only ids: [String], withRelations: Bool) throws {
        for slice in GeoPackageRows.slices(ids) {
            slices += 1
            let read = try GeoPackageIncidentReads(db, ids: slice, withRelations: withRelations)
            incidents += zip(read.fids, read.incidents).map { ($0, $1) }
            relations += read.relations
        }
        sources = try GeoPackageRows.sourcesWithRows(db, ids: Array(Set(incidents.flatMap(\.incident.sources))))
    }

    /// The parts as one selection: incidents and sources in the order first written, each source once.
    static func merged(_ parts: [SelectedPart]) -> (catalog: Catalog, relations: [StoredRelation]) {
        var incidents = parts.flatMap(\.incidents)
        var sources = parts.flatMap(\.sources)
        if parts.map(\.slices).reduce(0, +) > 1 {
            incidents.sort { $0.fid < $1.fid }
        }
        if parts.count > 1 {
            // A source cited in two parts is in both.
            sources.sort { $0.fid < $1.fid }
            var seen = Set<Int64>()
            sources.removeAll { !seen.insert($0.fid).inserted }
        }
        return (
            Catalog(sources: sources.map(\.source), incidents: incidents.map(\.incident)), parts.flatMap(\.relations)
        )
    }
}
