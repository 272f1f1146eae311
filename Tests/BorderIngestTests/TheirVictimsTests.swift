import BorderIncidents
import Testing
@testable import BorderIngest

/// "Tajik officials said one of their soldiers was killed": with no side named near the figure, "their" victims
/// are the speaker's, as "its" are; a side named near them still decides. Sentences written for the test.
@Suite struct TheirVictimsTests {
    func figures(_ sentence: String) -> [CasualtyClaim] {
        Shared.casualties(Shared.afterDatedLead(sentence))
    }

    @Test func oneOfTheirIsOneOfTheSpeakers() {
        #expect(Shared.has(figures("Tajik officials said one of their soldiers was killed."), "TJK", .killed, 1))
        #expect(
            Shared.has(figures("Kyrgyz officials said two of their border guards were wounded."), "KGZ", .wounded, 2))
    }

    @Test func aSideNamedNearTheVictimsStillDecides() {
        #expect(
            Shared.has(figures("Kyrgyz forces shelled Tajik posts, killing two of their soldiers."), "TJK", .killed, 2))
    }
}
