import BorderIncidents
import Testing
@testable import BorderIngest

/// Fighting told on an evening and overnight after it, on texts written for the tests.
@Suite struct EveningIntoNightTests {
    /// "Erupted on Thursday evening" and "the overnight shootout" are one night's fighting, over its two days.
    @Test func eveningFightingAndTheNightAfterAreOneIncident() {
        let found = Shared.incidents(
            "Officials said on Friday, March 4, 2022, that the shooting near Batken which broke out on Thursday evening had stopped.\n\nAfter the overnight shootout, the guards withdrew, the ministry said."
        )
        let fighting = found.filter { $0.incident.type == .armedClash }
        #expect(fighting.count == 1)
        #expect(fighting.first.map(Shared.span) == "2022-03-03/2022-03-04")
    }

    /// Fighting on a morning is no evening before the night.
    @Test func morningFightingStaysApartFromTheNight() {
        let found = Shared.incidents(
            "Officials said on Friday, March 4, 2022, that the shooting near Batken which broke out on Thursday morning had stopped.\n\nAfter the overnight shootout, the guards withdrew, the ministry said."
        )
        #expect(found.contains { Shared.span($0) == "2022-03-03/2022-03-03" })
    }
}
