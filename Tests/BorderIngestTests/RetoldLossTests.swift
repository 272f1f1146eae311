import BorderIncidents
import Testing
@testable import BorderIngest

/// A loss told again, or of the incident just told, on texts written for the tests.
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

    /// "As a result of the incident, a soldier was wounded": naming the event just told keeps the loss with it, past
    /// its paragraph, not with the report's lead event.
    @Test func aLossOfTheIncidentJustToldJoinsIt() throws {
        let text = """
            On 4 May 2021 Azerbaijani units shelled and destroyed an Armenian post near Kapan.

            On 3 May 2021, at 13:37, gunfire from Armenian positions hit Azerbaijani posts near Zangilan.

            As a result of the incident, an Azerbaijani soldier was wounded.
            """
        let found = Shared.incidents(text, published: "2021-05-05")
        let third = try #require(found.first { Shared.span($0) == "2021-05-03/2021-05-03" })
        #expect(Shared.has(third.incident.claims.flatMap(\.casualties), "AZE", .wounded, 1))
    }
}
