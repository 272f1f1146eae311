import BorderIncidents
import Testing
@testable import BorderIngest

/// A report that states no date at all still has a lead event: its fighting takes the scene of the first paragraph
/// that names a place (sentences written for the test).
@Suite struct DatelessReportSceneTests {
    @Test func theFightingOfADatelessReportIsPlacedByItsFirstPlacedParagraph() throws {
        let found = Shared.incidents(
            """
            Kyrgyz guards were on duty at a disputed section of the border near Teskey.

            Tajik guards tried to reach a new line. A shootout began and lasted ten minutes.
            """)
        let clash = try #require(found.first { $0.incident.type == .armedClash })
        #expect(!clash.dateResolved)
        #expect(clash.incident.locations.map(\.name) == ["Teskey"])
    }

    @Test func aDatedReportKeepsItsUndatedFightingUnplacedByOtherParagraphs() {
        let found = Shared.incidents(
            """
            Officials met near Teskey on 3 June 2023 to discuss the border.

            Elsewhere, a shootout began and lasted ten minutes, officials said on 5 June 2023.
            """)
        #expect(
            !found.contains { p in
                p.incident.type == .armedClash && p.incident.locations.contains { $0.name == "Teskey" }
            })
    }
}
