import BorderIncidents
import Testing
@testable import BorderIngest

/// "In Tajikistan, officials said …": a clause that opens on a side's country or capital seats a speaker named
/// without a side there. Sentences written for the test.
@Suite struct SpeakerOpeningSeatTests {
    func claims(_ sentence: String) -> [Claim] {
        Shared.claims(Shared.afterDatedLead(sentence))
    }

    @Test func officialsInACountrySpeakForIt() {
        let found = claims("In Tajikistan, officials said one person died and three were injured.")
        #expect(found.contains { $0.side == "TJK" && $0.claimant == "officials" })
        #expect(Shared.has(found.flatMap(\.casualties), "TJK", .killed, 1))
    }

    @Test func officialsInACapitalSpeakForItsCountry() {
        let found = claims("In Bishkek, officials said two border guards were wounded.")
        #expect(Shared.has(found.flatMap(\.casualties), "KGZ", .wounded, 2))
    }

    @Test func aMonthIsNoSeat() {
        let found = claims("In April, officials said two border guards were wounded.")
        #expect(!found.contains { $0.claimant == "officials" })
    }
}
