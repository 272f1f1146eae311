import BorderExchange
import BorderGeodata
import BorderIncidents
import BorderQueries
import GeometryCore

/// The store as the commands and the server use it, whatever its kind:
/// reading it back as a `RelatedCatalog`, and the rows an export writes.
/// (Creating a GeoPackage store is in `BorderStore`; opening either kind by
/// what the user typed is `Stores`.)
public enum StoreCatalog {
    /// The stored catalog with the relations stored on import (what
    /// `Relater` gave then, so every query answers as it does on the bundled
    /// catalog); nothing is related again (see `StoredRelations.related`).
    public static func related(from store: some EventStore, geodata: Geodata) async throws -> RelatedCatalog {
        try await related(from: store, relater: Relater(geodata: geodata))
    }

    /// The same with a relater the caller already has (building one builds a gazetteer).
    public static func related(from store: some EventStore, relater: Relater) async throws -> RelatedCatalog {
        try StoredRelations.related(try await store.catalog(), stored: try await store.relations(), relater: relater)
    }

    /// One exported event per stored incident (at its first location, with
    /// the stored relation and the original fields of the rows imported
    /// into it), and the sources by id.
    public static func exportedEvents(_ store: some EventStore, geodata: Geodata) async throws
        -> (events: [ExportedEvent], sources: [String: SourceReport])
    {
        let catalog = try await store.catalog()
        var first: [String: StoredRelation] = [:]
        for r in try await store.relations() where r.locationIndex == 0 { first[r.incidentID] = r }
        var originals: [String: [String: RecordFields]] = [:]
        for r in try await store.importedRecords(withFields: true).values {
            if let fields = r.fields { originals[r.incidentID, default: [:]][r.key] = fields }
        }
        let events = catalog.incidents.compactMap { i -> ExportedEvent? in
            guard let r = first[i.id] else { return nil }
            return ExportedEvent(
                incident: i, coordinate: r.coordinate, country: r.country,
                province: r.provinceID.flatMap { geodata.province(id: $0)?.name }, originals: originals[i.id] ?? [:])
        }
        return (events, Dictionary(catalog.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }))
    }

    /// The incidents `query` could match, related: the store selects them
    /// with its indexes when it can (`EventStore.incidentIDs(matching:)`),
    /// else every stored incident. Running `query` on the result gives the
    /// same hits as running it on the whole related store.
    /// `readAhead`, a selection already read (`selected(_:from:)`), is used when it is this query's.
    public static func related(
        for query: IncidentQuery, from store: some EventStore, relater: Relater,
        readAhead: (selection: StoreSelection, read: Selected?)? = nil
    ) async throws -> RelatedCatalog {
        let selection = try StoreSelection(query, geodata: relater.geodata, gazetteer: relater.gazetteer)
        let read = try await readAhead?.selection == selection ? readAhead?.read : selected(selection, from: store)
        // A query that constrains nothing reads the store whole, in one pass.
        guard let read else { return try await related(from: store, relater: relater) }
        return try StoredRelations.related(read.catalog, stored: read.relations, relater: relater)
    }

    /// Incidents as stored, the sources they cite and their stored relations.
    public typealias Selected = (catalog: Catalog, relations: [StoredRelation])

    /// What `store` selects with its indexes for `selection`; nil when the
    /// selection constrains nothing or the store cannot select.
    public static func selected(_ selection: StoreSelection, from store: some EventStore) async throws -> Selected? {
        guard selection != StoreSelection(), let ids = try await store.incidentIDs(matching: selection) else {
            return nil
        }
        return try await store.selected(only: ids)
    }

    /// One exported event per related incident with a located place (at its
    /// first location), and the sources by id: an export of the bundled
    /// catalog when there is no store.
    public static func exportedEvents(_ related: RelatedCatalog) -> (
        events: [ExportedEvent], sources: [String: SourceReport]
    ) {
        let events = related.relations.compactMap { r -> ExportedEvent? in
            guard let first = r.locations.first else { return nil }
            return ExportedEvent(
                incident: r.incident, coordinate: first.coordinate, country: first.country,
                province: first.province?.name)
        }
        return (events, Dictionary(related.catalog.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }))
    }
}
