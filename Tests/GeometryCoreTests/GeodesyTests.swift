import Testing
import Foundation
@testable import GeometryCore

@Suite struct GeodesyTests {
    /// Point-to-point distances and azimuths against PROJ's `geod`
    /// (Reference/point-to-point.sh), to 1 mm and 1e-6°.
    @Test func pointToPointMatchesGeod() throws {
        let rows = try Fixtures.referenceRows("point-to-point.tsv")
        #expect(rows.count == 7)
        for row in rows {
            let v = row.map { Double($0)! }
            let a = Fixtures.c(v[1], v[0]), b = Fixtures.c(v[3], v[2])
            let r = Geodesic.inverse(from: a, to: b)
            #expect(abs(r.distance - v[6]) <= 0.001, "\(row)")
            #expect(abs(r.initialAzimuth - v[4]) <= 1e-6, "\(row)")
        }
    }

    @Test func sotkToGorisIsTheDocumentedValue() throws {
        // GEODATA-SOURCES.md: 86,815.287 m by geod_inverse and PostGIS.
        let d = Geodesic.distance(Fixtures.c(45.8756, 40.2056), Fixtures.c(46.3417, 39.5111))
        #expect(abs(d - 86_815.287) < 0.0005)
    }

    @Test func directInvertsInverse() {
        let start = Fixtures.c(45.8756, 40.2056)
        let end = Geodesic.destination(from: start, azimuth: 152.501164776, distance: 86_815.287)
        #expect(abs(end.longitude - 46.3417) < 1e-8)
        #expect(abs(end.latitude - 39.5111) < 1e-8)
    }

    @Test func lengthAndArea() throws {
        // One degree of the equator, per geod: 111,319.491 m.
        let line = try LineString([Fixtures.c(0, 0), Fixtures.c(0.5, 0), Fixtures.c(1, 0)])
        #expect(abs(Geodesic.length(of: line) - 111_319.491) < 0.001)
        // A 1° × 1° cell at the equator is about 12,308 km² on WGS84.
        let area = Geodesic.area(of: Fixtures.unitSquare)
        #expect(abs(area / 1e6 - 12_308.778) < 1)
        // Clockwise rings give the same positive area.
        #expect(
            abs(Geodesic.area(of: Fixtures.squareWithHole) - Geodesic.area(of: Fixtures.squareWithHole.rfc7946Oriented))
                < 1e-3)
    }

    @Test func compassNames() {
        #expect(CompassPoint.name(forAzimuth: 0) == "N")
        #expect(CompassPoint.name(forAzimuth: 152.5) == "SSE")
        #expect(CompassPoint.name(forAzimuth: -45) == "NW")
        #expect(CompassPoint.name(forAzimuth: 359) == "N")
    }

    /// Point-to-line distances against GeographicLib with geodesic edges
    /// (Tests/Reference/point-to-line.py), within 0.5 m up to 300 km away.
    @Test func pointToLineMatchesGeographicLib() throws {
        let line = try Fixtures.referenceLine()
        let nearest = try GeodesicNearest(lines: [line])
        let rows = try Fixtures.referenceRows("point-to-line.tsv")
        #expect(rows.count >= 15)
        for row in rows {
            let p = Fixtures.c(Double(row[1])!, Double(row[2])!)
            let expected = Double(row[3])!
            let got = try nearest.nearest(to: p).distance
            #expect(abs(got - expected) <= 0.5, "\(row[0]): \(got) vs \(expected)")
            #expect(abs(try Geometry.lineString(line).geodesicDistance(to: p) - got) < 1e-9)
        }
    }

    /// A dense, winding line (runs of segments share one STRtree item, and
    /// neighbours share their vertex's geodesic): the indexed search gives
    /// what each edge measured on its own gives: exactly within 50 km (every
    /// near-tie searched), within the projection's 0.1% beyond.
    @Test func denseLineSearchEqualsEdgeByEdge() throws {
        var coordinates: [Coordinate] = []
        for k in 0..<600 {
            let t = Double(k) / 600
            coordinates.append(
                Fixtures.c(45 + 1.2 * t + 0.01 * sin(t * 180), 40 + 0.3 * sin(t * 9) + 0.004 * cos(t * 300)))
        }
        let line = try LineString(coordinates)
        let nearest = try GeodesicNearest(lines: [line])
        let edges = try zip(coordinates, coordinates.dropFirst()).map {
            try GeodesicNearest(lines: [LineString([$0, $1])])
        }
        var state: UInt64 = 7
        for _ in 0..<150 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let u = Double(state >> 11) / Double(1 << 53)
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let v = Double(state >> 11) / Double(1 << 53)
            let p = Fixtures.c(44.5 + 2.2 * u, 39.2 + 1.6 * v)
            let expected = try edges.map { try $0.nearest(to: p).distance }.min()!
            let allowed = expected <= GeodesicNearest.fullTieSearchMetres ? 1e-6 : expected * 0.001
            #expect(abs(try nearest.nearest(to: p).distance - expected) <= allowed, "\(p)")
        }
    }

    @Test func pointInsidePolygonIsAtZero() throws {
        #expect(try Fixtures.unitSquare.geodesicDistance(to: Fixtures.c(0.5, 0.5)) == 0)
        // GeographicLib, edge_distance(2, 0.5, (1, 0), (1, 1)) of Tests/Reference/geodesic_edges.py: 111,315.2800 m.
        let d = try Fixtures.unitSquare.geodesicDistance(to: Fixtures.c(2, 0.5))
        #expect(abs(d - 111_315.28) < 0.5)
    }
}

