import BorderIncidents
import Testing
@testable import BorderIngest

/// Weekdays in a report without a publication date, on texts written for the tests.
@Suite struct WeekdayAnchorTests {
    /// A weekday is the day of that name nearest the latest day the text states in full.
    @Test func aWeekdayIsReadNearTheLatestStatedDay() {
        let found = Shared.incidents(
            "Officials said on Friday, March 4, 2022, that the shooting which broke out on Thursday evening near Batken had stopped."
        )
        #expect(found.contains { Shared.span($0) == "2022-03-03/2022-03-03" })
    }

    /// A short line of a page's date ("Saturday, December 2, 2023") is the page's, no anchor for the report's days.
    @Test func aPageDateLineAnchorsNoWeekday() {
        let found = Shared.incidents(
            "Saturday, December 2, 2023\n\nGuards exchanged fire near Batken on Monday evening, the border service said."
        )
        #expect(!found.contains { Shared.span($0) == "2023-12-04/2023-12-04" })
    }
}
