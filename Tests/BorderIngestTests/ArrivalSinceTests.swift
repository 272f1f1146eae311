import BorderIncidents
import Testing
@testable import BorderIngest

/// Troops or posts on the other's territory since a month arrived in that month: the date is the month, not a stretch
/// until publication; fighting since a month still runs on (sentences written for the test).
@Suite struct ArrivalSinceTests {
    func dates(_ text: String) -> [String] { Shared.spans(Shared.afterDatedLead(text), published: "2022-09-17") }

    @Test func postsStationedSinceAMonthArrivedThen() {
        let read = dates(
            "Guards opened fire from posts that, since March 2021, have been stationed on the territory of Kyrgyzstan.")
        #expect(read.contains("2021-03-01/2021-03-31"))
        #expect(!read.contains("2021-03-01/2022-09-17"))
    }

    @Test func fightingSinceAMonthRunsOn() {
        let read = dates("Guards have opened fire on the posts near Vorukh since March 2021.")
        #expect(read.contains("2021-03-01/2022-09-17"))
    }
}
