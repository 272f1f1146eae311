import BorderGeodata
import BorderIncidents
import BorderQueries

/// Relations made for storing, and read back from a store without relating again.
public enum StoredRelations {
    /// How many incidents are related between two progress reports.
    static let chunk = 50_000

    /// The relation of every location of `incidents`, on all cores, each
    /// through `Relater.relate` (so a stored relation is the live one).
    /// `progress` gets the fraction done.
    public static func relate(
        _ incidents: [Incident], relater: Relater, progress: ((Double) -> Void)? = nil
    ) throws -> [StoredRelation] {
        try relate(incidents, bulk: BulkRelater(relater: relater), progress: progress)
    }

    /// `relate(_:relater:progress:)` through `bulk`, whose workers may be kept across calls.
    public static func relate(
        _ incidents: [Incident], bulk: BulkRelater, progress: ((Double) -> Void)? = nil
    ) throws -> [StoredRelation] {
        var relations: [StoredRelation] = []
        for start in stride(from: 0, to: incidents.count, by: chunk) {
            progress?(Double(start) / Double(incidents.count))
            let part = Array(incidents[start..<min(incidents.count, start + chunk)])
            let related: [IncidentRelation]
            do { related = try bulk.relations(for: part) } catch let error as BulkRelater.IncidentError {
                throw RelatingError(incident: error.incidentID, reason: error.underlying.description)
            }
            for r in related {
                relations += r.locations.enumerated().map {
                    StoredRelation(incidentID: r.incident.id, locationIndex: $0, $1)
                }
            }
        }
        progress?(1)
        return relations
    }

    /// The related catalog from stored relations: no location is related
    /// again unless its row predates the stored detail or names a province,
    /// settlement or segment `relater`'s geodata no longer holds (a stale
    /// store); those incidents, and only they, are related afresh.
    public static func related(_ catalog: Catalog, stored: [StoredRelation], relater: Relater) throws
        -> RelatedCatalog
    {
        let byIncident = Dictionary(grouping: stored, by: \.incidentID)
        var relations: [IncidentRelation?] = []
        var missing: [Int] = []
        for (k, incident) in catalog.incidents.enumerated() {
            let relation = rebuild(incident, from: byIncident[incident.id] ?? [], geodata: relater.geodata)
            if relation == nil { missing.append(k) }
            relations.append(relation)
        }
        if !missing.isEmpty {
            let fresh = try BulkRelater(relater: relater).relations(for: missing.map { catalog.incidents[$0] })
            for (k, r) in zip(missing, fresh) { relations[k] = r }
        }
        return try RelatedCatalog(catalog: catalog, relater: relater, relations: relations.map { $0! })
    }

    /// One incident's relation from its stored rows, nil unless every location has a readable one.
    static func rebuild(_ incident: Incident, from rows: [StoredRelation], geodata: Geodata) -> IncidentRelation? {
        let byIndex = Dictionary(rows.map { ($0.locationIndex, $0) }, uniquingKeysWith: { _, b in b })
        var locations: [LocationRelation] = []
        for (k, l) in incident.locations.enumerated() {
            guard let r = byIndex[k]?.locationRelation(for: l, geodata: geodata) else { return nil }
            locations.append(r)
        }
        return IncidentRelation(incident: incident, locations: locations)
    }
}
