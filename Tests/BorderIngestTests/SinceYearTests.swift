import BorderIncidents
import Testing
@testable import BorderIngest

/// "since" before a year, on a text written for the test.
@Suite struct SinceYearTests {
    /// "Since 1994, when the armies agreed a ceasefire": the year is that event's, not the start of a stretch to now.
    @Test func aYearSinceWhichAnEventIsToldIsThatEventsYear() {
        let found = Shared.incidents(
            "Guards exchanged fire near Sotk on 3 May 2021. Since 1994, when the armies agreed a ceasefire, relations have been tense.",
            published: "2021-05-04")
        #expect(found.contains { Shared.span($0) == "1994-01-01/1994-12-31" })
        #expect(!found.contains { Shared.span($0) == "1994-01-01/2021-05-04" })
    }
}
