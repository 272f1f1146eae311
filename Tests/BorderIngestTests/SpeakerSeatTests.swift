import BorderIncidents
import Testing
@testable import BorderIngest

/// Where a speaker sits and which side a clause is told from, on sentences written for the tests.
@Suite struct SpeakerSeatTests {
    /// "the ministry in Yerevan": a capital after a government body is its seat, no place of the fighting.
    @Test func aCapitalAfterAGovernmentBodyIsNoScene() throws {
        let p = try #require(
            Shared.incidents(
                "On 3 May 2021 two soldiers were killed near Sotk, according to a statement of the ministry in Yerevan."
            ).first)
        #expect(p.incident.locations.map(\.name) == ["Sotk"])
    }

    /// "On the Armenian side, two soldiers were killed": the side a clause opens on is the victims', whoever speaks.
    @Test func theSideAClauseOpensOnIsTheVictims() {
        let f = Shared.casualties(
            "On the Armenian side, two soldiers were killed and one other wounded, the observers said on 3 May 2021.")
        #expect(Shared.has(f, "ARM", .killed, 2))
        #expect(Shared.has(f, "ARM", .wounded, 1))
        #expect(!Shared.has(f, "ALL", .killed, 2))
    }

    /// "according to the defence ministry in Yerevan": the seat after the body names the claim's side.
    @Test func theSeatAfterAccordingToNamesTheClaimantsSide() {
        let f = Shared.casualties(
            "On 3 May 2021 two soldiers were killed near Sotk, according to the defence ministry in Yerevan.")
        #expect(Shared.has(f, "ARM", .killed, 2))
    }

    /// "according to a statement from the defence ministry of Azerbaijan": the body that issued the statement
    /// speaks, and its unqualified soldiers are its own.
    @Test func theIssuerOfAStatementSpeaks() {
        let f = Shared.casualties(
            "According to a statement from the defence ministry of Azerbaijan, two army soldiers were killed on 3 May 2021."
        )
        #expect(Shared.has(f, "AZE", .killed, 2))
    }

    /// "<state> on <weekday> said": a day between the speaker and its verb leaves the speaker its name.
    @Test func aDayBetweenTheSpeakerAndItsVerbKeepsTheSpeaker() {
        let f = Shared.incidents(
            "Tajikistan on Monday said 7 of its citizens were killed in the shooting near Vorukh.",
            published: "2021-05-04"
        ).flatMap(\.incident.claims).flatMap(\.casualties)
        #expect(Shared.has(f, "TJK", .killed, 7))
    }
}
