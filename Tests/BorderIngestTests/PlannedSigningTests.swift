import BorderIncidents
import Testing
@testable import BorderIngest

/// An accord still to be signed is a plan, not an event; sentences written for the tests.
@Suite struct PlannedSigningTests {
    @Test func anAccordToBeSignedIsNoSigning() {
        #expect(EventTyper.signing(["the", "protocol", "will", "be", "signed", "in", "batken", "in", "june"]) == nil)
        #expect(EventTyper.signing(["a", "treaty", "is", "to", "be", "signed", "in", "osh"]) == nil)
    }

    @Test func anAccordSignedIsASigning() {
        #expect(EventTyper.signing(["the", "protocol", "was", "signed", "in", "batken"]) == 3)
        #expect(EventTyper.signing(["the", "two", "leaders", "signed", "a", "treaty"]) == 3)
    }

    @Test func aPlannedSigningMakesNoIncident() {
        let found = Shared.incidents(
            "Border report\n\nOn 2 May 2024 the two presidents met in Osh. A border treaty will be signed in Batken next month, an aide said."
        )
        #expect(
            !found.contains { $0.incident.type == .statement && $0.incident.locations.contains { $0.name == "Batken" } }
        )
    }
}
