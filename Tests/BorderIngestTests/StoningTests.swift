import BorderIncidents
import Testing
@testable import BorderIngest

/// Stones thrown between the two sides' people are a clash (sentences written for the test).
@Suite struct StoningTests {
    @Test func stonesThrownAtACarAreAClash() throws {
        let found = Shared.incidents(
            "On 9 March 2021 residents near Batken threw stones at a car from across the line.")
        let clash = try #require(found.first)
        #expect(clash.incident.type == .armedClash)
        #expect(Shared.span(clash) == "2021-03-09/2021-03-09")
    }

    @Test func aStonedHouseAndStoneThrowingAreClashes() {
        #expect(EventTyper.read(["the", "house", "was", "stoned", "at", "night"])?.type == .armedClash)
        #expect(EventTyper.read(["a", "stone-throwing", "fight", "broke", "out"])?.type == .armedClash)
    }

    @Test func stonesThatNoOneThrowsAreNoClash() {
        #expect(EventTyper.read(["workers", "laid", "stones", "on", "the", "road"]) == nil)
        #expect(EventTyper.stoning(["the", "stones", "of", "the", "old", "fort"]) == nil)
    }
}
