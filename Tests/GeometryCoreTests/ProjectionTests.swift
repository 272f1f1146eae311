import Testing
@testable import GeometryCore

@Suite struct ProjectionTests {
    /// `echo "40.1811 44.5136" | cs2cs -d 4 EPSG:4326 EPSG:32638`
    /// → 458590.8495 4447971.2698 (cs2cs takes EPSG:4326 as lat, lon).
    @Test func utmZone38MatchesCs2cs() throws {
        let t = try CoordinateTransform(fromEPSG: 4326, toEPSG: 32638)
        let r = try t.forward(x: 44.5136, y: 40.1811)
        #expect(abs(r.x - 458_590.8495) < 0.001)
        #expect(abs(r.y - 4_447_971.2698) < 0.001)
        let back = try t.inverse(x: r.x, y: r.y)
        #expect(abs(back.x - 44.5136) < 1e-9 && abs(back.y - 40.1811) < 1e-9)
    }

    /// `echo "45.8756 40.2056" | cs2cs -d 4 +proj=longlat +datum=WGS84 +to
    /// <MetricProjection.caucasusDefinition>` → -53141.4072 23007.5292
    @Test func caucasusProjectionMatchesCs2cs() throws {
        let r = try MetricProjection.caucasus.project(Fixtures.c(45.8756, 40.2056))
        #expect(abs(r.x - -53_141.4072) < 0.001)
        #expect(abs(r.y - 23_007.5292) < 0.001)
    }

    @Test func unknownCRSIsAClearError() {
        #expect {
            try CoordinateTransform(from: "EPSG:4326", to: "EPSG:999999")
        } throws: { error in
            guard case let .proj(operation, _) = error as? GeometryError else { return false }
            return operation.contains("EPSG:999999")
        }
    }

    @Test func metricBufferIsInMetres() throws {
        let sotk = Fixtures.c(45.8756, 40.2056)
        let disc = try MetricProjection.caucasus.buffer(.point(Point(sotk)), metres: 5000, quadrantSegments: 32)
        for c in disc.polygons[0].exterior.coordinates {
            // Scale error of the projection is under 0.1%.
            #expect(abs(Geodesic.distance(sotk, c) - 5000) < 5)
        }
        let km2 = Geodesic.area(of: disc) / 1e6
        #expect(abs(km2 - Double.pi * 25) < 0.2)
    }
}
