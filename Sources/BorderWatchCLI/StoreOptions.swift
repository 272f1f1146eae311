import ArgumentParser
import BorderGeodata
import BorderIncidents
import BorderQueries
import BorderStore
import Dispatch
import Foundation

/// `--store PATH`: the GeoPackage store a command reads or writes
/// (default `$BORDERWATCH_STORE`, else `borderwatch.gpkg` here).
struct StoreOptions: ParsableArguments {
    @Option(help: "The GeoPackage store (default: $BORDERWATCH_STORE, else ./borderwatch.gpkg).")
    var store: String?

    var path: String { store ?? StoreCatalog.defaultPath() }
    var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// The catalog, related: from the store when it exists (created first
    /// when `create` is set, and then brought up to date with the bundled
    /// catalog's changes), else the bundled catalog.
    func related(create: Bool = false) throws -> RelatedCatalog {
        if !exists && !create { return try BundledData.related() }
        let path = self.path
        do {
            let geodata = try Geodata.loadBundled()
            return try blocking {
                if create {
                    guard let dir = Geodata.bundledDirectory() else { throw GeodataError.missingLayer("geodata/") }
                    try await StoreCatalog.prepare(at: path, geodata: geodata, catalog: try CatalogReader.readBundled(in: dir))
                }
                return try await StoreCatalog.related(from: try await GeoPackageStore.open(path: path), geodata: geodata)
            }
        } catch let error as CLIError { throw error } catch {
            throw CLIError.badInput("cannot read the store \(path): \(error)")
        }
    }

    /// Opens the store, creating it from the bundled data when missing.
    func open() throws -> GeoPackageStore {
        if !exists { _ = try related(create: true) }
        let path = self.path
        return try blocking { try await GeoPackageStore.open(path: path) }
    }
}

/// Runs async library code from a synchronous command.
func blocking<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
    let done = DispatchSemaphore(value: 0)
    let box = ResultBox<T>()
    Task {
        do { box.result = .success(try await work()) } catch { box.result = .failure(error) }
        done.signal()
    }
    done.wait()
    return try box.result!.get()
}

private final class ResultBox<T>: @unchecked Sendable {
    // Written once by the task before the semaphore is signalled, read after the wait.
    var result: Result<T, any Error>?
}
