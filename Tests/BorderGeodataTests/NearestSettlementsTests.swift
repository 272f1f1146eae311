import BorderGeodata
import GeometryCore
import Testing

/// The bounded nearest-settlements search gives exactly what measuring every
/// settlement gives: the same settlements, in the same order (by geodesic
/// distance, then by load order), at the same distances.
@Suite struct NearestSettlementsTests {
    /// SplitMix64: seeded, the same on every machine.
    struct Random {
        var state: UInt64
        mutating func unit() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
        mutating func range(_ a: Double, _ b: Double) -> Double { a + (b - a) * unit() }
    }

    static func bruteForce(_ geodata: Geodata, _ c: Coordinate, count: Int) -> [(id: String, distance: Double)] {
        let measured = geodata.settlements.enumerated().map { ($0.offset, Geodesic.distance(c, $0.element.coordinate)) }
        let ordered = measured.sorted { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        return ordered.prefix(count).map { (geodata.settlements[$0.0].id, $0.1) }
    }

    @Test(arguments: [2, 3, 8])
    func boundedSearchEqualsMeasuringEverySettlement(count: Int) throws {
        let geodata = TheatreUnionTests.union
        let extent = try #require(Envelope(covering: geodata.settlements.map(\.coordinate)))
        var random = Random(state: 42 &+ UInt64(count))
        // Random points over the packs' extent and a little beyond, and settlements' own positions (ties at 0 m).
        var points = (0..<300).map { _ in
            SharedGeodata.c(
                random.range(extent.minLongitude - 1, extent.maxLongitude + 1),
                random.range(extent.minLatitude - 1, extent.maxLatitude + 1))
        }
        points += (0..<40).map { _ in
            geodata.settlements[Int(random.unit() * Double(geodata.settlements.count))].coordinate
        }
        for c in points {
            let found = geodata.nearestSettlements(to: c, count: count)
            let expected = Self.bruteForce(geodata, c, count: count)
            #expect(found.map(\.settlement.id) == expected.map(\.id), "\(c)")
            #expect(found.map(\.distance) == expected.map(\.distance), "\(c)")
        }
    }
}
