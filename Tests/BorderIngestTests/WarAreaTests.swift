import BorderIncidents
import Testing
@testable import BorderIngest

/// Where a recalled war is placed, on a text written for the test.
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
}
