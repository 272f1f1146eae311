import BorderExchange
import BorderGeodata
import BorderIncidents
import BorderQueries
import Foundation
import GeometryCore

/// The store as the commands and the server use it: where it is, creating
/// it from the bundled data, reading it back as a `RelatedCatalog`, and the
/// rows an export writes.
public enum StoreCatalog {
    /// `$BORDERWATCH_STORE`, else `borderwatch.gpkg` in the working directory.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment["BORDERWATCH_STORE"], !path.isEmpty { return path }
        return "borderwatch.gpkg"
    }

    /// Creates the store at `path` from `geodata` and `catalog`: built in a
    /// temporary file beside it and moved into place when complete, so a
    /// failed or killed creation leaves no store behind.
    public static func create(at path: String, geodata: Geodata, catalog: Catalog) async throws {
        try await buildGeoPackage(at: path) { store in
            try await store.writeReference(geodata)
            _ = try await EventImporter(relater: Relater(geodata: geodata)).run(CatalogRecords.records(catalog), into: store)
        }
    }

    /// A new GeoPackage store filled by `fill` in a temporary file beside
    /// `path` and moved into place once complete; on failure nothing is left.
    static func buildGeoPackage(at path: String, _ fill: (GeoPackageStore) async throws -> Void) async throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary.path + suffix) }
        do {
            let store = try await GeoPackageStore.open(path: temporary.path)
            try await fill(store)
            try store.close()
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary.path + suffix) }
            guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary.path + suffix) }
            throw error
        }
    }

    /// Creates the store when missing; else brings the bundled catalog's
    /// changes into it (an idempotent catalog import: only changed incidents are written).
    public static func prepare(at path: String, geodata: Geodata, catalog: Catalog) async throws {
        guard FileManager.default.fileExists(atPath: path) else { return try await create(at: path, geodata: geodata, catalog: catalog) }
        _ = try await EventImporter(relater: Relater(geodata: geodata))
            .run(CatalogRecords.records(catalog), into: try await GeoPackageStore.open(path: path))
    }

    /// The stored catalog with every incident related (the same `Relater`
    /// as `relate`, so every query answers as it does on the bundled catalog).
    public static func related(from store: some EventStore, geodata: Geodata) async throws -> RelatedCatalog {
        let catalog = try await store.catalog(), relater = Relater(geodata: geodata)
        return try RelatedCatalog(catalog: catalog, relater: relater,
                                  relations: BulkRelater(relater: relater).relations(for: catalog.incidents))
    }

    /// One exported event per stored incident (at its first location, with
    /// the stored relation), and the sources by id.
    public static func exportedEvents(_ store: some EventStore, geodata: Geodata) async throws
        -> (events: [ExportedEvent], sources: [String: SourceReport]) {
        let catalog = try await store.catalog()
        var first: [String: StoredRelation] = [:]
        for r in try await store.relations() where r.locationIndex == 0 { first[r.incidentID] = r }
        let events = catalog.incidents.compactMap { i -> ExportedEvent? in
            guard let r = first[i.id] else { return nil }
            return ExportedEvent(incident: i, coordinate: r.coordinate, country: r.country,
                                 province: r.provinceID.flatMap { geodata.province(id: $0)?.name })
        }
        return (events, Dictionary(catalog.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }))
    }
}

extension StoreCatalog {
    /// The incidents `query` could match, related: the store selects them
    /// with its indexes when it can (`EventStore.incidentIDs(matching:)`),
    /// else every stored incident. Running `query` on the result gives the
    /// same hits as running it on the whole related store.
    public static func related(for query: IncidentQuery, from store: some EventStore, geodata: Geodata) async throws -> RelatedCatalog {
        let relater = Relater(geodata: geodata)
        let selection = try StoreSelection(query, geodata: geodata, gazetteer: relater.gazetteer)
        guard let ids = try await store.incidentIDs(matching: selection) else { return try await related(from: store, geodata: geodata) }
        let catalog = try await store.catalog(only: ids)
        return try RelatedCatalog(catalog: catalog, relater: relater,
                                  relations: BulkRelater(relater: relater).relations(for: catalog.incidents))
    }

    /// Writes a new GeoPackage store at `path` holding everything `store`
    /// holds (reference layers from `geodata`), built beside it and moved into place.
    public static func copy(from store: some EventStore, toGeoPackage path: String, geodata: Geodata) async throws {
        try await buildGeoPackage(at: path) { copy in
            try await copy.writeReference(geodata)
            let catalog = try await store.catalog()
            try await copy.write(StoreBatch(sources: catalog.sources, incidents: catalog.incidents, relations: try await store.relations(),
                                            records: Array(try await store.importedRecords().values).sorted { $0.key < $1.key }))
        }
    }
}
