import BorderIncidents
import Testing
@testable import BorderIngest

/// "Overnight" in a report without a publication date, on texts written for the tests.
@Suite struct OvernightAnchorTests {
    /// Fighting "overnight" took the night before the latest day the text states, over two days.
    @Test func overnightFightingIsTheNightBeforeTheLatestStatedDay() {
        let found = Shared.incidents(
            "Officials said on Friday, March 4, 2022, that talks had begun.\n\nAfter the overnight shootout near Batken, the guards withdrew, the ministry said."
        )
        #expect(found.contains { Shared.span($0) == "2022-03-03/2022-03-04" })
        #expect(!found.contains { Shared.span($0) == "2022-03-04/2022-03-04" && $0.incident.type == .armedClash })
    }

    /// Talks "overnight" stay on that day.
    @Test func overnightTalksStayOnTheLatestStatedDay() {
        let found = Shared.incidents(
            "Officials said on Friday, March 4, 2022, that the shooting near Batken had stopped.\n\nThe ministers agreed a ceasefire overnight."
        )
        #expect(!found.contains { Shared.span($0) == "2022-03-03/2022-03-04" })
    }
}
