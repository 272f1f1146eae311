import BorderIncidents
import Testing
@testable import BorderIngest

/// A stretch of fighting told since a day, after the report has led with the incident of the day the stretch runs
/// to, ends the day before that incident; told first, it runs on to publication (sentences written for the test).
@Suite struct UntilTheDaysEventTests {
    func dates(_ text: String) -> [String] { Shared.spans(text, published: "2021-05-20") }

    @Test func theStretchAfterTheLeadEndsTheDayBefore() {
        let read = dates(
            "A guard was killed in a shootout near Vorukh on 20 May 2021. Shelling has hit Kök-Tash since 12 May.")
        #expect(read.contains("2021-05-20/2021-05-20"))
        #expect(read.contains("2021-05-12/2021-05-19"))
        #expect(!read.contains("2021-05-12/2021-05-20"))
    }

    @Test func theStretchToldFirstRunsToPublication() {
        let read = dates(
            "Shelling has hit Kök-Tash since 12 May. A guard was killed in a shootout near Vorukh on 20 May 2021.")
        #expect(read.contains("2021-05-12/2021-05-20"))
        #expect(!read.contains("2021-05-12/2021-05-19"))
    }
}
