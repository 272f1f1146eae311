import CGEOS
import Foundation

/// One GEOS context handle and the last error GEOS reported through it.
///
/// Thread policy: a `GEOSContext` is never shared. Value-type operations use
/// the calling thread's own context (`GEOSContext.current`), created on first
/// use and finished when the thread exits; they run to completion without
/// suspending, so the context cannot change threads under them. Objects that
/// keep GEOS handles alive (`PreparedGeometry`, `SpatialIndex`) own a private
/// context and take a lock around every call, so a handle is only ever used
/// by one thread at a time. Bulk workers build their own copies instead of
/// contending for that lock.
final class GEOSContext {
    let handle: GEOSContextHandle_t
    private let sink: ErrorSink

    /// Receives GEOS's error messages for this context.
    final class ErrorSink {
        var lastMessage: String?
    }

    init() {
        guard let handle = GEOS_init_r() else { fatalError("GEOS_init_r returned NULL: out of memory") }
        self.handle = handle
        sink = ErrorSink()
        let userdata = Unmanaged.passUnretained(sink).toOpaque()
        GEOSContext_setErrorMessageHandler_r(
            handle,
            { message, userdata in
                guard let userdata, let message else { return }
                Unmanaged<ErrorSink>.fromOpaque(userdata).takeUnretainedValue().lastMessage = String(cString: message)
            }, userdata)
    }

    deinit { GEOS_finish_r(handle) }

    /// Builds the error for a failed call, with GEOS's message when it gave one.
    func error(_ operation: String) -> GeometryError {
        let message = sink.lastMessage ?? "no message from GEOS"
        sink.lastMessage = nil
        return .geos(operation: operation, message: message)
    }

    /// The calling thread's context.
    static var current: GEOSContext {
        if let existing = pthread_getspecific(threadKey) {
            return Unmanaged<GEOSContext>.fromOpaque(existing).takeUnretainedValue()
        }
        let context = GEOSContext()
        pthread_setspecific(threadKey, Unmanaged.passRetained(context).toOpaque())
        return context
    }

    /// The GEOS version string of the linked library, such as "3.11.1-CAPI-1.17.1".
    static var libraryVersion: String { String(cString: GEOSversion()) }
}

/// The key under which each thread keeps its context; its destructor
/// releases the context (and so finishes it) when the thread exits.
private let threadKey: pthread_key_t = {
    var key = pthread_key_t()
    let status = pthread_key_create(&key) { pointer in
        guard let pointer else { return }
        Unmanaged<GEOSContext>.fromOpaque(pointer).release()
    }
    precondition(status == 0, "pthread_key_create failed: \(status)")
    return key
}()
