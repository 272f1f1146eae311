import BorderIncidents
import Testing

@testable import BorderIngest

/// Troops moving the line on the ground "to adjust the border", on texts written for the tests.
@Suite struct BorderAdjustmentTests {
    func type(_ s: String) -> EventType? { Shared.eventType(s) }

    @Test func worksToAdjustTheBorderAreAnIncursion() {
        #expect(type("Troops dug trenches near the lake in a bid to adjust the border.") == .incursion)
        #expect(type("Soldiers put up posts in the pasture under the guise of border adjustment.") == .incursion)
    }

    @Test func anAdjustmentOfOtherThingsOrWithFireIsNot() {
        #expect(type("The ministry will adjust the budget of the border guards.") != .incursion)
        #expect(type("Guards opened fire at the men who tried to adjust the border.") == .armedClash)
    }
}
