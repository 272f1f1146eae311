import BorderIncidents
import Testing
@testable import BorderIngest

/// A loss told twice in a report, on a text written for the test.
@Suite struct RetoldLossTests {
    /// An undated sentence telling again a loss of a dated incident goes with it, not with a war recalled before it.
    @Test func aLossToldAgainJoinsItsIncident() throws {
        let text = """
            Armenia's defence ministry said on Sunday that an Azerbaijani sniper killed one of its soldiers near the border.

            The six-week war of 2020 killed about 6,000 soldiers.

            Armenia said a sniper killed one of its soldiers near the village of Sotk.
            """
        let found = Shared.incidents(text, published: "2023-04-24")
        let sunday = try #require(found.first { Shared.span($0) == "2023-04-23/2023-04-23" })
        #expect(sunday.incident.locations.map(\.name).contains("Sotk"))
        #expect(
            !found.contains {
                $0.incident.locations.map(\.name).contains("Sotk") && Shared.span($0) != "2023-04-23/2023-04-23"
            })
    }
}
