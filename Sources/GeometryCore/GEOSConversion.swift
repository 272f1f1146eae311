import CGEOS

/// Conversion between `Geometry` values and GEOS geometries.
///
/// Ownership: `makeGEOS` returns a geometry the caller owns and must destroy
/// exactly once (`withGEOS` does that for you); `geometry(fromGEOS:)` only
/// reads its argument.
extension GEOSContext {
    /// Runs `body` with a temporary GEOS copy of `geometry`, destroyed afterwards.
    func withGEOS<R>(_ geometry: Geometry, _ body: (OpaquePointer) throws(GeometryError) -> R) throws(GeometryError)
        -> R
    {
        let g = try makeGEOS(geometry)
        defer { GEOSGeom_destroy_r(handle, g) }
        return try body(g)
    }

    /// Takes ownership of a GEOS result, converts it and destroys it.
    func consume(_ result: OpaquePointer?, _ operation: String) throws(GeometryError) -> Geometry {
        guard let result else { throw error(operation) }
        defer { GEOSGeom_destroy_r(handle, result) }
        return try geometry(fromGEOS: result)
    }

    func makeGEOS(_ geometry: Geometry) throws(GeometryError) -> OpaquePointer {
        switch geometry {
        case let .point(p):
            return try check(GEOSGeom_createPointFromXY_r(handle, p.longitude, p.latitude), "create point")
        case let .lineString(l):
            return try check(GEOSGeom_createLineString_r(handle, try sequence(l.coordinates)), "create line string")
        case let .polygon(p):
            return try makePolygon(p)
        case let .multiPoint(m):
            return try collection(GEOS_MULTIPOINT, m.points.map { .point($0) })
        case let .multiLineString(m):
            return try collection(GEOS_MULTILINESTRING, m.lineStrings.map { .lineString($0) })
        case let .multiPolygon(m):
            return try collection(GEOS_MULTIPOLYGON, m.polygons.map { .polygon($0) })
        case let .geometryCollection(parts):
            return try collection(GEOS_GEOMETRYCOLLECTION, parts)
        }
    }

    private func check(_ pointer: OpaquePointer?, _ operation: String) throws(GeometryError) -> OpaquePointer {
        guard let pointer else { throw error(operation) }
        return pointer
    }

    private func sequence(_ coordinates: [Coordinate]) throws(GeometryError) -> OpaquePointer {
        var flat = [Double]()
        flat.reserveCapacity(coordinates.count * 2)
        for c in coordinates {
            flat.append(c.longitude)
            flat.append(c.latitude)
        }
        let seq = flat.withUnsafeBufferPointer {
            GEOSCoordSeq_copyFromBuffer_r(handle, $0.baseAddress, UInt32(coordinates.count), 0, 0)
        }
        return try check(seq, "create coordinate sequence")
    }

    private func ring(_ ring: LinearRing) throws(GeometryError) -> OpaquePointer {
        try check(GEOSGeom_createLinearRing_r(handle, try sequence(ring.coordinates)), "create linear ring")
    }

    private func makePolygon(_ polygon: Polygon) throws(GeometryError) -> OpaquePointer {
        let shell = try ring(polygon.exterior)
        var holes: [OpaquePointer?] = []
        do {
            for hole in polygon.holes { holes.append(try ring(hole)) }
        } catch {
            // The polygon never took ownership: free what was made so far.
            GEOSGeom_destroy_r(handle, shell)
            for h in holes { GEOSGeom_destroy_r(handle, h) }
            throw error
        }
        let made = holes.withUnsafeMutableBufferPointer {
            GEOSGeom_createPolygon_r(handle, shell, $0.baseAddress, UInt32(polygon.holes.count))
        }
        return try check(made, "create polygon")
    }

    private func collection(_ type: GEOSGeomTypes, _ parts: [Geometry]) throws(GeometryError) -> OpaquePointer {
        var members: [OpaquePointer?] = []
        do {
            for part in parts { members.append(try makeGEOS(part)) }
        } catch {
            for m in members { GEOSGeom_destroy_r(handle, m) }
            throw error
        }
        let made = members.withUnsafeMutableBufferPointer {
            GEOSGeom_createCollection_r(handle, Int32(type.rawValue), $0.baseAddress, UInt32(parts.count))
        }
        return try check(made, "create collection")
    }

