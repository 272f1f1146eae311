import BorderIncidents
import Testing

@testable import BorderIngest

/// A brokered settlement that ends fighting, told without the word "ceasefire", on texts written for the tests.
@Suite struct BrokeredEndTests {
    func type(_ s: String) -> EventType? { Shared.eventType(s) }

    @Test func aBrokeredDealThatEndsFightingIsACeasefire() throws {
        #expect(type("In March 2019, an accord brokered by Ankara brought an end to weeks of fighting.") == .ceasefire)
        #expect(type("A Moscow-brokered pact ended the raids on the valley.") == .ceasefire)
        let found = Shared.incidents(
            "Guards exchanged fire near Sotk on 3 May 2021. In March 2019, a deal brokered by Ankara ended the raids.",
            published: "2021-05-04")
        let ceasefire = try #require(found.first { $0.incident.type == .ceasefire })
        #expect(ceasefire.incident.date.iso == "2019-03-01/2019-03-31")
    }

    @Test func aBrokeredDealThatEndsNothingIsNoCeasefire() {
        #expect(type("Ankara brokered a deal on water use near the valley.") != .ceasefire)
        #expect(type("The end of the talks brought no deal on the valley.") != .ceasefire)
    }
}