@Suite struct FlatDistanceTests {
    /// The flat estimate stays within 0.3% of the geodesic up to 300 km in the
    /// theatre, which is what `isWithin` and the nearest-settlement prefilter rely on.
    @Test func flatEstimateIsCloseUpTo300km() {
        var worst = 0.0
        for lat in stride(from: 37.0, through: 43.0, by: 1.5) {
            for azimuth in stride(from: 0.0, to: 360.0, by: 15.0) {
                for d in [50.0, 1_000, 10_000, 100_000, 300_000] {
                    let a = Fixtures.c(46, lat)
                    let b = Geodesic.destination(from: a, azimuth: azimuth, distance: d)
                    worst = max(worst, abs(Geodesic.flatDistance(a, b) - d) / d)
                }
            }
        }
        #expect(worst < 0.003, "worst relative error \(worst)")
    }

    @Test func isWithinAgreesWithTheGeodesic() {
        let a = Fixtures.c(45.87, 40.2)
        for azimuth in stride(from: 0.0, to: 360.0, by: 7.0) {
            for d in [9_999.0, 10_000, 10_001, 9_950, 10_050] {
                let b = Geodesic.destination(from: a, azimuth: azimuth, distance: d)
                #expect(Geodesic.isWithin(a, b, metres: 10_000) == (Geodesic.distance(a, b) <= 10_000))
            }
        }
    }
}

@Suite struct NearTieTests {
    /// Two lines 55 km apart, one north and one south of the point: where
    /// the geodesic distances tie, the projected ones differ by metres (the
    /// projection's scale changes with latitude), so around the tie the
    /// projection ranks the lines wrongly. The answer over both must
    /// still be the lesser of the answers over each.
    @Test func nearTieBetweenTwoLinesIsSettledGeodesically() throws {
        let south = try LineString([Fixtures.c(46.0, 38.9), Fixtures.c(46.5, 38.9), Fixtures.c(47.0, 38.9)])
        let north = try LineString([Fixtures.c(46.0, 39.4), Fixtures.c(46.5, 39.4), Fixtures.c(47.0, 39.4)])
        let both = try GeodesicNearest(lines: [south, north])
        let s = try GeodesicNearest(lines: [south]), n = try GeodesicNearest(lines: [north])
        func gap(_ lat: Double) throws -> Double {
            try s.nearest(to: Fixtures.c(46.5, lat)).distance - n.nearest(to: Fixtures.c(46.5, lat)).distance
        }
        // Bisect for the latitude where the geodesic distances tie.
        var lo = 39.0, hi = 39.3
        for _ in 0..<60 {
            let mid = (lo + hi) / 2
            if try gap(mid) < 0 { lo = mid } else { hi = mid }
        }
        let projection = MetricProjection.caucasus
        let projectedSouth = try projection.project(Geometry.lineString(south))
        let projectedNorth = try projection.project(Geometry.lineString(north))
        var disagreements = 0
        for k in -80...80 {
            let p = Fixtures.c(46.5, lo + Double(k) * 0.000005)  // ±44 m in 0.55 m steps
            let expected = min(try s.nearest(to: p).distance, try n.nearest(to: p).distance)
            let got = try both.nearest(to: p)
            #expect(got.distance == expected, "at \(p)")
            let pp = try projection.project(Geometry.point(Point(p)))
            let planarSouthNearer = try pp.planarDistance(to: projectedSouth) < pp.planarDistance(to: projectedNorth)
            if planarSouthNearer != (try s.nearest(to: p).distance < n.nearest(to: p).distance) { disagreements += 1 }
        }
        // The window really holds points the projection ranks the wrong way.
        #expect(disagreements > 0)
    }
}
