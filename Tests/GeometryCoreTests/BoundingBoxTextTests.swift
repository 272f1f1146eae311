import GeometryCore
import Testing

struct BoundingBoxTextTests {
    @Test func fourAndSixNumbersGiveTheSameBox() throws {
        let four = try BoundingBoxText.parse("45.0, 39.5,46.5,41")
        let six = try BoundingBoxText.parse("45,39.5,-100,46.5,41,3000")
        #expect(four == six)
        #expect(four == Envelope(minLongitude: 45, minLatitude: 39.5, maxLongitude: 46.5, maxLatitude: 41))
    }

    @Test func equalEdgesAreABoxAndReversedEdgesAreNot() throws {
        #expect(
            try BoundingBoxText.parse("45,40,45,40")
                == Envelope(minLongitude: 45, minLatitude: 40, maxLongitude: 45, maxLatitude: 40))
        #expect(throws: BoundingBoxText.Problem.self) { try BoundingBoxText.parse("46,40,45,41") }
        #expect(throws: BoundingBoxText.Problem.self) { try BoundingBoxText.parse("45,41,46,40") }
    }

    @Test func otherShapesAndRangesAreRefusedWithTheReason() {
        for (text, phrase) in [
            ("45,40,46", "expected four numbers"), ("45,40,46,41,1", "expected four numbers"),
            ("a,40,46,41", "expected four numbers"), ("45,40,nan,41", "expected four numbers"),
            ("45,-91,46,41", "latitudes in -90…90"), ("179,40,-179,41", "antimeridian"),
        ] {
            do {
                _ = try BoundingBoxText.parse(text)
                Issue.record("\(text) was accepted")
            } catch {
                #expect(error.description.contains(phrase), "\(text): \(error)")
            }
        }
    }
}
