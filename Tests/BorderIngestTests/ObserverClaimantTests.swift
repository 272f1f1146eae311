import BorderIncidents
import Testing

@testable import BorderIngest

/// A rights group that gives losses speaks for neither side; sentences written for the test.
@Suite struct ObserverClaimantTests {
    func claims(_ text: String) -> [Claim] { Shared.claims(text) }

    @Test func aRightsGroupIsAThirdPartyObserver() throws {
        let found = claims(
            "Guards exchanged fire near Vorukh on 4 April 2021. Two Kyrgyz villagers were killed, Amnesty International said."
        )
        let claim = try #require(found.first { $0.casualties.contains { $0.figures[.killed]?.low == 2 } })
        #expect(claim.claimant == "Amnesty International")
        #expect(claim.side == "third" && claim.role == "rights-group")
    }
}
