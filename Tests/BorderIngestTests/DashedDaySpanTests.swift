import BorderIncidents
import Testing
@testable import BorderIngest

/// Two days joined by an en dash, or by a dash set between spaces, are the span of those days as the hyphenated form
/// is (sentences written for the test).
@Suite struct DashedDaySpanTests {
    func date(_ text: String) throws -> IncidentDate {
        try #require(Shared.incidents(text, published: "2021-05-07").first).incident.date
    }

    @Test func anEnDashBetweenTwoDaysIsTheNightOverBoth() throws {
        let night = try date("Guards fought near Vorukh on 12–13 April 2021.")
        #expect("\(night.start)/\(night.end)" == "2021-04-12/2021-04-13")
        #expect(night.precision == .day)
        let monthFirst = try date("Guards fought near Vorukh on April 12–13, 2021.")
        #expect("\(monthFirst.start)/\(monthFirst.end)" == "2021-04-12/2021-04-13")
    }

    @Test func aSpacedDashBetweenDaysIsTheSpan() throws {
        let days = try date("Guards fought near Vorukh on 28 – 30 April 2021.")
        #expect("\(days.start)/\(days.end)" == "2021-04-28/2021-04-30")
        #expect(days.precision == .period)
    }

    @Test func aDashBetweenOtherNumbersDatesNothingMore() throws {
        // A score or a count joined by a dash is no span: only the stated day dates the fighting.
        let day = try date("Guards fired 2 – 3 shots near Vorukh on 4 May 2021.")
        #expect("\(day.start)/\(day.end)" == "2021-05-04/2021-05-04")
    }
}
