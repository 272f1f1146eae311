import BorderIncidents
import Testing
@testable import BorderIngest

/// "The Kyrgyz interior ministry said", "a Tajik representative said": lower-case titles of offices and bodies are
/// part of a speaker's name, which so reaches the side word before them. Sentences written for the test.
@Suite struct SpeakerTitleTests {
    func claims(_ sentence: String) -> [Claim] {
        Shared.claims(Shared.afterDatedLead(sentence))
    }

    @Test func aTitledBodySpeaksForItsSide() {
        let found = claims("The Kyrgyz interior ministry said two border guards were wounded.")
        #expect(found.contains { $0.side == "KGZ" && $0.claimant == "Kyrgyz interior ministry" })
        #expect(Shared.has(found.flatMap(\.casualties), "KGZ", .wounded, 2))
    }

    @Test func aTitledPersonSpeaksForItsSide() {
        #expect(claims("The Kyrgyz ambassador said two border guards were wounded.").contains { $0.side == "KGZ" })
        #expect(claims("A Tajik representative said two border guards were wounded.").contains { $0.side == "TJK" })
        #expect(claims("The Tajik border troops commander said two guards were wounded.").contains { $0.side == "TJK" })
    }

    @Test func titlesAreNoPersonsName() {
        #expect(ClaimReader.nameWords.contains("ambassador"))
        #expect(!ClaimReader.nameWords.contains("officer"), "an officer is as often a victim")
    }
}
