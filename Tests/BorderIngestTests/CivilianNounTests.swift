import BorderIncidents
import Testing
@testable import BorderIngest

/// "Killing a teacher", "a 12-year-old girl was killed": a civilian named by age, family or work counts as one
/// victim, as "a soldier" does. Sentences written for the test.
@Suite struct CivilianNounTests {
    func figures(_ sentence: String) -> [CasualtyClaim] {
        Shared.casualties(Shared.afterDatedLead(sentence))
    }

    @Test func oneCivilianByWorkIsOneVictim() {
        #expect(
            Shared.has(
                figures("Kyrgyz forces shelled a school in Isfara district, killing a teacher."), "TJK", .killed, 1))
        #expect(Shared.has(figures("A Kyrgyz driver was injured when his car was hit."), "KGZ", .wounded, 1))
    }

    @Test func oneCivilianByAgeIsOneVictim() {
        let found = figures("A 12-year-old girl was killed in the village.")
        #expect(found.contains { $0.figures[.killed]?.low == 1 })
    }

    @Test func theyAreCivilians() {
        #expect(ClaimReader.namesCivilians(["a", "teacher"]))
        #expect(!ClaimReader.namesCivilians(["a", "soldier"]))
    }

    @Test func aCivilianIsNoSpeaker() {
        let reader = ClaimReader(outlet: "", sides: Shared.ingester.sides)
        #expect(reader.claimant(["a", "kyrgyz", "teacher"], ["a", "Kyrgyz", "teacher"]) == nil)
    }
}
