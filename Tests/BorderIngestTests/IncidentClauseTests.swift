import BorderIncidents
import Testing
@testable import BorderIngest

/// "The incident took place near the post" tells fighting; "the scene of the incident, took place at noon" gives
/// the verb to another subject across the comma. Sentences written for the test.
@Suite struct IncidentClauseTests {
    @Test func anIncidentWithItsOwnVerbIsFighting() {
        #expect(Shared.eventType("The incident took place near the post at dawn.") == .armedClash)
        #expect(Shared.eventType("Another border incident occurred on the road.") == .armedClash)
    }

    @Test func aVerbAfterTheCommaIsNotTheIncidents() {
        #expect(
            Shared.eventType("Talks between the envoys, who came to the scene of the incident, took place at noon.")
                == nil)
    }

    /// Talks at a time of their own about the incident are no second incident at that time.
    @Test func talksAtTheSceneAtAnotherHourAreNoSecondIncident() {
        let text = """
            At 09:30 guards of the two sides exchanged fire near Sotk.

            A meeting of the commanders, who arrived at the scene of the incident, took place at 11:00.
            """
        let found = Shared.incidents(text, published: "2021-05-07")
        #expect(found.filter { EventTyper.family($0.incident.type) == "fighting" }.count == 1)
    }
}
