import CGEOS
import Foundation

/// Well-known text and binary, read and written through GEOS.
extension Geometry {
    /// Parses WKT such as `POINT (45.87 40.2)` (x is longitude).
    public init(wkt: String) throws(GeometryError) {
        let ctx = GEOSContext.current
        guard let reader = GEOSWKTReader_create_r(ctx.handle) else { throw ctx.error("WKT reader") }
        defer { GEOSWKTReader_destroy_r(ctx.handle, reader) }
        let g = wkt.withCString { GEOSWKTReader_read_r(ctx.handle, reader, $0) }
        self = try ctx.consume(g, "read WKT")
        try validateCoordinates()
    }

    /// Parses little- or big-endian WKB.
    public init(wkb: [UInt8]) throws(GeometryError) {
        let ctx = GEOSContext.current
        guard let reader = GEOSWKBReader_create_r(ctx.handle) else { throw ctx.error("WKB reader") }
        defer { GEOSWKBReader_destroy_r(ctx.handle, reader) }
        let g = wkb.withUnsafeBufferPointer { GEOSWKBReader_read_r(ctx.handle, reader, $0.baseAddress, $0.count) }
        self = try ctx.consume(g, "read WKB")
        try validateCoordinates()
    }

    /// WKT with trailing zeros trimmed and at most `decimals` decimals.
    public func wkt(decimals: Int32 = 15) throws(GeometryError) -> String {
        let ctx = GEOSContext.current
        guard let writer = GEOSWKTWriter_create_r(ctx.handle) else { throw ctx.error("WKT writer") }
        defer { GEOSWKTWriter_destroy_r(ctx.handle, writer) }
        GEOSWKTWriter_setTrim_r(ctx.handle, writer, 1)
        GEOSWKTWriter_setRoundingPrecision_r(ctx.handle, writer, decimals)
        return try ctx.withGEOS(self) { g throws(GeometryError) in
            guard let text = GEOSWKTWriter_write_r(ctx.handle, writer, g) else { throw ctx.error("write WKT") }
            defer { GEOSFree_r(ctx.handle, text) }
            return String(cString: text)
        }
    }

    /// Little-endian 2D WKB.
    public func wkb() throws(GeometryError) -> [UInt8] {
        let ctx = GEOSContext.current
        guard let writer = GEOSWKBWriter_create_r(ctx.handle) else { throw ctx.error("WKB writer") }
        defer { GEOSWKBWriter_destroy_r(ctx.handle, writer) }
        GEOSWKBWriter_setByteOrder_r(ctx.handle, writer, Int32(GEOS_WKB_NDR.rawValue))
        return try ctx.withGEOS(self) { g throws(GeometryError) in
            var size = 0
            guard let bytes = GEOSWKBWriter_write_r(ctx.handle, writer, g, &size) else { throw ctx.error("write WKB") }
            defer { GEOSFree_r(ctx.handle, bytes) }
            return Array(UnsafeBufferPointer(start: bytes, count: size))
        }
    }

    /// Rejects positions that are not on Earth, as the value initialisers do.
    private func validateCoordinates() throws(GeometryError) {
        for c in allCoordinates {
            _ = try Coordinate(longitude: c.longitude, latitude: c.latitude)
        }
        for polygon in polygons {
            for ring in [polygon.exterior] + polygon.holes {
                _ = try LinearRing(ring.coordinates)
            }
        }
    }
}
