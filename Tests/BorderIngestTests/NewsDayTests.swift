import BorderIncidents
import Testing
@testable import BorderIngest

/// A report that names no day tells its fighting as the news of the day it is published (sentences written for
/// the test).
@Suite struct NewsDayTests {
    func incidents(_ text: String, published: String? = nil) -> [ProposedIncident] {
        Shared.incidents(text, published: published)
    }

    @Test func fightingInAReportNamingNoDayIsOfThePublicationDay() throws {
        let found = incidents(
            "Kyrgyz guards saw herders near Batken. One of the herders fired two shots at the guards.",
            published: "2023-06-05")
        let clash = try #require(found.first)
        #expect(clash.dateResolved)
        #expect(Shared.span(clash) == "2023-06-05/2023-06-05")
        #expect(clash.incident.date.precision == .day)
        #expect(clash.incident.date.reading.contains("names no day"))
    }

    @Test func aReportNamingADayAnywhereKeepsUndatedFightingUndated() throws {
        let found = incidents(
            "Talks were held in Batken on 3 June 2023. Kyrgyz guards saw herders near Isfana. One of them fired two shots.",
            published: "2023-06-05")
        #expect(!found.isEmpty)
        #expect(!found.contains { Shared.span($0) == "2023-06-05/2023-06-05" })
    }

    @Test func withoutAPublicationDayNothingIsDated() throws {
        let found = incidents(
            "Kyrgyz guards saw herders near Batken. One of the herders fired two shots at the guards.")
        #expect(found.allSatisfy { !$0.dateResolved })
    }

    @Test func aDatelineOrAnAddressIsTheDayOfTheNews() throws {
        let datelined = incidents(
            "BISHKEK, 5 June 2023 – Tajik guards fired at a Kyrgyz post near Batken, officials said.")
        #expect(Shared.span(datelined.first) == "2023-06-05/2023-06-05")
        let addressed = Shared.ingester.ingest(
            "Tajik guards fired at a Kyrgyz post near Batken, officials said.", published: nil, outlet: nil,
            sourceURL: "https://example.org/news/2023/06/05/post-fired-on"
        ).incidents
        #expect(Shared.span(addressed.first) == "2023-06-05/2023-06-05")
    }
}
