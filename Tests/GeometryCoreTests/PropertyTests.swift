import Foundation
import Testing
@testable import GeometryCore

/// GEOS invariants on random valid geometries: thousands of seeded cases
/// per run, each case reproducible from its seed.
@Suite struct PropertyTests {
    /// SplitMix64: small, seedable, the same on every machine.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
        mutating func range(_ a: Double, _ b: Double) -> Double { a + (b - a) * unit() }
    }

    /// A star-shaped polygon around a random centre in the theatre: four or
    /// more vertices at increasing angles (one per sector, so no gap reaches
    /// 180°) and random radii, counter-clockwise, rounded to the 1e-6° grid
    /// the GeoJSON writer uses. Such a ring is simple around its centre, so
    /// the polygon is valid by construction.
    static func starPolygon(_ r: inout Random) -> Polygon {
        let lon = r.range(43.5, 50.5), lat = r.range(38.5, 41.8)
        let n = 4 + Int(r.next() % 13)
        let angles = (0..<n).map { k in (Double(k) + r.range(0.05, 0.95)) * 2 * .pi / Double(n) }
        func grid(_ x: Double) -> Double { (x * 1e6).rounded() / 1e6 }
        var ring = angles.map { a -> Coordinate in
            let radius = r.range(0.01, 0.6)
            return try! Coordinate(longitude: grid(lon + radius * cos(a)), latitude: grid(lat + radius * sin(a)))
        }
        ring.append(ring[0])
        return try! Polygon(rings: [ring])
    }

    static let cases = 2_000

    @Test func unionCoversBothAndIntersectionIsNoLarger() throws {
        var r = Random(state: 42)
        var overlapping = 0
        for k in 0..<Self.cases {
            let a = Geometry.polygon(Self.starPolygon(&r)), b = Geometry.polygon(Self.starPolygon(&r))
            try #require(try a.isValid && b.isValid, "case \(k): generator made an invalid polygon")
            let union = try a.union(b)
            // Exactly, the union's edges through rounded intersection points
            // can miss a by a few ulps (about 5% of overlapping pairs here),
            // so covering is asserted to 1e-9° (0.1 mm).
            let grown = try union.buffer(degrees: 1e-9)
            #expect(try grown.covers(a) && grown.covers(b), "case \(k): a ∪ b does not cover a and b")
            let meet = try a.intersection(b)
            if !meet.isEmpty { overlapping += 1 }
            // GEOS's overlay snaps to a floating grid: allow its relative rounding.
            let bound = min(try a.planarArea, try b.planarArea)
            #expect(try meet.planarArea <= bound * (1 + 1e-9), "case \(k): area(a ∩ b) > min(area a, area b)")
            #expect(
                abs(try union.planarArea - (try a.planarArea + b.planarArea - meet.planarArea)) <= 1e-9
                    * max(1, try union.planarArea),
                "case \(k): inclusion–exclusion")
        }
        // The generator must exercise overlaps, not only disjoint pairs.
        #expect(overlapping > Self.cases / 50, "only \(overlapping) overlapping pairs")
    }

    @Test func wkbRoundTripIsExact() throws {
        var r = Random(state: 7)
        for k in 0..<Self.cases {
            let g = Geometry.polygon(Self.starPolygon(&r))
            #expect(try Geometry(wkb: try g.wkb()) == g, "case \(k)")
        }
    }

    @Test func geoJSONRoundTripIsExact() throws {
        var r = Random(state: 99)
        let writer = GeoJSONWriter(decimals: 6)
        for k in 0..<Self.cases {
            let g = Geometry.polygon(Self.starPolygon(&r))
            let back = try GeoJSONReader.read(writer.string(g)).features.first?.geometry
            #expect(back == g, "case \(k)")
        }
    }
}
