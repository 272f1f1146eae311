import BorderIncidents
import Testing
@testable import BorderIngest

/// An undated stretch opening "In response" is more of the event told before it, even at a time of its own
/// (sentences written for the test).
@Suite struct ResponseOpeningTests {
    static let first = "Border report\n\nOn 3 March 2023 at 9 p.m. guards threw stones at a car near Khojai Alo.\n\n"

    @Test func anAnswerAtAnotherHourJoinsTheEventItAnswers() throws {
        let found = Shared.incidents(
            Self.first + "In response, at 11 p.m. villagers threw stones at a truck near Kök-Tash.")
        let clash = try #require(found.first)
        #expect(found.count == 1)
        #expect(Shared.span(clash) == "2023-03-03/2023-03-03")
        #expect(Set(clash.incident.locations.map(\.name)) == ["Khojai Alo", "Kök-Tash"])
    }

    @Test func anotherHourWithoutAnAnswerIsAnotherEvent() {
        let found = Shared.incidents(Self.first + "At 11 p.m. villagers threw stones at a truck near Kök-Tash.")
        #expect(found.count == 2)
    }
}
