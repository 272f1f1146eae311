import BorderIncidents
import Testing

@testable import BorderIngest

/// A sentence that ends on a colon opens a list; the short lines after it name what it told of. Texts written for
/// the tests.
@Suite struct ListLineTests {
    @Test func theLinesOfAListGiveTheirPlacesToTheSentenceThatOpensIt() throws {
        let found = Shared.incidents(
            "Villages shelled\n\nAzerbaijani forces shelled two villages on 3 May 2021, the ministry said. "
                + "The shells hit the following villages:\n\nChinari\n\nAygedzor\n\n"
                + "The ministry gave no figures for the damage.",
            published: "2021-05-04")
        let shelling = try #require(found.first { $0.incident.type == .shelling })
        #expect(shelling.incident.locations.map(\.name).contains("Chinari"))
        #expect(shelling.incident.locations.map(\.name).contains("Aygedzor"))
    }

    @Test func aListLineIsShortAndUnclosed() {
        #expect(IncidentAssembler.isListLine(ReportText("Chinari (village)").sentences[0]))
        #expect(!IncidentAssembler.isListLine(ReportText("Chinari was shelled.").sentences[0]))
        #expect(
            !IncidentAssembler.isListLine(
                ReportText("the villages along the road between the two towns were shelled again and again").sentences[
                    0]))
    }
}
