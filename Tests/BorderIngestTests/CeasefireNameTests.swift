import BorderIncidents
import Testing
@testable import BorderIngest

/// A ceasefire word that qualifies a proposal, a call, talks or a line names no ceasefire; sentences written for
/// the tests.
@Suite struct CeasefireNameTests {
    @Test func aCeasefireProposalIsNoCeasefire() {
        #expect(
            EventTyper.read(["the", "minister", "backed", "the", "ceasefire", "initiative", "of", "the", "un"])?.type
                != .ceasefire)
        #expect(
            EventTyper.read(["both", "sides", "rejected", "a", "ceasefire", "proposal", "on", "monday"])?.type
                != .ceasefire)
    }

    @Test func aCeasefireAgreedIsACeasefire() {
        #expect(EventTyper.read(["a", "ceasefire", "took", "hold", "on", "monday"])?.type == .ceasefire)
        #expect(EventTyper.read(["the", "sides", "agreed", "a", "ceasefire", "agreement"])?.type == .ceasefire)
    }

    @Test func shellingAlongTheCeasefireLineIsShelling() {
        #expect(
            EventTyper.read(["along", "the", "ceasefire", "line", "troops", "shelled", "the", "village"])?.type
                == .shelling)
    }
}
