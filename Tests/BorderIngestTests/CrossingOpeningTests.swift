import BorderIncidents
import Testing
@testable import BorderIngest

/// A crossing opened is an official act of its day, as an accord signed is (sentences written for the test).
@Suite struct CrossingOpeningTests {
    @Test func aCrossingOpenedIsAStatementAtTheCrossing() throws {
        let found = Shared.incidents(
            "The two presidents took part in the opening of the Kyzyl-Bel checkpoint on 13 March 2025.")
        let act = try #require(found.first)
        #expect(act.incident.type == .statement)
        #expect(Shared.span(act) == "2025-03-13/2025-03-13")
        #expect(!act.incident.locations.isEmpty)
    }

    @Test func anUndatedOpeningIsOfTheDayOfTheSigningToldBefore() throws {
        let found = Shared.incidents(
            "The presidents signed a border treaty in Bishkek on 13 March 2025. They also reopened the crossing at Kyzyl-Bel."
        )
        let opening = try #require(
            found.first { p in p.incident.locations.contains { $0.name.hasPrefix("Kyzyl-Bel") } })
        #expect(opening.incident.type == .statement)
        #expect(Shared.span(opening) == "2025-03-13/2025-03-13")
        // Without the opening word the undated sentence tells no act of its own.
        let plain = Shared.incidents(
            "The presidents signed a border treaty in Bishkek on 13 March 2025. They also visited the crossing at Kyzyl-Bel."
        )
        #expect(!plain.contains { p in p.incident.locations.contains { $0.name.hasPrefix("Kyzyl-Bel") } })
    }

    @Test func fireOpenedOnAPostOpensNoPost() throws {
        let found = Shared.incidents("Tajik guards opened fire on a Kyrgyz post near Batken on 4 May 2023.")
        #expect(found.first?.incident.type == .armedClash)
        #expect(!found.contains { $0.incident.type == .statement })
    }

    @Test func openingWordsAloneAreNoAct() {
        #expect(EventTyper.opening(["the", "market", "was", "opened", "on", "sunday"]) == nil)
        #expect(EventTyper.opening(["the", "border", "crossing", "was", "reopened"]) == 4)
    }
}
