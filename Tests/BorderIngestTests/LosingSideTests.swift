import BorderIncidents
import Testing
@testable import BorderIngest

/// "Azerbaijan lost three soldiers and Armenia lost two": the side named as the subject of "lost" is the side
/// of the people lost, over the side the clause names next. Sentences written for the test.
@Suite struct LosingSideTests {
    func figures(_ sentence: String) -> [CasualtyClaim] {
        Shared.casualties(Shared.afterDatedLead(sentence))
    }

    @Test func theSubjectOfLostIsTheVictimsSide() {
        let found = figures("Azerbaijan lost three soldiers and Armenia lost two soldiers.")
        #expect(Shared.has(found, "AZE", .killed, 3))
        #expect(Shared.has(found, "ARM", .killed, 2))
        #expect(!Shared.has(found, "ARM", .killed, 3))
    }

    @Test func aSideOverAnAuxiliaryLosesToo() {
        #expect(Shared.has(figures("The Kyrgyz side has lost four servicemen, the ministry said."), "KGZ", .killed, 4))
    }

    @Test func itAfterASpeakerIsNoSideOfItsOwn() {
        #expect(Shared.has(figures("Azerbaijan said it lost three soldiers."), "AZE", .killed, 3))
    }

    @Test func onlyLostHasItsLosersAsSubject() {
        let j = 1
        let c = ClaimReader.Clause(
            t: ReportText("Armenia killed two soldiers.").sentences[0].tokens,
            w: ["armenia", "killed", "two", "soldiers", "."], from: 0, to: 4)
        #expect(ClaimReader(outlet: "", sides: Shared.ingester.sides).losingSide(c, lossWord: j) == nil)
    }
}
