import BorderIncidents
import Testing
@testable import BorderIngest

/// Fighting told as "overnight" took the night before the day it is read against, over two days, as "last night"
/// does; talks "overnight" stay on that day. Sentences written for the test.
@Suite struct OvernightFightingTests {
    func span(_ text: String) -> String? {
        Shared.span(Shared.incidents("Border report\n\n" + text, published: "2023-09-09").first)
    }

    @Test func fightingOvernightIsTheNightBefore() {
        #expect(
            span("Armenian forces fired on Azerbaijani positions near Sadarak overnight.") == "2023-09-08/2023-09-09")
    }

    @Test func anHourStillPicksTheNightsDay() {
        #expect(span("Overnight, at about 2.40 a.m., soldiers fired at a house near Sotk.") == "2023-09-09/2023-09-09")
    }

    @Test func talksOvernightStayOnTheDay() {
        let day = IncidentDate(
            start: Day(year: 2023, month: 9, day: 9)!, end: Day(year: 2023, month: 9, day: 9)!, precision: .day,
            reading: "'overnight' read against publication on 2023-09-09 (Saturday)")
        #expect(IncidentAssembler.overnightFighting(day, type: .statement) == day)
        #expect(IncidentAssembler.overnightFighting(day, type: .shelling).start == Day(year: 2023, month: 9, day: 8)!)
    }
}
