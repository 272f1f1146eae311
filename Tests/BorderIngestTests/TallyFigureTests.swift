import BorderIncidents
import Testing
@testable import BorderIngest

/// A tally's figure after a verb of growth, on texts written for the tests.
@Suite struct TallyFigureTests {
    /// "the toll of <the fighting> rose to N": the figure a few words past its loss word counts it.
    @Test func aTollThatRoseToAFigureCountsIt() {
        let f = Shared.casualties("On 3 May 2021 the death toll of the shooting near Tovuz rose to 23.")
        #expect(f.contains { $0.figures[.killed]?.low == 23 })
        let g = Shared.casualties("On 3 May 2021 the number of guards wounded in the shooting reached 8.")
        #expect(g.contains { $0.figures[.wounded]?.low == 8 })
    }
}
