import BorderIncidents
import Testing

@testable import BorderIngest

/// Losses told after a clause recalling the day before's, on texts written for the tests.
@Suite struct DayAfterRecapTests {
    @Test func lossesAfterADayAfterRecapAreTheDayBefores() throws {
        let found = Shared.incidents(
            "Fresh clashes erupted near Sotk on Wednesday, the ministry said, "
                + "a day after dozens were killed in fighting.\n\n"
                + "At least 30 Armenian soldiers were killed, the ministry said.",
            published: "2022-09-14")
        let tuesday = try #require(found.first { $0.incident.date.start == Day(year: 2022, month: 9, day: 13)! })
        #expect(tuesday.incident.claims.contains { $0.casualties.contains { $0.figures[.killed]?.low == 30 } })
    }
}
