import BorderIncidents
import Testing

@testable import BorderIngest

/// What the sentences around a loss figure tell of it: who says it, whose the victims are, which event they
/// belong to; sentences written for the test.
@Suite struct LossContextTests {
    func incidents(_ text: String) -> [ProposedIncident] {
        Shared.ingester.ingest(text, published: nil, outlet: nil, sourceURL: nil).incidents
    }

    /// The side and claimant side of every figure of `kind` equal to `low`.
    func found(_ ps: [ProposedIncident], _ kind: CasualtyKind, _ low: Int) -> [(side: String, claimant: String)] {
        ps.flatMap(\.incident.claims).flatMap { claim in
            claim.casualties.filter { $0.figures[kind]?.low == low }.map { ($0.side, claim.side) }
        }
    }

    /// A speaker named in one sentence speaks for the next two, not for every sentence after them.
    @Test func aSpeakerCarriesOverTwoSentencesOnly() {
        let far = incidents(
            "The Tajik side said guards exchanged fire near Vorukh on 5 May 2023. The shooting lasted an hour. "
                + "Roads were closed. Schools were shut. Four people were wounded.")
        #expect(!found(far, .wounded, 4).isEmpty)
        #expect(found(far, .wounded, 4).allSatisfy { $0.claimant != "TJK" && $0.side != "TJK" })
        let near = incidents(
            "The Tajik side said guards exchanged fire near Vorukh on 5 May 2023. Four of its guards were wounded.")
        #expect(found(near, .wounded, 4).contains { $0.claimant == "TJK" && $0.side == "TJK" })
    }

    /// "They were taken to Batken hospital", "a resident of Kök-Tash village": victims treated or living on one
    /// side's ground are that side's; places of both sides give none.
    @Test func theVictimsPlaceGivesTheirSide() {
        let hospital = incidents(
            "Guards exchanged fire near Vorukh on 5 May 2023.\n\nFourteen people were injured. They were taken to "
                + "Batken hospital.")
        #expect(found(hospital, .wounded, 14).map(\.side) == ["KGZ"])
        let resident = incidents(
            "Guards exchanged fire near Vorukh on 5 May 2023.\n\nA resident of Kok-Tash village was hurt. In all, "
                + "eight victims sought medical help.")
        #expect(found(resident, .wounded, 8).map(\.side) == ["KGZ"])
        let both = incidents(
            "Guards exchanged fire near Vorukh on 5 May 2023.\n\nFourteen people were injured. They were taken to "
                + "Batken hospital and to the hospital in Isfara.")
        #expect(found(both, .wounded, 14).map(\.side) == ["ALL"])
    }

    /// "Another incident began on 4 May …": the paragraphs after it without a date of their own go on with it,
    /// not with the report's first event.
    @Test func whatFollowsAnotherEventIsMoreOfIt() {
        let ps = incidents(
            "Guards exchanged fire near Vorukh on 5 May 2023.\n\nAnother border incident began on 4 May 2023 near "
                + "Kok-Tash.\n\nEight people were wounded.")
        let fourth = ps.first { $0.incident.date.start == Day(iso: "2023-05-04") }
        #expect(fourth?.incident.claims.flatMap(\.casualties).contains { $0.figures[.wounded]?.low == 8 } == true)
        let fifth = ps.first { $0.incident.date.start == Day(iso: "2023-05-05") }
        #expect(fifth?.incident.claims.flatMap(\.casualties).contains { $0.figures[.wounded]?.low == 8 } == false)
    }
}
