import BorderIncidents
import Testing
@testable import BorderIngest

/// Which wars a report recalls and where they are placed, on texts written for the tests.
@Suite struct WarAreaTests {
    /// "the Second Nagorno-Karabakh war": the region a war is named after is that war's area, not the clash's.
    @Test func theRegionAWarIsNamedAfterIsItsArea() throws {
        let found = Shared.incidents(
            "Guards exchanged fire near Sotk on 3 May 2021. It was the worst clash since the Second Nagorno-Karabakh war in 2020.",
            published: "2021-05-04")
        let war = try #require(found.first { $0.incident.type == .war })
        #expect(war.incident.locations.map(\.name) == ["Nagorno-Karabakh"])
        let clash = try #require(found.first { $0.incident.type == .armedClash })
        #expect(!clash.incident.locations.map(\.name).contains("Nagorno-Karabakh"))
    }

    /// "two wars, in <year> and in <decade>, over <region>": each date of the list is a war,
    /// and the region the list ends on is where both were fought.
    @Test func eachWarOfAListIsOneAtTheAreaItNames() {
        let found = Shared.incidents(
            "Guards exchanged fire near Sotk on 3 May 2021. Both armies waged two wars -- in 2020 and in the 1990s -- over the Nagorno-Karabakh region.",
            published: "2021-05-04")
        let wars = found.filter { $0.incident.type == .war }
        #expect(wars.count == 2)
        #expect(wars.allSatisfy { $0.incident.locations.map(\.name) == ["Nagorno-Karabakh"] })
    }
}
