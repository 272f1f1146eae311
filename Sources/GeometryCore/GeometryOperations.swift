import CGEOS

/// Planar GEOS operations on longitude/latitude values.
///
/// Predicates and overlays are topological, so degrees are the right units
/// for them. Anything a user reads as a length is measured geodesically
/// instead (see `Geodesic` and `Geometry.geodesicDistance(to:)`).
extension Geometry {
    // MARK: Predicates

    public func contains(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate(other, "contains", GEOSContains_r)
    }

    public func within(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate(other, "within", GEOSWithin_r)
    }

    public func intersects(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate(other, "intersects", GEOSIntersects_r)
    }

    public func covers(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate(other, "covers", GEOSCovers_r)
    }

    public func coveredBy(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate(other, "covered by", GEOSCoveredBy_r)
    }

    public func overlaps(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate(other, "overlaps", GEOSOverlaps_r)
    }

    /// Whether GEOS finds the geometry valid (OGC rules).
    public var isValid: Bool {
        get throws(GeometryError) {
            let ctx = GEOSContext.current
            return try ctx.withGEOS(self) { g throws(GeometryError) in
                let r = GEOSisValid_r(ctx.handle, g)
                guard r != 2 else { throw ctx.error("is valid") }
                return r == 1
            }
        }
    }

    /// GEOS's explanation of why a geometry is invalid ("Valid Geometry" when it is not).
    public var validityReason: String {
        get throws(GeometryError) {
            let ctx = GEOSContext.current
            return try ctx.withGEOS(self) { g throws(GeometryError) in
                guard let reason = GEOSisValidReason_r(ctx.handle, g) else { throw ctx.error("is valid reason") }
                defer { GEOSFree_r(ctx.handle, reason) }
                return String(cString: reason)
            }
        }
    }

    /// Why and where GEOS finds the geometry invalid, or nil when it is
    /// valid: "Self-intersection" at the crossing of a bow-tie's edges.
    public var validityProblem: (reason: String, location: Coordinate?)? {
        get throws(GeometryError) {
            let ctx = GEOSContext.current
            return try ctx.withGEOS(self) { g throws(GeometryError) -> (reason: String, location: Coordinate?)? in
                var reason: UnsafeMutablePointer<CChar>?
                var location: OpaquePointer?
                let r = GEOSisValidDetail_r(ctx.handle, g, 0, &reason, &location)
                defer { if let reason { GEOSFree_r(ctx.handle, reason) } }
                guard r != 2 else { throw ctx.error("is valid detail") }
                guard r == 0 else {
                    if let location { GEOSGeom_destroy_r(ctx.handle, location) }
                    return nil
                }
                var point: Coordinate?
                if let location, case let .point(p) = try ctx.consume(location, "is valid detail") {
                    point = p.coordinate
                }
                return (reason.map { String(cString: $0) } ?? "invalid", point)
            }
        }
    }

    private func predicate(
        _ other: Geometry, _ name: String,
        _ call: (GEOSContextHandle_t?, OpaquePointer?, OpaquePointer?) -> CChar
    ) throws(GeometryError) -> Bool {
        let ctx = GEOSContext.current
        return try ctx.withGEOS(self) { a throws(GeometryError) in
            try ctx.withGEOS(other) { b throws(GeometryError) in
                let r = call(ctx.handle, a, b)
                guard r != 2 else { throw ctx.error(name) }
                return r == 1
            }
        }
    }

    // MARK: Measures in degrees

    /// Cartesian distance in degrees. Not a length anyone should read: use
    /// `geodesicDistance(to:)` for metres.
    public func planarDistance(to other: Geometry) throws(GeometryError) -> Double {
        let ctx = GEOSContext.current
        return try ctx.withGEOS(self) { a throws(GeometryError) in
            try ctx.withGEOS(other) { b throws(GeometryError) in
                var d = 0.0
                guard GEOSDistance_r(ctx.handle, a, b, &d) == 1 else { throw ctx.error("distance") }
                return d
            }
        }
    }

    /// The closest pair of positions: one on this geometry, one on `other`
    /// (planar, in degrees).
    public func nearestPoints(to other: Geometry) throws(GeometryError) -> (Coordinate, Coordinate) {
        let ctx = GEOSContext.current
        return try ctx.withGEOS(self) { a throws(GeometryError) in
            try ctx.withGEOS(other) { b throws(GeometryError) in
                guard let seq = GEOSNearestPoints_r(ctx.handle, a, b) else { throw ctx.error("nearest points") }
                defer { GEOSCoordSeq_destroy_r(ctx.handle, seq) }
                var x0 = 0.0, y0 = 0.0, x1 = 0.0, y1 = 0.0
                GEOSCoordSeq_getXY_r(ctx.handle, seq, 0, &x0, &y0)
                GEOSCoordSeq_getXY_r(ctx.handle, seq, 1, &x1, &y1)
                return (
                    Coordinate(uncheckedLongitude: x0, latitude: y0),
                    Coordinate(uncheckedLongitude: x1, latitude: y1)
                )
            }
        }
    }

