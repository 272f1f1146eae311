import BorderIncidents
import Testing
@testable import BorderIngest

/// Fighting named as the cause of a closure is background: its year dates none of the report's events, not even as
/// the report's lead date. Sentences written for the test.
@Suite struct ClosureCauseLeadTests {
    @Test func aClosuresCauseDoesNotLeadTheReportsDates() {
        let found = Shared.incidents(
            """
            Leaders open crossings

            The two presidents signed a treaty on the border, the press service reported. The leaders also opened \
            two checkpoints near Batken together.

            The border was closed after clashes between the guards in 2021.
            """)
        #expect(!found.contains { Shared.span($0) == "2021-01-01/2021-12-31" })
        #expect(!found.contains { EventTyper.family($0.incident.type) == "fighting" })
    }
}
