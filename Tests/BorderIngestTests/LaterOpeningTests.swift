import BorderIncidents
import Testing
@testable import BorderIngest

/// "About an hour later, …": a stretch that counts on from the event told before it is another event of that day;
/// sentences written for the test.
@Suite struct LaterOpeningTests {
    func opening(_ s: String) -> Int? { ClockTime.laterOpening(ReportText(s).sentences[0].tokens.map(\.lower)) }

    @Test func aCountOnFromTheEventBeforeIsRead() {
        #expect(opening("About an hour later, the guards fired again.") == 60)
        #expect(opening("Two hours later the post came under fire.") == 120)
        #expect(opening("Half an hour later, stones were thrown at a bus.") == 30)
        #expect(opening("Minutes later, shots were heard.") == 1)
        #expect(opening("A few hours later a house was shelled.") == 120)
        #expect(opening("The guards fired two hours later.") == nil, "only an opening counts on")
        #expect(opening("Hours of talks later followed.") == nil)
    }

    /// Shooting an hour after the first on the same night is an incident of its own, and so is a third at a time
    /// of day; without the count, the sentences tell one incident.
    @Test func anEventAnHourLaterIsAnotherOfThatDay() {
        let text = """
            Guards fired at a car near Sotk last night.

            About an hour later, soldiers threw stones at a bus near Kut. At 2.40 a.m. a house near Verin Shorzha \
            came under fire.
            """
        let found = incidents(text, published: "2021-05-07")
        #expect(found.filter { EventTyper.family($0.incident.type) == "fighting" }.count == 3)
        let joined = incidents(
            "Guards fired at a car near Sotk last night.\n\nSoldiers threw stones at a bus near Kut.",
            published: "2021-05-07")
        #expect(joined.filter { EventTyper.family($0.incident.type) == "fighting" }.count == 1)
    }

    func incidents(_ text: String, published: String) -> [ProposedIncident] {
        Shared.incidents(text, published: published)
    }
}
