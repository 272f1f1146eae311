import BorderIncidents
import Testing
@testable import BorderIngest

/// "The incident, which took place days before …": the event named again with a loose span is the event told, not
/// another of the span. Sentences written for the test.
@Suite struct NamedAgainTests {
    @Test func theEventNamedAgainWithALooseSpanIsTheEventTold() {
        let found = Shared.incidents(
            """
            Guards exchanged fire near Sotk yesterday, the ministry said.

            The incident that took place just days before a meeting of the two leaders shows that talks are needed.
            """, published: "2021-05-07")
        let fighting = found.filter { EventTyper.family($0.incident.type) == "fighting" }
        #expect(fighting.count == 1)
        #expect(Shared.span(fighting.first) == "2021-05-06/2021-05-06")
    }

    /// A new event of the span, not named as the one told, stays an incident of its own.
    @Test func anotherEventOfTheSpanStaysApart() {
        let found = Shared.incidents(
            """
            Guards exchanged fire near Sotk yesterday, the ministry said.

            Shelling hit Kut days before, officials said.
            """, published: "2021-05-07")
        #expect(found.filter { EventTyper.family($0.incident.type) == "fighting" }.count == 2)
    }
}
