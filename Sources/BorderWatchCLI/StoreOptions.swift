import ArgumentParser
import BorderEventStore
import BorderGeodata
import BorderIncidents
import BorderPostGIS
import BorderQueries
import BorderStore
import BorderStores
import Dispatch
import Foundation

/// `--store PATH|URL`: the store a command reads or writes: a GeoPackage
/// file, or a PostGIS database given as `postgresql://user@host:port/db`
/// (default `$BORDERWATCH_STORE`, else `borderwatch.gpkg` here).
struct StoreOptions: ParsableArguments {
    @Option(
        help: """
            The store: a GeoPackage file, or PostGIS as postgresql://[user@]host[:port]/database[?schema=NAME&sslmode=MODE] \
            with the password in ~/.pgpass, a service file (postgresql://?service=NAME) or $PGPASSWORD, never in the URL \
            (default: $BORDERWATCH_STORE, else ./borderwatch.gpkg).
            """)
    var store: String?

    @Option(
        name: .customLong("theatre"),
        help: """
            A theatre pack to load (repeatable; e.g. am-az, kg-tj). Default: $BORDERWATCH_THEATRES, else every \
            installed pack.
            """)
    var theatres: [String] = []

    /// Checks `--theatre` against the installed packs and makes it the
    /// selection every loader of this process uses; warns, once per command,
    /// when the URL itself carries a password: the process list shows
    /// command lines to every user of the machine.
    func validate() throws {
        try TheatreSelection.apply(theatres)
        guard isPostgres, let location = try? PostgresLocation(url: path), location.carriesPassword else { return }
        FileHandle.standardError.write(
            Data(
                """
                warning: the password in --store is visible to every user of this machine in the process list; \
                put it in ~/.pgpass, a service file or $PGPASSWORD instead\n
                """.utf8))
    }

    var path: String { store ?? StoreCatalog.defaultPath() }
    var isPostgres: Bool { PostgresLocation.isURL(path) }
    /// A database is always there to connect to; a file may not be yet.
    var exists: Bool { isPostgres || FileManager.default.fileExists(atPath: path) }
    /// The store for messages (a URL without its password).
    var displayName: String { Stores.displayName(path) }

    /// The catalog, related: from the store when it exists (created first
    /// when `create` is set, and then brought up to date with the bundled
    /// catalog's changes), else the bundled catalog.
    /// A command that only reads never creates or changes a store: without
    /// `create`, a missing store (no file, no schema) gives the bundled catalog.
    func related(create: Bool = false) throws -> RelatedCatalog {
        if !exists && !create { return try BundledData.related() }
        let (path, name, relater) = (self.path, displayName, try BundledData.related().relater)
        let stored: RelatedCatalog? = try withStore { geodata, catalog in
            if create {
                try await Stores.prepare(path, geodata: geodata, catalog: try catalog())
                return try await StoreCatalog.related(
                    from: try await Stores.open(path, geodata: geodata, catalog: try catalog()), relater: relater)
            }
            guard let store = try await Stores.openForReading(path) else { return nil }
            try await StaleStoreWarning.check(store, name: name)
            return try await StoreCatalog.related(from: store, relater: relater)
        }
        guard let stored else { return try BundledData.related() }
        return TheatreSelection.isRestricted ? try stored.inLoadedTheatres() : stored
    }

    /// What `query` can match, related: either store selects the candidates
    /// with its indexes (a GeoPackage's R-tree, PostGIS's GiST), so a large
    /// store is never read whole for one query; no store gives the bundled catalog.
    /// `readAhead` is what `readingAhead(_:)` started, used when its selection is the query's.
    func related(for query: IncidentQuery, readAhead: ReadAhead? = nil) throws -> RelatedCatalog {
        guard exists else { return try BundledData.related() }
        let (path, name, relater) = (self.path, displayName, try BundledData.related().relater)
        let stored: RelatedCatalog? = try withStore { _, _ in
            guard let store = try await Stores.openForReading(path) else { return nil }
            try await StaleStoreWarning.check(store, name: name)
            let early = try? await readAhead?.value
            return try await StoreCatalog.related(for: query, from: store, relater: relater, readAhead: early ?? nil)
        }
        guard let stored else { return try BundledData.related() }
        return TheatreSelection.isRestricted ? try stored.inLoadedTheatres() : stored
    }

    /// A selection being read from the store while the bundled packs load.
    typealias ReadAhead = Task<(selection: StoreSelection, read: StoreCatalog.Selected?)?, any Error>

    /// Starts reading what a GeoPackage store selects for the query `query`
    /// makes before the packs are loaded (its selection must need none); nil
    /// when there is no such store. The read gives nil when there is no such
    /// query, or when it constrains nothing (the store is then read whole, once).
    func readingAhead(_ query: @escaping @Sendable () -> IncidentQuery?) -> ReadAhead? {
        readAhead { open in
            guard let selection = query().flatMap(StoreSelection.init(unresolved:)), selection != StoreSelection(),
                let store = try await open()
            else { return nil }
            return (selection, try await StoreCatalog.selected(selection, from: store))
        }
    }

    /// Starts `read` on a task of its own while the bundled packs load (so
    /// it must need none of them), with a way to open a GeoPackage store for
    /// reading; nil when there is no such store (none yet, or PostGIS). The
    /// task gives what `read` gives.
    func readAhead<T: Sendable>(
        _ read: @escaping @Sendable (_ open: @Sendable () async throws -> (any EventStore)?) async throws -> T?
    ) -> Task<T?, any Error>? {
        guard exists, !isPostgres else { return nil }
        let path = self.path
        return Task { try await read { try await Stores.openForReading(path) } }
    }

    /// Opens the store for reading only; nil when there is none yet. A
    /// stale store says so on standard error, unless `warnIfStale` is off.
    func openForReading(warnIfStale: Bool = true) throws -> (any EventStore)? {
        let (path, name) = (self.path, displayName)
        return try withStore { _, _ in
            let store = try await Stores.openForReading(path)
            if warnIfStale, let store { try await StaleStoreWarning.check(store, name: name) }
            return store
        }
    }

    /// Opens an existing store for writing (bringing its schema forward); an error when there is none.
    func openExisting() throws -> any EventStore {
        guard exists else {
            throw CLIError.badInput("there is no store at \(displayName) (`borderwatch run` makes one)")
        }
        return try open()
    }

    /// Opens the store, creating it from the bundled data when missing.
    func open() throws -> any EventStore {
        let path = self.path
        return try withStore { geodata, catalog in try await Stores.open(path, geodata: geodata, catalog: try catalog())
        }
    }

    /// Runs store work with the bundled geodata and catalog at hand; any
    /// failure becomes one line and exit code 2.
    private func withStore<T: Sendable>(
        _ work: @escaping @Sendable (Geodata, @Sendable () throws -> Catalog) async throws -> T
    ) throws -> T {
        let name = displayName
        do {
            let geodata = try BundledData.geodata()
            let catalog: @Sendable () throws -> Catalog = {
                guard let dir = Geodata.bundledDirectory() else { throw GeodataError.missingLayer("geodata/") }
                return try CatalogReader.readBundled(in: dir)
            }
            return try blocking { try await work(geodata, catalog) }
        } catch let error as CLIError { throw error } catch let error as PostGISError {
            throw CLIError.badInput(error.description)
        } catch {
            throw CLIError.badInput("cannot read the store \(name): \(error)")
        }
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
