import Foundation
import GeometryCore
import Testing

@testable import BorderIncidents

/// A point's name is what `String(format: "%.5f, %.5f")` gives, digit for digit.
@Suite struct PointNameTests {
    @Test func pointNamesMatchFoundationsFormatting() throws {
        var state: UInt64 = 7
        func unit() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        var values = [0.0, -0.0, 0.000005, -0.000005, 0.0000049999, 89.999995, -179.999995, 180, -90, 1e-300]
        values += (0..<2_000).map { _ in unit() * 360 - 180 }
        values += (0..<1_000).map { _ in ((unit() * 360 - 180) * 100_000).rounded() / 100_000 + 0.000005 }
        for v in values { #expect(FixedDecimal.text(v, places: 5) == String(format: "%.5f", v), "\(v)") }
        let c = try Coordinate(longitude: 45.123456, latitude: -39.5)
        let location = IncidentLocation(kind: .point(c), precision: 1, relation: "at", claimedBy: nil, sources: [])
        #expect(location.name == String(format: "%.5f, %.5f", c.latitude, c.longitude))
    }
}
