import BorderIncidents
import Testing

@testable import BorderIngest

/// Places named by a sentence that only names what was told before it, on texts written for the tests.
@Suite struct NamingSentenceTests {
    @Test func namedPlacesJoinTheEventBefore() throws {
        let found = Shared.incidents(
            "On 3 May 2021 Azerbaijani forces shelled two villages near Berd, the ministry said.\n\n"
                + "They are called Chinari and Aygedzor in Armenian.",
            published: "2021-05-04")
        let shelling = try #require(found.first { $0.incident.type == .shelling })
        #expect(shelling.incident.locations.map(\.name).contains("Chinari"))
        #expect(shelling.incident.locations.map(\.name).contains("Aygedzor"))
    }
}
