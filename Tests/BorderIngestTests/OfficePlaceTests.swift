import BorderIncidents
import Testing
@testable import BorderIngest

/// The places of a speaker's office are places of the fighting his words are claims about (sentences written for
/// the test).
@Suite struct OfficePlaceTests {
    func names(_ text: String) throws -> [String] {
        let found = Shared.incidents(text)
        let clash = try #require(found.first { $0.incident.type == .armedClash })
        return clash.incident.locations.map(\.name)
    }

    @Test func aSpeakersOfficePlacesTheFightingHeSpeaksOf() throws {
        let places = try names(
            """
            Guards clashed near Batken on 4 May 2023.

            Rustam Saidov, the head of the Chorkuh council in Tajikistan's Isfara district, gave this account to reporters.

            "They hit two of our soldiers," Saidov said.
            """)
        #expect(places.contains("Chorkuh"))
        #expect(places.contains("Isfara District"))
        #expect(places.contains("Batken"), "the fighting's own place stays")
    }

    @Test func anOfficeBeforeTheNamePlacesToo() throws {
        let places = try names(
            """
            Guards clashed near Batken on 4 May 2023.

            The head of the Chorkuh council in Tajikistan's Isfara district, Rustam Saidov, gave this account.

            "They wounded two of our soldiers," Saidov said.
            """)
        #expect(places.contains("Chorkuh"))
    }

    @Test func anOfficialWhoMakesNoClaimOnTheFightingPlacesNothing() throws {
        let places = try names(
            """
            Guards clashed near Batken on 4 May 2023, and two soldiers were wounded.

            Rustam Saidov, the head of the Chorkuh council in Tajikistan's Isfara district, will meet Kyrgyz officials.
            """)
        #expect(!places.contains("Chorkuh"))
        #expect(!places.contains("Isfara District"))
    }
}
