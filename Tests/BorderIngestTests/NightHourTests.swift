import BorderIncidents
import Testing
@testable import BorderIngest

/// A night runs over two days; the time of day an incident of that night gives says which day it was. Sentences
/// written for the test.
@Suite struct NightHourTests {
    func span(_ text: String) -> String? {
        Shared.span(Shared.incidents(text, published: "2021-05-07").first)
    }

    @Test func anHourAfterMidnightIsTheNightsSecondDay() {
        #expect(span("Last night, at about 2.40 a.m., soldiers fired at a house near Sotk.") == "2021-05-07/2021-05-07")
    }

    @Test func anEveningHourIsTheNightsFirstDay() {
        #expect(span("Last night, at 22:15, soldiers fired at a house near Sotk.") == "2021-05-06/2021-05-06")
    }

    @Test func aNightWithoutAnHourOrWithADaytimeOneStaysTwoDays() {
        #expect(span("Soldiers fired at a house near Sotk last night.") == "2021-05-06/2021-05-07")
        let day = IncidentDate(
            start: Day(year: 2021, month: 5, day: 6)!, end: Day(year: 2021, month: 5, day: 7)!, precision: .day,
            reading: "the night of 6-7 May stated")
        #expect(IncidentAssembler.nightDay(day, clock: 12 * 60) == day)
        #expect(IncidentAssembler.nightDay(day, clock: nil) == day)
        #expect(IncidentAssembler.nightDay(day, clock: -60) == day, "a time told only as after another")
    }
}
