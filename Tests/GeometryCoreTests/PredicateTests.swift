import Testing
@testable import GeometryCore

@Suite struct PredicateTests {
    let square = Fixtures.unitSquare
    let inside = Geometry.point(Point(Fixtures.c(0.5, 0.5)))
    let outside = Geometry.point(Point(Fixtures.c(1.5, 0.5)))
    let onEdge = Geometry.point(Point(Fixtures.c(1, 0.5)))

    @Test func containsAndWithin() throws {
        #expect(try square.contains(inside))
        #expect(try !square.contains(outside))
        #expect(try inside.within(square))
        #expect(try !outside.within(square))
    }

    @Test func boundaryIsCoveredButNotContained() throws {
        #expect(try !square.contains(onEdge))
        #expect(try square.covers(onEdge))
        #expect(try square.intersects(onEdge))
    }

    @Test func holeIsOutside() throws {
        let inHole = Geometry.point(Point(Fixtures.c(3.5, 3.5)))
        let inRing = Geometry.point(Point(Fixtures.c(5, 5)))
        #expect(try !Fixtures.squareWithHole.contains(inHole))
        #expect(try Fixtures.squareWithHole.contains(inRing))
    }

    @Test func preparedAgreesWithPlain() throws {
        let prepared = try PreparedGeometry(Fixtures.squareWithHole)
        for x in stride(from: 1.75, through: 6.25, by: 0.5) {
            for y in stride(from: 1.75, through: 6.25, by: 0.5) {
                let p = Geometry.point(Point(Fixtures.c(x, y)))
                #expect(try prepared.contains(p) == Fixtures.squareWithHole.contains(p))
                #expect(try prepared.containsPoint(Fixtures.c(x, y)) == Fixtures.squareWithHole.contains(p))
                #expect(try prepared.coversPoint(Fixtures.c(x, y)) == Fixtures.squareWithHole.covers(p))
            }
        }
    }

    @Test func invalidBowtieIsFlaggedAndRepaired() throws {
        let bowtie = Geometry.polygon(
            try Polygon(rings: [
                [
                    Fixtures.c(0, 0), Fixtures.c(2, 2), Fixtures.c(2, 0), Fixtures.c(0, 2), Fixtures.c(0, 0),
                ]
            ]))
        #expect(try !bowtie.isValid)
        #expect(try bowtie.validityReason.contains("Self-intersection"))
        let repaired = try bowtie.makeValid()
        #expect(try repaired.isValid)
        #expect(abs(try repaired.planarArea - 2) < 1e-12)
    }
}
