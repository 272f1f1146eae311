import ArgumentParser
import BorderEventStore
import BorderIncidents
import BorderGeodata
import BorderPostGIS
import BorderQueries
import BorderServer
import BorderStore
import BorderStores
import Foundation

/// `borderwatch serve`: OGC API – Features and the map page over HTTP.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the catalog and geodata over OGC API – Features, with a map page at /.",
        discussion: """
            Reads the store when it exists (--store), else the bundled catalog. Read-only.
            Binds to 127.0.0.1 unless --host says otherwise. Stops cleanly on Ctrl-C (SIGINT) or SIGTERM.
              borderwatch serve --port 8080
              ogrinfo OAPIF:http://127.0.0.1:8080
            """
    )

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one and prints it).")
    var port = 8080

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        guard (0...65535).contains(port) else { throw CLIError.badInput("--port \(port): expected 0 to 65535") }
        let (host, port) = (host, port)
        let announce: @Sendable (Int) async -> Void = { bound in
            FileHandle.standardOutput.write(
                Data("serving http://\(host):\(bound)/ (OGC API – Features; the map at /)\n".utf8))
        }
        if storeOptions.isPostgres { return try serveFollowing(host: host, port: port, announce: announce) }
        let service: OGCService
        do { service = try pagedService() ?? OGCService(related: try storeOptions.related()) } catch let e as CLIError {
            throw e
        } catch {
            throw CLIError.badInput("cannot prepare the collections: \(error)")
        }
        do { try blocking { try await HTTPServer.run(service, host: host, port: port, onRunning: announce) } } catch {
            throw CLIError.badInput("cannot serve on \(host):\(port): \(error)")
        }
    }

    /// A GeoPackage store is answered page by page (`OGCService(store:reference:)`): ready in seconds
    /// and bounded in memory whatever its size. Nil without one, or when only some theatres are loaded
    /// (then the store is read whole and kept to those theatres).
    private func pagedService() throws -> OGCService? {
        guard !storeOptions.isPostgres, storeOptions.exists, !TheatreSelection.isRestricted,
            let store = try storeOptions.openForReading() as? GeoPackageStore
        else { return nil }
        let relater = try BundledData.related().relater
        let reference = try RelatedCatalog(
            catalog: Catalog(sources: [], incidents: []), relater: relater, relations: [])
        return try OGCService(
            store: GeoPackageIncidentReader(store: store, relater: relater, geodataDigest: GeodataDigest.bundled),
            reference: reference)
    }

    /// Serves a PostGIS store (a primary or a streaming replica), following
    /// its changes and answering 503 while it cannot be reached. It must be
    /// reachable, with BorderWatch's schema, at start.
    private func serveFollowing(host: String, port: Int, announce: @escaping @Sendable (Int) async -> Void) throws {
        let location = storeOptions.path
        let relater = try BundledData.related().relater
        do {
            try blocking {
                guard let store = try await Stores.openForReading(location) else {
                    throw ServiceUnavailable(
                        "there is no BorderWatch store in \(Stores.displayName(location)) yet: import into it first")
                }
                let source = ReloadingService(
                    revision: { try await store.revision() },
                    load: { try await StoreCatalog.related(from: store, relater: relater) })
                _ = try await source.current()
                try await HTTPServer.run(source, host: host, port: port, onRunning: announce)
            }
        } catch let e as ServiceUnavailable { throw CLIError.badInput(e.reason) } catch {
            throw CLIError.badInput("cannot serve \(storeOptions.displayName) on \(host):\(port): \(error)")
        }
    }
}
