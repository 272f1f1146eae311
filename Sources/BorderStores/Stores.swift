import BorderExchange
import BorderGeodata
import BorderIncidents
import BorderQueries
import BorderEventStore
import BorderPostGIS
import BorderStore
import Foundation

/// Opening a store by what the user typed: a `postgresql://` URL is a
/// PostGIS store, anything else a GeoPackage file. Commands and the server
/// both come through here.
public enum Stores {
    /// The store named, without password, for messages.
    public static func displayName(_ location: String) -> String {
        PostgresLocation.isURL(location)
            ? ((try? PostgresLocation(url: location))?.description ?? PostgresLocation.redacted(location))
            : location
    }

    /// Opens the store, creating or upgrading its schema. A new PostGIS
    /// schema is filled with `geodata`'s reference layers and `catalog`, as
    /// a new GeoPackage file is (`StoreCatalog.create`).
    public static func open(_ location: String, geodata: Geodata, catalog: @autoclosure () throws -> Catalog)
        async throws -> any EventStore
    {
        guard PostgresLocation.isURL(location) else {
            if !FileManager.default.fileExists(atPath: location) {
                try await StoreCatalog.create(at: location, geodata: geodata, catalog: try catalog())
            }
            return try await GeoPackageStore.open(path: location)
        }
        return try await openPostGIS(location, geodata: geodata, catalog: catalog, importCatalog: false)
    }

    /// Opens a PostGIS store, filling what it lacks; with `importCatalog`
    /// the catalog is imported even into a store that holds events (the
    /// import is idempotent), and once only into a new one.
    private static func openPostGIS(
        _ location: String, geodata: Geodata, catalog: () throws -> Catalog,
        importCatalog: Bool
    ) async throws -> PostGISStore {
        let store = try await PostGISStore.open(try PostgresLocation(url: location))
        // Each step is its own transaction; one interrupted is done again on the next open.
        let (hasReference, hasEvents) = try await store.contents()
        if !hasReference { try await store.writeReference(geodata) }
        if importCatalog || !hasEvents {
            _ = try await EventImporter(relater: Relater(geodata: geodata)).run(
                CatalogRecords.records(try catalog()), into: store, label: "catalog (bundled)")
        }
        return store
    }

    /// Opens the store for reading only, writing nothing: a GeoPackage file
    /// read-only, a PostGIS replica (which refuses writes) or primary as it
    /// is. nil when there is no store yet (no file, no schema): the caller
    /// reads the bundled catalog. A store of another schema version, or
    /// something that is not BorderWatch's, is an error.
    public static func openForReading(_ location: String) async throws -> (any EventStore)? {
        guard PostgresLocation.isURL(location) else {
            guard FileManager.default.fileExists(atPath: location) else { return nil }
            if case .new = try StoreFileCheck.inspect(location) { return nil }
            return try GeoPackageStore.openForReading(path: location)
        }
        return try await PostGISStore.openReadOnly(try PostgresLocation(url: location))
    }

    /// The bundled catalog's changes brought into the store (creating it when missing), as `run` does.
    public static func prepare(_ location: String, geodata: Geodata, catalog: Catalog) async throws {
        guard PostgresLocation.isURL(location) else {
            return try await StoreCatalog.prepare(at: location, geodata: geodata, catalog: catalog)
        }
        _ = try await openPostGIS(location, geodata: geodata, catalog: { catalog }, importCatalog: true)
    }
}
