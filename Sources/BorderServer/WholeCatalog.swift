import Foundation

/// The service over the whole store, for what a store-backed server cannot
/// answer from what it reads of the store (`/stats`, the settlements' and
/// provinces' counts of a store related with other geodata than the
/// server's): loaded once, on a thread of its own, when first needed; until it is ready each such request is told to come back
/// (`ServiceUnavailable`, answered 503 with Retry-After). A failed load is
/// tried again by the next request.
final class WholeCatalog: @unchecked Sendable {
    private enum State {
        case idle
        case loading
        case ready(OGCService)
    }

    private let lock = NSLock()
    private var state = State.idle
    private var failure: String?
    private let load: @Sendable () throws -> OGCService

    init(load: @escaping @Sendable () throws -> OGCService) { self.load = load }

    /// The whole service when loaded; else starts loading it (once) and throws.
    func service() throws -> OGCService {
        lock.lock()
        defer { lock.unlock() }
        switch state {
        case let .ready(service): return service
        case .loading: throw ServiceUnavailable("the whole store is being read for this answer; try again shortly")
        case .idle:
            state = .loading
            let previous = failure
            Thread.detachNewThread { [self] in
                let loaded = Result { try load() }
                lock.lock()
                defer { lock.unlock() }
                switch loaded {
                case let .success(service): state = .ready(service)
                case let .failure(error):
                    state = .idle
                    failure = "\(error)"
                }
            }
            throw ServiceUnavailable(
                "the whole store is being read for this answer; try again shortly"
                    + (previous.map { " (the last attempt failed: \($0))" } ?? ""))
        }
    }
}
