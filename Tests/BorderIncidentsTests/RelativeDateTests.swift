import Testing
@testable import BorderIncidents

@Suite struct RelativeDateTests {
    let jul28 = Day(iso: "2021-07-28")!  // a Wednesday
    let nov16 = Day(iso: "2021-11-16")!  // a Tuesday
    let sep13 = Day(iso: "2022-09-13")!  // a Tuesday

    @Test func weekdaysOfKnownDays() {
        #expect(jul28.weekdayName == "Wednesday")
        #expect(nov16.weekdayName == "Tuesday")
        #expect(Day(iso: "2020-09-27")!.weekdayName == "Sunday")
        #expect(Day(iso: "2000-02-29")!.weekday == 2)
        #expect(Day(ordinal: jul28.ordinal) == jul28)
        #expect(Day(iso: "2021-02-29") == nil)
    }

    @Test func weekdayIsTheLatestOnOrBeforePublication() throws {
        #expect(try RelativeDate.resolve("Wednesday", published: jul28).iso == "2021-07-28")
        #expect(try RelativeDate.resolve("Tuesday", published: nov16).iso == "2021-11-16")
        #expect(try RelativeDate.resolve("on Monday", published: nov16).iso == "2021-11-15")
        #expect(try RelativeDate.resolve("Wednesday", published: sep13).iso == "2022-09-07")
    }

    @Test func weeksMonthsAndDaysBefore() throws {
        let lastWeek = try RelativeDate.resolve("last week", published: sep13)
        #expect(lastWeek.iso == "2022-09-05/2022-09-11" && lastWeek.precision == .week)
        let august = try RelativeDate.resolve("in August", published: sep13)
        #expect(august.iso == "2022-08-01/2022-08-31" && august.precision == .month)
        #expect(try RelativeDate.resolve("in December", published: sep13).iso == "2021-12-01/2021-12-31")
        #expect(try RelativeDate.resolve("days before", published: jul28).iso == "2021-07-21/2021-07-27")
        #expect(throws: RelativeDate.UnknownPhrase(phrase: "the other day")) {
            try RelativeDate.resolve("the other day", published: jul28)
        }
    }
}
