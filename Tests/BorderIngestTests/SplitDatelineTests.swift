import BorderIncidents
import Testing
@testable import BorderIngest

/// A dateline cut at its full stops ("Place. Month Day. AGENCY - …") dates the report, not an event (sentences
/// written for the test).
@Suite struct SplitDatelineTests {
    @Test func aDateBetweenAPlaceAndAnAgencysCreditIsTheDatelines() throws {
        let report = ReportText("Osh. March 3. NewsWire - Kyrgyzstan handed Tajikistan a note over the incident.")
        #expect(report.sentences.count == 3)
        #expect(ReportIngester.isSplitDatelineDate(report.sentences[1], next: report.sentences[2]))
    }

    @Test func aDateBeforeAnOrdinarySentenceIsNotADateline() throws {
        let report = ReportText("Osh. March 3. Tajik guards fired at a Kyrgyz post - two were wounded.")
        #expect(!ReportIngester.isSplitDatelineDate(report.sentences[1], next: report.sentences[2]))
    }

    @Test func theDatelinesDayMakesNoIncidentOfItsOwn() throws {
        let found = Shared.incidents(
            "Osh. March 3. NewsWire - Bishkek protested to Dushanbe over a shooting at the frontier, the wire said."
                + "\nOfficials said that on March 2 Tajik guards fired at a Kyrgyz post near Isfana, wounding two guards.",
            published: "2016-03-03")
        #expect(!found.isEmpty)
        #expect(!found.contains { Shared.span($0) == "2016-03-03/2016-03-03" })
        #expect(found.contains { Shared.span($0) == "2016-03-02/2016-03-02" })
    }
}
