import BorderIncidents
import Testing
@testable import BorderIngest

/// An accord signed after a meeting that the dated sentence before it places is signed at that meeting's place
/// (sentences written for the test).
@Suite struct SigningVenueTests {
    @Test func theSigningTakesThePlaceOfTheMeetingThatDatesIt() throws {
        let found = Shared.incidents(
            "Talks report\n\nOn 2 March 2023, in the town of Isfara, the two delegations met. "
                + "Following the meeting, a protocol was signed.")
        let signing = try #require(found.first { $0.incident.type == .statement })
        #expect(Shared.span(signing) == "2023-03-02/2023-03-02")
        #expect(signing.incident.locations.map(\.name) == ["Isfara"])
    }

    @Test func aSigningDatedByItselfTakesNoEarlierMeetingsPlace() throws {
        let found = Shared.incidents(
            "Talks report\n\nOn 1 March 2023, in the town of Isfara, the two delegations met. "
                + "On 2 March 2023 a protocol was signed.")
        let signing = try #require(found.first { Shared.span($0) == "2023-03-02/2023-03-02" })
        #expect(signing.incident.locations.isEmpty)
    }
}
