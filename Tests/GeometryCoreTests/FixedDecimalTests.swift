import Foundation
import GeometryCore
import Testing

/// `FixedDecimal.text` prints what C's `%.Nf` prints, ties and signs included.
@Suite struct FixedDecimalTests {
    static func printed(_ x: Double, _ places: Int) -> String { String(format: "%.\(places)f", x) }

    @Test(arguments: [0, 1, 2, 5, 6, 9, 12])
    func spreadValuesPrintAsC(places: Int) {
        var state = UInt64(places + 1)
        func unit() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        for k in 0..<20_000 {
            let x = (k % 2 == 0 ? -1 : 1) * pow(10, unit() * 16 - 3) * unit()
            #expect(FixedDecimal.text(x, places: places) == Self.printed(x, places), "\(x)")
            // Values a hair from a half at this count of decimals.
            let near = ((x * pow(10, Double(places))).rounded(.down) + 0.5) / pow(10, Double(places))
            #expect(FixedDecimal.text(near, places: places) == Self.printed(near, places), "\(near)")
        }
    }

    @Test func coordinatesAndDistancesPrintAsC() {
        for lon in stride(from: -180.0, through: 180.0, by: 0.0137) {
            #expect(FixedDecimal.text(lon, places: 6) == Self.printed(lon, 6))
            #expect(FixedDecimal.text(lon, places: 5) == Self.printed(lon, 5))
        }
    }

    @Test func tiesSignsAndEdges() {
        // Exact binary halves round to even, as C does; negatives that round to zero keep their sign.
        let cases: [(Double, Int, String)] = [
            (0.5, 0, "0"), (1.5, 0, "2"), (2.5, 0, "2"), (0.125, 2, "0.12"), (0.375, 2, "0.38"),
            (-0.0, 1, "-0.0"), (-0.04, 1, "-0.0"), (0, 3, "0.000"), (1e15, 1, "1000000000000000.0"),
            (45.1234565, 6, Self.printed(45.1234565, 6)), (-180, 6, "-180.000000"), (99.95, 1, Self.printed(99.95, 1)),
        ]
        for (x, places, expected) in cases {
            #expect(FixedDecimal.text(x, places: places) == expected, "\(x) to \(places)")
            #expect(FixedDecimal.text(x, places: places) == Self.printed(x, places), "\(x) to \(places)")
        }
        for x in [Double.nan, .infinity, -.infinity, .greatestFiniteMagnitude, .leastNonzeroMagnitude] {
            #expect(FixedDecimal.text(x, places: 2) == Self.printed(x, 2))
        }
    }
}
