import BorderQueries
import Foundation

/// Where the server gets the `OGCService` that answers a request: a fixed
/// one (a GeoPackage store or the bundled catalog, read once at start), or
/// one that follows a database (`ReloadingService`).
public protocol ServiceSource: Sendable {
    /// The service to answer with now; throws `ServiceUnavailable` when the
    /// data cannot be reached (answered 503 with Retry-After).
    func current() async throws -> OGCService
}

extension OGCService: ServiceSource {
    public func current() async throws -> OGCService { self }
}

/// The data behind the server cannot be reached right now.
public struct ServiceUnavailable: Error, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
    public init(_ reason: String) { self.reason = reason }
}

/// Follows a store that others write (PostGIS, perhaps a streaming replica
/// of the primary that imports write to): at most every `interval` a
/// request asks the store for its revision, and a new revision loads and
/// relates the catalog again. While the database cannot be reached every
/// request is answered 503; the first check that succeeds serves again. A
/// reload happens once however many requests are waiting for it.
public actor ReloadingService: ServiceSource {
    public typealias Revision = @Sendable () async throws -> Int?
    public typealias Load = @Sendable () async throws -> RelatedCatalog

    private let revision: Revision
    private let load: Load
    private let interval: Duration
    private let clock = ContinuousClock()
    private var service: OGCService?
    private var loadedRevision: Int?
    private var lastCheck: ContinuousClock.Instant?
    private var failure: ServiceUnavailable?
    private var checking: Task<Void, Never>?

    public init(interval: Duration = .milliseconds(250), revision: @escaping Revision, load: @escaping Load) {
        self.interval = interval
        self.revision = revision
        self.load = load
    }

    public func current() async throws -> OGCService {
        if lastCheck.map({ clock.now - $0 >= interval }) ?? true {
            if checking == nil {
                let task = Task { await self.check() }
                checking = task
            }
            await checking?.value
        }
        if let failure { throw failure }
        guard let service else { throw ServiceUnavailable("the store has not been read yet") }
        return service
    }

    private func check() async {
        defer {
            lastCheck = clock.now
            checking = nil
        }
        do {
            let now = try await revision()
            if service == nil || now != loadedRevision {
                let related = try await load()
                service = try OGCService(related: related)
                loadedRevision = now
            }
            failure = nil
        } catch {
            failure = ServiceUnavailable("the store cannot be read: \(error)")
        }
    }
}
