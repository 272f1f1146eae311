import BorderIncidents
import Testing

@testable import BorderIngest

/// Places named only as where damage was done, on texts written for the tests.
@Suite struct DamageSceneTests {
    @Test func damagedPlacesJoinTheFighting() throws {
        let found = Shared.incidents(
            "Envoys visited the damage in Sotk and Kut communities today, the embassy said.\n\n"
                + "Azerbaijani forces shelled Vardenis on September 13, the ministry said.",
            published: "2022-09-29")
        let shelling = try #require(found.first { $0.incident.type == .shelling })
        #expect(shelling.incident.locations.map(\.name).contains("Sotk"))
        #expect(shelling.incident.locations.map(\.name).contains("Kut"))
    }
}
