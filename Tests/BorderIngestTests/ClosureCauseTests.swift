import BorderIncidents
import Testing
@testable import BorderIngest

/// Fighting named as the cause of a closure still in force is background, not an event (sentences written for the
/// test).
@Suite struct ClosureCauseTests {
    @Test func fightingThatClosedTheBorderYearsAgoIsNoIncident() {
        let found = Shared.incidents(
            "The presidents signed a border treaty in Bishkek on 13 March 2025. The border near Batken was closed after clashes in 2021."
        )
        #expect(!found.contains { EventTyper.family($0.incident.type) == "fighting" })
        let undated = Shared.incidents(
            "Two crossings in Batken opened on 13 March 2025. They had been closed following armed clashes.")
        #expect(!undated.contains { EventTyper.family($0.incident.type) == "fighting" })
    }

    @Test func fightingOfADayThatClosedARoadIsNews() throws {
        let found = Shared.incidents("The road near Batken was closed after shelling on 4 May 2023.")
        let shelling = try #require(found.first { $0.incident.type == .shelling })
        #expect(Shared.span(shelling) == "2023-05-04/2023-05-04")
    }

    @Test func fightingWithLossesIsNewsWhateverItClosed() {
        let found = Shared.incidents("The border near Batken was closed after clashes in 2021 that killed two guards.")
        #expect(found.contains { EventTyper.family($0.incident.type) == "fighting" })
    }
}