    // MARK: GEOS → Geometry

    func geometry(fromGEOS g: OpaquePointer) throws(GeometryError) -> Geometry {
        let type = GEOSGeomTypes(rawValue: UInt32(bitPattern: GEOSGeomTypeId_r(handle, g)))
        if GEOSisEmpty_r(handle, g) == 1 {
            switch type {
            case GEOS_MULTIPOINT: return .multiPoint(MultiPoint([]))
            case GEOS_MULTILINESTRING: return .multiLineString(MultiLineString([]))
            case GEOS_MULTIPOLYGON: return .multiPolygon(MultiPolygon([]))
            default: return .geometryCollection([])
            }
        }
        switch type {
        case GEOS_POINT:
            let c = try coordinates(ofSimple: g)
            return .point(Point(c[0]))
        case GEOS_LINESTRING, GEOS_LINEARRING:
            return .lineString(LineString(unchecked: try coordinates(ofSimple: g)))
        case GEOS_POLYGON:
            return .polygon(try polygon(fromGEOS: g))
        case GEOS_MULTIPOINT, GEOS_MULTILINESTRING, GEOS_MULTIPOLYGON, GEOS_GEOMETRYCOLLECTION:
            let count = GEOSGetNumGeometries_r(handle, g)
            var parts: [Geometry] = []
            for i in 0..<max(count, 0) {
                guard let part = GEOSGetGeometryN_r(handle, g, i) else { throw error("get part") }
                parts.append(try geometry(fromGEOS: part))
            }
            switch type {
            case GEOS_MULTIPOINT:
                return .multiPoint(MultiPoint(parts.compactMap { if case let .point(p) = $0 { p } else { nil } }))
            case GEOS_MULTILINESTRING:
                return .multiLineString(MultiLineString(parts.flatMap(\.lineStrings)))
            case GEOS_MULTIPOLYGON:
                return .multiPolygon(MultiPolygon(parts.flatMap(\.polygons)))
            default:
                return .geometryCollection(parts)
            }
        default:
            throw .unsupported("GEOS geometry type \(type)")
        }
    }

    private func polygon(fromGEOS g: OpaquePointer) throws(GeometryError) -> Polygon {
        guard let shell = GEOSGetExteriorRing_r(handle, g) else { throw error("get exterior ring") }
        let exterior = LinearRing(unchecked: try coordinates(ofSimple: shell))
        var holes: [LinearRing] = []
        let count = GEOSGetNumInteriorRings_r(handle, g)
        for i in 0..<max(count, 0) {
            guard let hole = GEOSGetInteriorRingN_r(handle, g, i) else { throw error("get interior ring") }
            holes.append(LinearRing(unchecked: try coordinates(ofSimple: hole)))
        }
        return Polygon(exterior: exterior, holes: holes)
    }

    /// The positions of a point, line string or ring.
    func coordinates(ofSimple g: OpaquePointer) throws(GeometryError) -> [Coordinate] {
        guard let seq = GEOSGeom_getCoordSeq_r(handle, g) else { throw error("get coordinates") }
        var size: UInt32 = 0
        guard GEOSCoordSeq_getSize_r(handle, seq, &size) != 0 else { throw error("get coordinate count") }
        var flat = [Double](repeating: 0, count: Int(size) * 2)
        let ok = flat.withUnsafeMutableBufferPointer {
            GEOSCoordSeq_copyToBuffer_r(handle, seq, $0.baseAddress, 0, 0)
        }
        guard ok != 0 else { throw error("copy coordinates") }
        var result: [Coordinate] = []
        result.reserveCapacity(Int(size))
        for i in 0..<Int(size) {
            result.append(Coordinate(uncheckedLongitude: flat[2 * i], latitude: flat[2 * i + 1]))
        }
        return result
    }
}
