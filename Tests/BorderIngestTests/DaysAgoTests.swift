import BorderIncidents
import Testing
@testable import BorderIngest

/// "Two days ago", "the day before yesterday": a count of days back from publication names one day, as
/// "yesterday" does; "two days earlier" still counts from the event told before. Sentences written for the test.
@Suite struct DaysAgoTests {
    func span(_ sentence: String) -> String? {
        Shared.span(Shared.incidents("Border report\n\n" + sentence, published: "2022-01-28").first)
    }

    @Test func aCountOfDaysAgoIsThatDay() {
        #expect(
            span("Kyrgyz and Tajik border guards exchanged fire near Vorukh two days ago.") == "2022-01-26/2022-01-26")
        #expect(span("Border guards exchanged fire near Vorukh 3 days ago.") == "2022-01-25/2022-01-25")
    }

    @Test func theDayBeforeYesterdayIsTwoDaysBack() {
        #expect(span("Border guards exchanged fire near Vorukh the day before yesterday.") == "2022-01-26/2022-01-26")
    }

    @Test func daysAgoWithoutACountStaysTheWeekBefore() throws {
        let published = try #require(Day(iso: "2022-01-28"))
        #expect(try RelativeDate.resolve("days ago", published: published).iso == "2022-01-21/2022-01-27")
        #expect(try RelativeDate.resolve("2 days ago", published: published).iso == "2022-01-26")
        #expect(DateReader.daysAgo(40) == nil, "a count of weeks' worth of days is no news day")
    }
}
