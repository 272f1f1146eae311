import BorderEventStore
import Foundation
import GeometryCore

/// GeoPackage binary geometry (GeoPackage 1.3, clause 2.1.3): the "GP"
/// header (version 0, little-endian, SRS id, envelope) followed by the
/// ISO WKB that GeometryCore's writer produces.
enum GeoPackageBinary {
    struct DecodeError: Error, CustomStringConvertible {
        var message: String
        var description: String { "GeoPackage geometry: \(message)" }
    }

    /// Points carry no envelope (their own coordinates are one, as GDAL
    /// writes them); every other geometry carries [minx, maxx, miny, maxy].
    static func encode(_ geometry: Geometry, srsID: Int32 = 4326) throws -> Data {
        let wkb = try geometry.wkb()
        let envelope: Envelope? = if case .point = geometry { nil } else { geometry.envelope }
        // flags: bit 0 little-endian, bits 1-3 envelope kind (1 = xy), bit 4 empty.
        var flags: UInt8 = 0x01
        if envelope != nil { flags |= 0x02 }
        if geometry.isEmpty { flags |= 0x10 }
        var out = Data([0x47, 0x50, 0x00, flags])
        append(UInt32(bitPattern: srsID), to: &out)
        if let e = envelope {
            for v in [e.minLongitude, e.maxLongitude, e.minLatitude, e.maxLatitude] { append(v.bitPattern, to: &out) }
        }
        out.append(contentsOf: wkb)
        return out
    }

    /// A point's blob without going through GEOS (the bulk path writes 10⁵ of them).
    static func encodePoint(_ c: Coordinate, srsID: Int32 = 4326) -> Data {
        var out = Data([0x47, 0x50, 0x00, 0x01])
        append(UInt32(bitPattern: srsID), to: &out)
        out.append(0x01)  // WKB little-endian
        append(UInt32(1), to: &out)  // wkbPoint
        append(c.longitude.bitPattern, to: &out)
        append(c.latitude.bitPattern, to: &out)
        return out
    }

    /// The box of a blob, from its header when it has one, else from its
    /// WKB; nil for an empty geometry. What the R-tree triggers' ST_ functions read.
    static func envelope(_ blob: Data) throws -> (minX: Double, maxX: Double, minY: Double, maxY: Double)? {
        let bytes = [UInt8](blob)
        let header = try Header(bytes)
        if header.isEmpty { return nil }
        if let e = header.envelope { return e }
        let wkb = Array(bytes[header.length...])
        if let c = point(wkb) { return (c.0, c.0, c.1, c.1) }
        guard let e = try Geometry(wkb: wkb).envelope else { return nil }
        return (e.minLongitude, e.maxLongitude, e.minLatitude, e.maxLatitude)
    }

    static func isEmpty(_ blob: Data) throws -> Bool { try Header([UInt8](blob)).isEmpty }

    /// The geometry a blob holds.
    static func decode(_ blob: Data) throws -> Geometry {
        let bytes = [UInt8](blob)
        let header = try Header(bytes)
        let wkb = Array(bytes[header.length...])
        if let c = point(wkb) { return .point(Point(try Coordinate(longitude: c.0, latitude: c.1))) }
        return try Geometry(wkb: wkb)
    }

    /// A 2D WKB point, read directly.
    private static func point(_ wkb: [UInt8]) -> (Double, Double)? {
        guard wkb.count == 21 else { return nil }
        let little = wkb[0] == 1
        guard readUInt32(wkb, 1, little) == 1 else { return nil }
        return (Double(bitPattern: readUInt64(wkb, 5, little)), Double(bitPattern: readUInt64(wkb, 13, little)))
    }

    private struct Header {
        var length: Int
        var isEmpty: Bool
        var envelope: (minX: Double, maxX: Double, minY: Double, maxY: Double)?

        init(_ b: [UInt8]) throws {
            guard b.count >= 8, b[0] == 0x47, b[1] == 0x50 else { throw DecodeError(message: "no 'GP' magic") }
            let flags = b[3]
            let little = flags & 0x01 == 1
            let kind = Int((flags >> 1) & 0x07)
            let doubles = [0, 4, 6, 6, 8][safe: kind] ?? -1
            guard doubles >= 0 else { throw DecodeError(message: "envelope indicator \(kind) is not 0–4") }
            length = 8 + doubles * 8
            guard b.count >= length else { throw DecodeError(message: "blob shorter than its header") }
            isEmpty = flags & 0x10 != 0
            if doubles >= 4 {
                let v = (0..<4).map { Double(bitPattern: readUInt64(b, 8 + $0 * 8, little)) }
                envelope = (v[0], v[1], v[2], v[3])
            }
        }
    }

    private static func append<T: FixedWidthInteger>(_ v: T, to data: inout Data) {
        withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) }
    }

    private static func readUInt32(_ b: [UInt8], _ at: Int, _ little: Bool) -> UInt32 {
        let v = (0..<4).reduce(UInt32(0)) { $0 | UInt32(b[at + $1]) << (8 * $1) }
        return little ? v : v.byteSwapped
    }

    private static func readUInt64(_ b: [UInt8], _ at: Int, _ little: Bool) -> UInt64 {
        let v = (0..<8).reduce(UInt64(0)) { $0 | UInt64(b[at + $1]) << (8 * $1) }
        return little ? v : v.byteSwapped
    }
}

private extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
