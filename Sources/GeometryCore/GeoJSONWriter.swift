import Foundation

/// Writes RFC 7946 GeoJSON: exterior rings counter-clockwise and holes
/// clockwise, coordinates rounded to `decimals` places (6 ≈ 0.1 m), no
/// `crs` member, and a `bbox` member on request.
public struct GeoJSONWriter: Sendable {
    public var decimals: Int
    public var includeBBox: Bool

    public init(decimals: Int = 6, includeBBox: Bool = false) {
        self.decimals = decimals
        self.includeBBox = includeBBox
    }

    public func string(_ collection: FeatureCollection) -> String {
        var w = JSONWriter(capacity: 4096)
        write(collection, into: &w)
        return w.string
    }

    public func string(_ feature: Feature) -> String {
        var w = JSONWriter()
        write(feature, into: &w)
        return w.string
    }

    public func string(_ geometry: Geometry) -> String {
        var w = JSONWriter()
        write(geometry, into: &w)
        return w.string
    }

    public func data(_ collection: FeatureCollection) -> Data {
        var w = JSONWriter(capacity: 4096)
        write(collection, into: &w)
        return Data(w.bytes)
    }

    /// A feature collection with one feature per line, which keeps diffs of
    /// committed layers readable.
    public func write(_ collection: FeatureCollection, into w: inout JSONWriter) {
        w.raw("{\"type\":\"FeatureCollection\"")
        if includeBBox,
            let box = Envelope(covering: collection.features.compactMap(\.geometry).flatMap(\.allCoordinates))
        {
            writeBBox(box, into: &w)
        }
        w.raw(",\"features\":[")
        for (i, f) in collection.features.enumerated() {
            w.raw(i == 0 ? "\n" : ",\n")
            write(f, into: &w)
        }
        w.raw("\n]}\n")
    }

    public func write(_ feature: Feature, into w: inout JSONWriter) {
        w.raw("{\"type\":\"Feature\"")
        if let id = feature.id {
            w.raw(",\"id\":")
            w.value(id)
        }
        if includeBBox, let box = feature.geometry?.envelope { writeBBox(box, into: &w) }
        w.raw(",\"properties\":")
        if let p = feature.properties { w.object(p) } else { w.raw("null") }
        w.raw(",\"geometry\":")
        if let g = feature.geometry { write(g, into: &w) } else { w.raw("null") }
        w.byte(UInt8(ascii: "}"))
    }

    public func write(_ geometry: Geometry, into w: inout JSONWriter) {
        // Round first, then orient: rounding can flip or collapse a tiny ring.
        let output = rounded(geometry).rfc7946Oriented
        w.raw("{\"type\":")
        w.string(output.typeName)
        if includeBBox, let box = geometry.envelope { writeBBox(box, into: &w) }
        switch output {
        case let .point(p):
            w.raw(",\"coordinates\":")
            position(p.coordinate, &w)
        case let .multiPoint(m):
            w.raw(",\"coordinates\":")
            positions(m.points.map(\.coordinate), &w)
        case let .lineString(l):
            w.raw(",\"coordinates\":")
            positions(l.coordinates, &w)
        case let .multiLineString(m):
            w.raw(",\"coordinates\":[")
            for (i, l) in m.lineStrings.enumerated() {
                if i > 0 { w.byte(UInt8(ascii: ",")) }
                positions(l.coordinates, &w)
            }
            w.byte(UInt8(ascii: "]"))
        case let .polygon(p):
            w.raw(",\"coordinates\":")
            polygon(p, &w)
        case let .multiPolygon(m):
            w.raw(",\"coordinates\":[")
            for (i, p) in m.polygons.enumerated() {
                if i > 0 { w.byte(UInt8(ascii: ",")) }
                polygon(p, &w)
            }
            w.byte(UInt8(ascii: "]"))
        case let .geometryCollection(parts):
            w.raw(",\"geometries\":[")
            for (i, g) in parts.enumerated() {
                if i > 0 { w.byte(UInt8(ascii: ",")) }
                write(g, into: &w)
            }
            w.byte(UInt8(ascii: "]"))
        }
        w.byte(UInt8(ascii: "}"))
    }

    /// The geometry with positions rounded to `decimals`, without the rings
    /// that rounding collapses to no area (and polygons left without one).
    func rounded(_ geometry: Geometry) -> Geometry {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        func r(_ cs: [Coordinate]) -> [Coordinate] {
            cs.map {
                Coordinate(
                    uncheckedLongitude: ($0.longitude * scale).rounded() / scale,
                    latitude: ($0.latitude * scale).rounded() / scale)
            }
        }
        func ring(_ ring: LinearRing) -> LinearRing? {
            let rounded = LinearRing(unchecked: r(ring.coordinates))
            return rounded.signedArea2 == 0 ? nil : rounded
        }
        func polygon(_ p: Polygon) -> Polygon? {
            guard let exterior = ring(p.exterior) else { return nil }
            return Polygon(exterior: exterior, holes: p.holes.compactMap(ring))
        }
        switch geometry {
        case let .polygon(p): return polygon(p).map(Geometry.polygon) ?? .multiPolygon(MultiPolygon([]))
        case let .multiPolygon(m): return .multiPolygon(MultiPolygon(m.polygons.compactMap(polygon)))
        case let .geometryCollection(g): return .geometryCollection(g.map(rounded))
        default: return geometry
        }
    }

    private func writeBBox(_ box: Envelope, into w: inout JSONWriter) {
        w.raw(",\"bbox\":")
        w.value(.array(box.bbox.map { .number($0) }), decimals: decimals)
    }

    private func position(_ c: Coordinate, _ w: inout JSONWriter) {
        w.byte(UInt8(ascii: "["))
        w.number(c.longitude, decimals: decimals)
        w.byte(UInt8(ascii: ","))
        w.number(c.latitude, decimals: decimals)
        w.byte(UInt8(ascii: "]"))
    }

    private func positions(_ cs: [Coordinate], _ w: inout JSONWriter) {
        w.byte(UInt8(ascii: "["))
        for (i, c) in cs.enumerated() {
            if i > 0 { w.byte(UInt8(ascii: ",")) }
            position(c, &w)
        }
        w.byte(UInt8(ascii: "]"))
    }

    private func polygon(_ p: Polygon, _ w: inout JSONWriter) {
        w.byte(UInt8(ascii: "["))
        for (i, ring) in ([p.exterior] + p.holes).enumerated() {
            if i > 0 { w.byte(UInt8(ascii: ",")) }
            positions(ring.coordinates, &w)
        }
        w.byte(UInt8(ascii: "]"))
    }
}
