import CGEOS
import Foundation

/// A geometry kept alive in GEOS and prepared for many predicate tests
/// against it (a province polygon tested against thousands of points).
///
/// It owns its own GEOS context and serialises every call with a lock, so it
/// is safe to share; workers that must not contend make their own copy with
/// `copy()`.
public final class PreparedGeometry: @unchecked Sendable {
    public let geometry: Geometry
    private let context: GEOSContext
    private let lock = NSLock()
    private let base: OpaquePointer
    private let prepared: OpaquePointer

    public init(_ geometry: Geometry) throws(GeometryError) {
        self.geometry = geometry
        let context = GEOSContext()
        self.context = context
        let base = try context.makeGEOS(geometry)
        guard let prepared = GEOSPrepare_r(context.handle, base) else {
            GEOSGeom_destroy_r(context.handle, base)
            throw context.error("prepare")
        }
        self.base = base
        self.prepared = prepared
        // Prepared geometries build their indexes lazily; build them now so
        // that the first real query does not pay for it.
        _ = try? containsPoint(Coordinate(uncheckedLongitude: 0, latitude: 0))
    }

    deinit {
        GEOSPreparedGeom_destroy_r(context.handle, prepared)
        GEOSGeom_destroy_r(context.handle, base)
    }

    /// An independent copy with its own context, for a worker thread.
    public func copy() throws(GeometryError) -> PreparedGeometry { try PreparedGeometry(geometry) }

    public func contains(_ other: Geometry) throws(GeometryError) -> Bool {
        try test(other, "prepared contains", GEOSPreparedContains_r)
    }

    public func covers(_ other: Geometry) throws(GeometryError) -> Bool {
        try test(other, "prepared covers", GEOSPreparedCovers_r)
    }

    public func intersects(_ other: Geometry) throws(GeometryError) -> Bool {
        try test(other, "prepared intersects", GEOSPreparedIntersects_r)
    }

    public func within(_ other: Geometry) throws(GeometryError) -> Bool {
        try test(other, "prepared within", GEOSPreparedWithin_r)
    }

    /// Whether the point lies inside or on the boundary.
    public func coversPoint(_ c: Coordinate) throws(GeometryError) -> Bool {
        try pointTest(c, "prepared covers", GEOSPreparedCovers_r)
    }

    /// Whether the point lies strictly inside.
    public func containsPoint(_ c: Coordinate) throws(GeometryError) -> Bool {
        try pointTest(c, "prepared contains", GEOSPreparedContains_r)
    }

    /// Planar distance in degrees to `other`.
    public func planarDistance(to other: Geometry) throws(GeometryError) -> Double {
        lock.lock()
        defer { lock.unlock() }
        return try context.withGEOS(other) { g throws(GeometryError) in
            var d = 0.0
            guard GEOSPreparedDistance_r(context.handle, prepared, g, &d) == 1 else {
                throw context.error("prepared distance")
            }
            return d
        }
    }

    private typealias Predicate = (GEOSContextHandle_t?, OpaquePointer?, OpaquePointer?) -> CChar

    private func test(_ other: Geometry, _ name: String, _ call: Predicate) throws(GeometryError) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return try context.withGEOS(other) { g throws(GeometryError) in
            let r = call(context.handle, prepared, g)
            guard r != 2 else { throw context.error(name) }
            return r == 1
        }
    }

    private func pointTest(_ c: Coordinate, _ name: String, _ call: Predicate) throws(GeometryError) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard let point = GEOSGeom_createPointFromXY_r(context.handle, c.longitude, c.latitude) else {
            throw context.error("create point")
        }
        defer { GEOSGeom_destroy_r(context.handle, point) }
        let r = call(context.handle, prepared, point)
        guard r != 2 else { throw context.error(name) }
        return r == 1
    }
}
