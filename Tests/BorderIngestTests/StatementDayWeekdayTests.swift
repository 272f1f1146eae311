import BorderIncidents
import Testing
@testable import BorderIngest

/// "said on Friday, 28 January, that …": a weekday with its comma before the day and month names the same
/// statement day; sentences written for the test.
@Suite struct StatementDayWeekdayTests {
    @Test func aWeekdayBeforeTheDayItNamesStillDatesTheStatement() throws {
        let text = """
            The ministry said on Friday, January 28, 2022, that three soldiers had been wounded near Sotk.

            The shooting that began on Thursday evening was the worst this year.
            """
        let found = Shared.incidents(text)
        let fighting = found.filter { EventTyper.family($0.incident.type) == "fighting" }
        #expect(fighting.count == 1)
        #expect(Shared.span(fighting.first) == "2022-01-27/2022-01-27")
        let wounded = (fighting.first?.incident.claims ?? []).flatMap(\.casualties).compactMap {
            $0.figures[.wounded]?.low
        }
        #expect(wounded.contains(3))
    }

    @Test func theWeekdayAndItsCommaAreSkippedBackToTheVerb() {
        let w = ["they", "said", "on", "friday", ",", "january", "28", ",", "that"]
        #expect(DateReader.isWeekdayBefore(w, 4))
        #expect(DateReader.isWeekdayBefore(w, 3))
        #expect(!DateReader.isWeekdayBefore(w, 7), "a comma after no weekday")
    }
}
