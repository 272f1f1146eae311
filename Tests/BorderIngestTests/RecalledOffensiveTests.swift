import BorderIncidents
import Testing
@testable import BorderIngest

/// An offensive told by its year is a war recalled; sentences written for the tests.
@Suite struct RecalledOffensiveTests {
    @Test func anOffensiveOfLastYearIsAWar() {
        #expect(
            EventTyper.read(["the", "army", "retook", "the", "valley", "in", "an", "offensive", "last", "year"])?.type
                == .war)
        #expect(EventTyper.read(["since", "the", "2023", "offensive", "the", "road", "is", "shut"])?.type == .war)
    }

    @Test func anOffensiveOfLastWeekIsFighting() {
        #expect(EventTyper.read(["troops", "launched", "an", "offensive", "last", "week"])?.type == .armedClash)
    }
}
