import BorderIncidents
import Testing
@testable import BorderIngest

/// A running total counted "since" a weekday, on texts written for the tests.
@Suite struct RunningTallyTests {
    /// "since the fighting began on Sunday": the weekday starts a stretch running to publication, not an event of
    /// that day.
    @Test func aWeekdayAfterSinceStartsAStretch() {
        let found = Shared.incidents(
            "Since the fighting began on Sunday, nine soldiers have been killed in total.", published: "2023-05-12")
        #expect(!found.contains { Shared.span($0) == "2023-05-07/2023-05-07" })
    }

    /// A toll counted since a day before the event just told is that event's tally, not an incident of its own.
    @Test func aTallySinceBeforeTheEventJoinsIt() throws {
        let text = """
            Two soldiers were killed on Wednesday in shelling near Tovuz, the ministry said. \
            That brings the number of soldiers killed to nine since the fighting started on Sunday.
            """
        let found = Shared.incidents(text, published: "2023-05-12")
        #expect(found.count == 1)
        let wednesday = try #require(found.first { Shared.span($0) == "2023-05-10/2023-05-10" })
        #expect(Shared.has(wednesday.incident.claims.flatMap(\.casualties), "ALL", .killed, 9))
    }
}
