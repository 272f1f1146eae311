import BorderIncidents
import Testing

@testable import BorderIngest

/// Fighting a report marks as another event "in another part of the border", naming no place, on texts written for
/// the tests.
@Suite struct AnotherSectionTests {
    @Test func fightingMarkedInAnotherSectionIsItsOwnIncident() {
        let found = Shared.incidents(
            "On 3 May 2021 guards shot dead a herder near Sotk, the ministry said, but the other side separately said its "
                + "posts came under fire in another section of the frontier.",
            published: "2021-05-04")
        #expect(found.filter { $0.incident.type == .armedClash }.count == 2)
    }

    @Test func fightingMarkedAtNoOtherSectionStaysOne() {
        let found = Shared.incidents(
            "On 3 May 2021 guards shot dead a herder near Sotk, the ministry said, but the other side separately said its "
                + "posts came under fire there.",
            published: "2021-05-04")
        #expect(found.filter { $0.incident.type == .armedClash }.count == 1)
    }

    @Test func anotherSectionIsReadFromTheWords() {
        #expect(IncidentAssembler.namesAnotherSection(["in", "another", "part", "of", "the", "border"]))
        #expect(!IncidentAssembler.namesAnotherSection(["another", "soldier", "was", "hurt", "in", "the", "area"]))
    }
}
