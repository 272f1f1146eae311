import BorderIncidents
import Testing

@testable import BorderIngest

/// Aircraft sent over the other side's positions, on texts written for the tests.
@Suite struct OverflightTests {
    func type(_ s: String) -> EventType? { Shared.eventType(s) }

    @Test func aFlightOverPositionsIsAnIncursion() throws {
        #expect(type("A quadcopter of the other side attempted reconnaissance flights over the post.") == .incursion)
        #expect(type("Two drones flew over the positions near the lake at dawn.") == .incursion)
        let found = Shared.incidents(
            "On the night of May 3, guards fired at the posts near Zeylik, the ministry said.\n\n"
                + "Moreover, a quadcopter attempted reconnaissance flights over the posts near Sadarak, the ministry said.",
            published: "2021-05-04")
        let flight = try #require(found.first { $0.incident.type == .incursion })
        #expect(flight.incident.locations.map(\.name) == ["Sadarak"])
    }

    @Test func aFlightWithFireOrAStrikeIsNot() {
        #expect(type("Guards opened fire on a drone that flew over the post.") != .incursion)
        #expect(type("A drone struck the post near the lake.") == .shelling)
    }
}
