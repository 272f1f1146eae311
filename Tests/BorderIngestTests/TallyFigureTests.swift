import BorderIncidents
import Testing
@testable import BorderIngest

/// A tally's figure after a verb of growth, on texts written for the tests.
@Suite struct TallyFigureTests {
    /// "the death toll from the clashes rose to 49": the figure a few words past its loss word counts it.
    @Test func aTollThatRoseToAFigureCountsIt() {
        let f = Shared.casualties("On 3 May 2021 the death toll from the clashes near Tovuz rose to 49.")
        #expect(f.contains { $0.figures[.killed]?.low == 49 })
        let g = Shared.casualties("On 3 May 2021 the number of soldiers wounded in the clashes reached 12.")
        #expect(g.contains { $0.figures[.wounded]?.low == 12 })
    }
}
