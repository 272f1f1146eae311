import BorderIncidents
import Testing
@testable import BorderIngest

/// A dated sentence naming a place but no event sets the date and scene of the event the next paragraph opens with
/// at a time of day (sentences written for the test).
@Suite struct SettingParagraphTests {
    @Test func theNextParagraphsTimedEventTakesTheSettingsDateAndPlace() throws {
        let found = Shared.incidents(
            "Border report\n\nOn 3 March 2023 armed men gathered near the village of Kök-Tash.\n\n"
                + "At about 9 p.m. the group threw stones at a car near Khojai Alo.")
        let clash = try #require(found.first)
        #expect(found.count == 1)
        #expect(Shared.span(clash) == "2023-03-03/2023-03-03")
        #expect(Set(clash.incident.locations.map(\.name)) == ["Kök-Tash", "Khojai Alo"])
    }

    @Test func anUntimedParagraphDoesNotTakeTheSettingsPlace() throws {
        let found = Shared.incidents(
            "Border report\n\nOn 3 March 2023 armed men gathered near the village of Kök-Tash.\n\n"
                + "Later the group threw stones at a car near Khojai Alo.")
        let clash = try #require(found.first)
        #expect(clash.incident.locations.map(\.name) == ["Khojai Alo"])
    }

    @Test func aParagraphWithADateOfItsOwnKeepsItsOwnScene() throws {
        let found = Shared.incidents(
            "Border report\n\nOn 3 March 2023 armed men gathered near the village of Kök-Tash.\n\n"
                + "At 9 p.m. on 5 March 2023 guards fired at a car near Khojai Alo.")
        let clash = try #require(found.first { Shared.span($0) == "2023-03-05/2023-03-05" })
        #expect(clash.incident.locations.map(\.name) == ["Khojai Alo"])
    }
}