    /// Planar area in degrees², for comparing shapes only.
    public var planarArea: Double {
        get throws(GeometryError) {
            let ctx = GEOSContext.current
            return try ctx.withGEOS(self) { g throws(GeometryError) in
                var a = 0.0
                guard GEOSArea_r(ctx.handle, g, &a) == 1 else { throw ctx.error("area") }
                return a
            }
        }
    }

    // MARK: Constructive operations

    /// A buffer of `degrees` around the geometry. For a buffer in metres,
    /// project first (`MetricProjection`) and buffer there.
    public func buffer(degrees: Double, quadrantSegments: Int32 = 8) throws(GeometryError) -> Geometry {
        try unary("buffer") { GEOSBuffer_r($0, $1, degrees, quadrantSegments) }
    }

    public func union(_ other: Geometry) throws(GeometryError) -> Geometry {
        try binary(other, "union", GEOSUnion_r)
    }

    public func intersection(_ other: Geometry) throws(GeometryError) -> Geometry {
        try binary(other, "intersection", GEOSIntersection_r)
    }

    public func difference(_ other: Geometry) throws(GeometryError) -> Geometry {
        try binary(other, "difference", GEOSDifference_r)
    }

    /// The union of all parts of this geometry (dissolves a collection).
    public func unaryUnion() throws(GeometryError) -> Geometry {
        try unary("unary union", GEOSUnaryUnion_r)
    }

    public func boundary() throws(GeometryError) -> Geometry {
        try unary("boundary", GEOSBoundary_r)
    }

    /// Joins line pieces that meet end to end into the longest lines possible.
    public func lineMerge() throws(GeometryError) -> Geometry {
        try unary("line merge", GEOSLineMerge_r)
    }

    public func makeValid() throws(GeometryError) -> Geometry {
        try unary("make valid", GEOSMakeValid_r)
    }

    /// Douglas–Peucker simplification that keeps the topology valid.
    public func simplify(toleranceDegrees: Double) throws(GeometryError) -> Geometry {
        try unary("simplify") { GEOSTopologyPreserveSimplify_r($0, $1, toleranceDegrees) }
    }

    public func centroid() throws(GeometryError) -> Geometry {
        try unary("centroid", GEOSGetCentroid_r)
    }

    /// A point guaranteed to lie inside a polygonal geometry.
    public func pointOnSurface() throws(GeometryError) -> Geometry {
        try unary("point on surface", GEOSPointOnSurface_r)
    }

    /// The envelope as a GEOS geometry (a polygon, or a point when degenerate).
    public func envelopeGeometry() throws(GeometryError) -> Geometry {
        try unary("envelope", GEOSEnvelope_r)
    }

    /// The geometry snapped to a grid of `gridSize` degrees, kept valid
    /// (GEOS snap-rounding). Written coordinates rounded to the same grid
    /// then stay valid.
    public func precisionReduced(gridSize: Double) throws(GeometryError) -> Geometry {
        try unary("set precision") { GEOSGeom_setPrecision_r($0, $1, gridSize, 0) }
    }

    /// Builds polygons from the noded lines given.
    public static func polygonize(_ lines: [Geometry]) throws(GeometryError) -> Geometry {
        let ctx = GEOSContext.current
        var handles: [OpaquePointer?] = []
        defer { for h in handles { GEOSGeom_destroy_r(ctx.handle, h) } }
        for line in lines { handles.append(try ctx.makeGEOS(line)) }
        let result = handles.withUnsafeBufferPointer {
            GEOSPolygonize_r(ctx.handle, $0.baseAddress, UInt32(lines.count))
        }
        return try ctx.consume(result, "polygonize")
    }

    private func unary(
        _ name: String, _ call: (GEOSContextHandle_t?, OpaquePointer?) -> OpaquePointer?
    ) throws(GeometryError) -> Geometry {
        let ctx = GEOSContext.current
        return try ctx.withGEOS(self) { g throws(GeometryError) in
            try ctx.consume(call(ctx.handle, g), name)
        }
    }

    private func binary(
        _ other: Geometry, _ name: String,
        _ call: (GEOSContextHandle_t?, OpaquePointer?, OpaquePointer?) -> OpaquePointer?
    ) throws(GeometryError) -> Geometry {
        let ctx = GEOSContext.current
        return try ctx.withGEOS(self) { a throws(GeometryError) in
            try ctx.withGEOS(other) { b throws(GeometryError) in
                try ctx.consume(call(ctx.handle, a, b), name)
            }
        }
    }
}
