import BorderIncidents
import Testing
@testable import BorderIngest

/// A river named after a town is not the town: it is the gazetteer's river, or unresolved (sentences written for
/// the test).
@Suite struct RiverPlaceTests {
    @Test func aRiverTheGazetteerHoldsIsThatRiverNotTheTown() throws {
        let found = Shared.incidents("Guards exchanged fire in the upper reaches of the Isfara river on 4 May 2023.")
        let clash = try #require(found.first)
        #expect(!clash.incident.locations.contains { $0.name == "Isfara" })
        #expect(clash.incident.locations.map(\.name) == ["Isfara River"])
        #expect(clash.unresolvedPlaces.isEmpty)
    }

    @Test func aRiverTheGazetteerLacksIsKeptUnresolvedNotReadAsTheTown() throws {
        let found = Shared.incidents("Guards exchanged fire in the upper reaches of the Batken river on 4 May 2023.")
        let clash = try #require(found.first)
        #expect(!clash.incident.locations.contains { $0.name == "Batken" })
        #expect(clash.unresolvedPlaces.map(\.text) == ["Batken river"])
    }

    @Test func theTownItselfIsStillTheTown() throws {
        let found = Shared.incidents("Guards exchanged fire near Isfara, by the river, on 4 May 2023.")
        let clash = try #require(found.first)
        #expect(clash.incident.locations.map(\.name) == ["Isfara"])
        #expect(clash.unresolvedPlaces.isEmpty)
    }
}
