import BorderIncidents
import Testing
@testable import BorderIngest

/// A side named as the one whose fire caused the losses ("in Azerbaijani shelling", "after Tajik forces opened
/// fire") is the attacker: its word does not give the victims' side. Sentences written for the test.
@Suite struct AttackerWordsTests {
    func figures(_ sentence: String) -> [CasualtyClaim] {
        Shared.casualties(Shared.afterDatedLead(sentence))
    }

    @Test func anAdjectiveBeforeFireNamesTheAttacker() {
        let shelled = figures("Two civilians were killed in Azerbaijani shelling.")
        #expect(Shared.has(shelled, "ARM", .killed, 2))
        #expect(!shelled.contains { $0.side == "AZE" })
        #expect(
            Shared.has(figures("Three soldiers were wounded as a result of Armenian sniper fire."), "AZE", .wounded, 3))
    }

    @Test func aBodyThatOpensFireIsTheAttacker() {
        #expect(Shared.has(figures("One soldier was injured after Tajik forces opened fire."), "KGZ", .wounded, 1))
    }

    @Test func peopleHitByOneSidesStrikesAreTheOthers() {
        #expect(
            Shared.has(figures("Four people were injured in Kyrgyz drone strikes on the village."), "TJK", .wounded, 4))
    }

    @Test func aSecondFigureKeepsTheFirstsSideOverTheAttackersWord() {
        let found = figures("Two Kyrgyz citizens were killed and 13 injured in Tajik attacks, local media reported.")
        #expect(Shared.has(found, "KGZ", .killed, 2))
        #expect(Shared.has(found, "KGZ", .wounded, 13))
    }

    @Test func theVictimsOwnSideWordStillCounts() {
        #expect(Shared.has(figures("Two Tajik border guards were wounded by Kyrgyz fire."), "TJK", .wounded, 2))
    }
}
