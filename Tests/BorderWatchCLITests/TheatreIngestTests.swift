import Foundation
import Testing

/// `borderwatch ingest` on a report about the fixture theatre (`xa-xb`): its
/// sides, speakers and "the other side" come from the fixture's manifest, so
/// a third theatre is read without a line of code for it.
@Suite struct TheatreIngestTests {
    /// A short report written for this test about the invented Aland–Bland line.
    static let report = """
        Aland border guards said on 4 May 2024 that two Blandish soldiers were killed near Betatown.

        The Betatown district office said one of its residents was wounded. The Aland border service said five enemy soldiers were wounded.
        """

    static func claims(_ incident: [String: Any]) -> [[String: Any]] {
        incident["claims"] as? [[String: Any]] ?? []
    }

    static func figure(_ claim: [String: Any], side: String, kind: String) -> Int? {
        let casualties = claim["casualties"] as? [[String: Any]] ?? []
        let entry = casualties.first { $0["side"] as? String == side }
        return (entry?[kind] as? [String: Any])?["low"] as? Int
    }

    @Test func aReportAboutTheFixtureTheatreGetsItsSidesAndClaimants() throws {
        let root = try TheatrePackTests.root()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("report.txt")
        try Data(Self.report.utf8).write(to: file)
        let r = try TheatrePackTests.run(["ingest", file.path, "--format", "json"], root: root)
        #expect(r.status == 0, "\(r.stderr)")
        let incidents = try #require(try TheatrePackTests.json(r.stdout)["incidents"] as? [[String: Any]])
        let incident = try #require(incidents.first)
        let sides = incident["sides"] as? [String] ?? []
        #expect(sides.contains("XAA") && sides.contains("XBB"), "\(sides)")
        let claims = Self.claims(incident)
        let guards = try #require(claims.first { Self.figure($0, side: "XBB", kind: "killed") == 2 }, "\(claims)")
        #expect(guards["side"] as? String == "XAA")
        // A speaker listed in the manifest is its side's, without the side's name in it.
        let office = try #require(claims.first { ($0["claimant"] as? String)?.contains("district office") == true })
        #expect(office["side"] as? String == "XBB")
        // "Enemy" soldiers in Aland's account are Bland's: the other country of the fixture's line.
        #expect(
            claims.contains { $0["side"] as? String == "XAA" && Self.figure($0, side: "XBB", kind: "wounded") == 5 })
    }
}
