import BorderIncidents
import Testing
@testable import BorderIngest

/// The date after "the anniversary of" is that of the event remembered, never a date of an incident the report tells
/// (sentences written for the test).
@Suite struct AnniversaryDateTests {
    @Test func theRememberedDateDatesNoIncident() {
        let read = Shared.spans(
            Shared.afterDatedLead(
                "The shootout fell on the anniversary of the signing of the border accord in Dushanbe on 3 May 2019."),
            published: "2022-09-17")
        #expect(!read.contains("2019-05-03/2019-05-03"))
        #expect(read.contains("2022-09-16/2022-09-16"))
    }

    @Test func aDateAfterTheSentenceEndsIsRead() {
        let read = Shared.spans(
            Shared.afterDatedLead("Villagers marked the anniversary. Guards opened fire near Vorukh on 3 May 2021."),
            published: "2022-09-17")
        #expect(read.contains("2021-05-03/2021-05-03"))
    }
}
