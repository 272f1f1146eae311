import CPROJ
import Foundation

/// A PROJ transformation between two coordinate reference systems.
///
/// Geographic CRSs are always taken in longitude/latitude order, whatever
/// their EPSG axis order says (`proj_normalize_for_visualization`). The
/// object owns its PROJ context and serialises calls with a lock, so it may
/// be shared; every PROJ object it creates is destroyed exactly once.
public final class CoordinateTransform: @unchecked Sendable {
    public let source: String
    public let target: String
    private let context: OpaquePointer
    private let transform: OpaquePointer
    private let lock = NSLock()

    /// A transform between two CRSs given as anything PROJ accepts:
    /// `"EPSG:4326"`, a PROJ string or WKT.
    public init(from source: String, to target: String) throws(GeometryError) {
        self.source = source
        self.target = target
        guard let context = proj_context_create() else { throw .proj(operation: "context", message: "out of memory") }
        guard let raw = proj_create_crs_to_crs(context, source, target, nil) else {
            let message = Self.message(context)
            proj_context_destroy(context)
            throw .proj(operation: "create \(source) → \(target)", message: message)
        }
        let normalized = proj_normalize_for_visualization(context, raw)
        proj_destroy(raw)
        guard let normalized else {
            let message = Self.message(context)
            proj_context_destroy(context)
            throw .proj(operation: "normalize \(source) → \(target)", message: message)
        }
        self.context = context
        self.transform = normalized
    }

    /// A transform between two EPSG codes.
    public convenience init(fromEPSG source: Int, toEPSG target: Int) throws(GeometryError) {
        try self.init(from: "EPSG:\(source)", to: "EPSG:\(target)")
    }

    deinit {
        proj_destroy(transform)
        proj_context_destroy(context)
    }

    /// Transforms (x, y) pairs in place; for geographic CRSs x is longitude.
    public func forward(_ points: inout [(x: Double, y: Double)]) throws(GeometryError) {
        try run(&points, direction: PJ_FWD)
    }

    public func inverse(_ points: inout [(x: Double, y: Double)]) throws(GeometryError) {
        try run(&points, direction: PJ_INV)
    }

    public func forward(x: Double, y: Double) throws(GeometryError) -> (x: Double, y: Double) {
        try single(x, y, PJ_FWD)
    }

    public func inverse(x: Double, y: Double) throws(GeometryError) -> (x: Double, y: Double) {
        try single(x, y, PJ_INV)
    }

    /// One point without the arrays of the bulk path: this is on the hot
    /// path of every border distance.
    private func single(_ x: Double, _ y: Double, _ direction: PJ_DIRECTION) throws(GeometryError) -> (
        x: Double, y: Double
    ) {
        lock.lock()
        let r = proj_trans(transform, direction, proj_coord(x, y, 0, 0))
        let errno = proj_errno(transform)
        if errno != 0 { proj_errno_reset(transform) }
        lock.unlock()
        guard errno == 0, r.xy.x.isFinite, r.xy.y.isFinite else {
            throw .proj(operation: "transform", message: "(\(x), \(y)) has no image (error \(errno))")
        }
        return (r.xy.x, r.xy.y)
    }

    private func run(_ points: inout [(x: Double, y: Double)], direction: PJ_DIRECTION) throws(GeometryError) {
        guard !points.isEmpty else { return }
        var xs = points.map(\.x), ys = points.map(\.y)
        lock.lock()
        let failures = proj_trans_generic(
            transform, direction,
            &xs, MemoryLayout<Double>.stride, xs.count,
            &ys, MemoryLayout<Double>.stride, ys.count,
            nil, 0, 0, nil, 0, 0)
        let errno = proj_errno(transform)
        let message = errno != 0 ? String(cString: proj_context_errno_string(context, errno)) : ""
        if errno != 0 { proj_errno_reset(transform) }
        lock.unlock()
        guard errno == 0, failures == 0 || failures == xs.count else {
            throw .proj(operation: "transform", message: message.isEmpty ? "\(failures) points failed" : message)
        }
        for i in points.indices {
            guard xs[i].isFinite, ys[i].isFinite else {
                throw .proj(operation: "transform", message: "point \(i) (\(points[i].x), \(points[i].y)) has no image")
            }
            points[i] = (xs[i], ys[i])
        }
    }

    private static func message(_ context: OpaquePointer) -> String {
        let errno = proj_context_errno(context)
        guard errno != 0, let text = proj_context_errno_string(context, errno) else { return "unknown error" }
        return String(cString: text)
    }

    /// The PROJ release, such as "9.1.1".
    public static var libraryVersion: String {
        let info = proj_info()
        return info.release.map { String(cString: $0) } ?? "unknown"
    }
}
