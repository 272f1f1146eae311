import Testing
@testable import GeometryCore

@Suite struct SpatialIndexTests {
    /// A 10 × 10 grid of points one degree apart.
    let grid: [Geometry] = (0..<100).map { .point(Point(Fixtures.c(Double($0 % 10), Double($0 / 10)))) }

    @Test func envelopeQueryFindsExactlyTheBox() throws {
        let index = try SpatialIndex(grid)
        let found = index.query(Envelope(minLongitude: 2.5, minLatitude: 3.5, maxLongitude: 4.5, maxLatitude: 5.5))
        // Item i sits at (i % 10, i / 10): x in 3...4 and y in 4...5.
        #expect(found == [43, 44, 53, 54])
    }

    @Test func nearestIsTheClosestItem() throws {
        let index = try SpatialIndex(grid)
        #expect(try index.nearest(to: Fixtures.c(7.2, 3.9)) == 47)
        #expect(try index.nearest(to: Fixtures.c(-5, -5)) == 0)
    }

    @Test func emptyIndexHasNoNearest() throws {
        let index = try SpatialIndex([])
        #expect(try index.nearest(to: Fixtures.c(0, 0)) == nil)
        #expect(index.query(Envelope(minLongitude: -1, minLatitude: -1, maxLongitude: 1, maxLatitude: 1)).isEmpty)
    }

    @Test func sharedIndexAnswersTheSameFromManyTasks() async throws {
        let index = try SpatialIndex(grid)
        let results = await withTaskGroup(of: Int?.self) { group in
            for i in 0..<200 {
                group.addTask { try? index.nearest(to: Fixtures.c(Double(i % 10) + 0.1, Double((i / 10) % 10) + 0.1)) }
            }
            var all: [Int?] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 200)
        #expect(Set(results.compactMap { $0 }) == Set(0..<100))
    }
}
