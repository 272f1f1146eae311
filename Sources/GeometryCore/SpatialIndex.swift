import CGEOS
import Foundation

/// A GEOS STRtree over geometries, answering "which items' envelopes meet
/// this box" and "which item is nearest to this geometry".
///
/// Items are numbered by their position in the array given at creation. The
/// tree is built in full before `init` returns (GEOS 3.11 builds lazily on
/// the first query and has no explicit build call, so `init` runs one
/// query), and every later call holds a lock: the index is safe to share.
public final class SpatialIndex: @unchecked Sendable {
    public let geometries: [Geometry]
    private let context: GEOSContext
    private let lock = NSLock()
    private let tree: OpaquePointer
    /// GEOS copies of the items, kept for nearest-neighbour distances.
    private let handles: [OpaquePointer]

    public init(_ geometries: [Geometry], nodeCapacity: Int = 10) throws(GeometryError) {
        self.geometries = geometries
        let context = GEOSContext()
        self.context = context
        guard let tree = GEOSSTRtree_create_r(context.handle, nodeCapacity) else {
            throw context.error("STRtree create")
        }
        var handles: [OpaquePointer] = []
        handles.reserveCapacity(geometries.count)
        do {
            for geometry in geometries { handles.append(try context.makeGEOS(geometry)) }
        } catch {
            for h in handles { GEOSGeom_destroy_r(context.handle, h) }
            GEOSSTRtree_destroy_r(context.handle, tree)
            throw error
        }
        for (i, h) in handles.enumerated() {
            // The item is the index plus one, so that no item is a null pointer.
            GEOSSTRtree_insert_r(context.handle, tree, h, UnsafeMutableRawPointer(bitPattern: i + 1))
        }
        self.tree = tree
        self.handles = handles
        _ = query(Envelope(minLongitude: 0, minLatitude: 0, maxLongitude: 0, maxLatitude: 0))
    }

    deinit {
        GEOSSTRtree_destroy_r(context.handle, tree)
        for h in handles { GEOSGeom_destroy_r(context.handle, h) }
    }

    public var count: Int { geometries.count }

    /// Indexes of the items whose envelopes intersect `box`, in ascending
    /// order unless `sorted` is false.
    public func query(_ box: Envelope, sorted: Bool = true) -> [Int] {
        lock.lock()
        defer { lock.unlock() }
        guard
            let probe = GEOSGeom_createRectangle_r(
                context.handle, box.minLongitude, box.minLatitude,
                box.maxLongitude, box.maxLatitude)
        else { return [] }
        defer { GEOSGeom_destroy_r(context.handle, probe) }
        var found: [Int] = []
        withUnsafeMutablePointer(to: &found) { foundPointer in
            GEOSSTRtree_query_r(
                context.handle, tree, probe,
                { item, userdata in
                    guard let item, let userdata else { return }
                    userdata.assumingMemoryBound(to: [Int].self).pointee.append(Int(bitPattern: item) - 1)
                }, foundPointer)
        }
        return sorted ? found.sorted() : found
    }

    /// Calls `body` with the index of every item whose envelope intersects
    /// `box`, in no particular order (no sorting on the hot path of
    /// nearest-neighbour and radius searches).
    public func forEach(in box: Envelope, _ body: (Int) -> Void) {
        for i in query(box, sorted: false) { body(i) }
    }

    /// The index of the item nearest to `coordinate` by planar distance in
    /// degrees (a first guess; callers measure metres themselves).
    public func nearest(to coordinate: Coordinate) throws(GeometryError) -> Int? {
        try nearest(to: coordinate) { item, probe in
            var d = 0.0
            return GEOSDistance_r(context.handle, handles[item], probe, &d) == 1 ? d : .infinity
        }
    }

    /// The index of the item nearest to `coordinate` by a distance the
    /// caller computes from the item's index (GEOS prunes by envelopes, in
    /// the same planar units), without converting anything to GEOS on the way.
    public func nearest(to coordinate: Coordinate, itemDistance: (Int) -> Double) throws(GeometryError) -> Int? {
        try nearest(to: coordinate) { item, _ in itemDistance(item) }
    }

    /// Branch-and-bound nearest search with a distance from an item (by
    /// index) to the probe point (a GEOS point owned by this call).
    private func nearest(to coordinate: Coordinate, distance: (Int, OpaquePointer) -> Double) throws(GeometryError)
        -> Int?
    {
        guard !geometries.isEmpty else { return nil }
        lock.lock()
        defer { lock.unlock() }
        guard let probe = GEOSGeom_createPointFromXY_r(context.handle, coordinate.longitude, coordinate.latitude) else {
            throw context.error("create point")
        }
        defer { GEOSGeom_destroy_r(context.handle, probe) }
        let count = handles.count
        let result = withoutActuallyEscaping(distance) { distance in
            var state = CallbackState(count: count, probe: probe, distance: distance)
            return withUnsafeMutablePointer(to: &state) { statePointer in
                GEOSSTRtree_nearest_generic_r(
                    context.handle, tree, UnsafeRawPointer(probe), probe,
                    { item1, item2, out, userdata in
                        // One of the two is the probe (a pointer), the other an item number.
                        guard let userdata, let out else { return 0 }
                        let state = userdata.assumingMemoryBound(to: CallbackState.self).pointee
                        let a = Int(bitPattern: item1), b = Int(bitPattern: item2)
                        let item = a > 0 && a <= state.count ? a - 1 : b - 1
                        out.pointee = state.distance(item, state.probe)
                        return 1
                    }, statePointer)
            }
        }
        guard let result else { throw context.error("STRtree nearest") }
        return Int(bitPattern: result) - 1
    }

    private struct CallbackState {
        let count: Int
        let probe: OpaquePointer
        let distance: (Int, OpaquePointer) -> Double
    }
}
