import BorderIncidents
import Testing
@testable import BorderIngest

/// A river named after a town is not the town (sentences written for the test).
@Suite struct RiverPlaceTests {
    @Test func aRiverIsKeptUnresolvedNotReadAsTheTownOfItsName() throws {
        let found = Shared.incidents("Guards exchanged fire in the upper reaches of the Isfara river on 4 May 2023.")
        let clash = try #require(found.first)
        #expect(!clash.incident.locations.contains { $0.name == "Isfara" })
        #expect(clash.unresolvedPlaces.map(\.text) == ["Isfara river"])
    }

    @Test func theTownItselfIsStillTheTown() throws {
        let found = Shared.incidents("Guards exchanged fire near Isfara, by the river, on 4 May 2023.")
        let clash = try #require(found.first)
        #expect(clash.incident.locations.map(\.name) == ["Isfara"])
        #expect(clash.unresolvedPlaces.isEmpty)
    }
}
