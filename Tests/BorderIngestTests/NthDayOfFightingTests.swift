import BorderIncidents
import Testing
@testable import BorderIngest

/// A report of the Nth day of fighting dates an incident it tells without a date of its own over the N days that end
/// on its lead day; the lead incident keeps its day (sentences written for the test).
@Suite struct NthDayOfFightingTests {
    func dates(_ text: String) -> [String] { Shared.spans(text, published: "2022-09-16") }

    @Test func theUndatedShellingSpansTheEpisode() {
        let read = dates(
            "Two guards were killed on 16 September 2022 in a fourth day of fighting near Vorukh.\n\n"
                + "Each side says the other shelled houses in the village of Kök-Tash.")
        #expect(read.contains("2022-09-16/2022-09-16"))
        #expect(read.contains("2022-09-13/2022-09-16"))
    }

    @Test func withoutTheNthDayTheShellingKeepsTheLeadDay() {
        let read = dates(
            "Two guards were killed on 16 September 2022 in fighting near Vorukh.\n\n"
                + "Each side says the other shelled houses in the village of Kök-Tash.")
        #expect(!read.contains("2022-09-13/2022-09-16"))
    }

    @Test func theOrdinalIsRead() {
        #expect(IncidentAssembler.nthDayOfFighting(["a", "third", "day", "of", "clashes"]) == 3)
        #expect(IncidentAssembler.nthDayOfFighting(["the", "third", "day", "of", "talks"]) == nil)
    }
}
