import BorderEventStore
import BorderExchange
import BorderGeodata
import BorderIncidents
import BorderQueries
import Foundation
import GeometryCore

/// The GeoPackage store's part: where it is by default, creating it from
/// the bundled data, and copying any store into a new file.
extension StoreCatalog {
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
            _ = try await EventImporter(relater: Relater(geodata: geodata)).run(
                CatalogRecords.records(catalog), into: store, label: "catalog (bundled)")
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
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary.path + suffix) }
            throw error
        }
    }

    /// Creates the store when missing; else brings the bundled catalog's
    /// changes into it (an idempotent catalog import: only changed incidents are written).
    public static func prepare(at path: String, geodata: Geodata, catalog: Catalog) async throws {
        guard FileManager.default.fileExists(atPath: path) else {
            return try await create(at: path, geodata: geodata, catalog: catalog)
        }
        _ = try await EventImporter(relater: Relater(geodata: geodata))
            .run(
                CatalogRecords.records(catalog), into: try await GeoPackageStore.open(path: path),
                label: "catalog (bundled)")
    }
}

extension StoreCatalog {
    /// Writes a new GeoPackage store at `path` holding everything `store`
    /// holds (reference layers from `geodata`), built beside it and moved into place.
    public static func copy(from store: some EventStore, toGeoPackage path: String, geodata: Geodata) async throws {
        try await buildGeoPackage(at: path) { copy in
            try await copy.writeReference(geodata)
            let catalog = try await store.catalog()
            try await copy.write(
                StoreBatch(
                    sources: catalog.sources, incidents: catalog.incidents, relations: try await store.relations(),
                    records: Array(try await store.importedRecords(withFields: true).values)
                        .sorted { $0.key < $1.key }))
            // The copy's relations are the store's: so is the geodata they were made with.
            if let digest = try await store.info().geodataDigest {
                try await copy.recordDigest(digest)
            }
        }
    }
}
