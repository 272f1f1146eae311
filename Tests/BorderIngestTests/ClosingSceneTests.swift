import BorderIncidents
import Testing
@testable import BorderIngest

/// "One person was killed and 17 injured on the Kyrgyz side": a side's scene told after the figures is their
/// victims' side; the scene right after a figure is its own. Sentences written for the test.
@Suite struct ClosingSceneTests {
    func figures(_ sentence: String) -> [CasualtyClaim] {
        Shared.casualties(Shared.afterDatedLead(sentence))
    }

    @Test func aSceneAfterTheFiguresIsTheirSide() {
        let found = figures("Three people were killed and 12 injured on the Tajik side, according to officials.")
        #expect(Shared.has(found, "TJK", .killed, 3))
        #expect(Shared.has(found, "TJK", .wounded, 12))
        #expect(!found.contains { $0.side == "ALL" })
    }

    @Test func theSceneRightAfterAFigureIsItsOwn() {
        let found = figures("One person was killed on the Kyrgyz side and 17 injured on the Tajik side.")
        #expect(Shared.has(found, "KGZ", .killed, 1))
        #expect(Shared.has(found, "TJK", .wounded, 17))
    }

    @Test func aSceneBeforeTheFiguresStillCounts() {
        #expect(Shared.has(figures("On the Armenian side, four soldiers were killed."), "ARM", .killed, 4))
    }
}
