import Foundation
import Testing

/// `relate --date` on the fixture pack, whose two line versions are made up:
/// until 2024-05-14 Aland held a bump east of today's line at 10.1° E.
@Suite struct DatedSideCommandTests {
    func relate(_ lat: String, _ lon: String, _ date: String, format: String = "json") throws
        -> CommandRunner.Result
    {
        let root = try TheatrePackTests.root()
        defer { try? FileManager.default.removeItem(at: root) }
        return try TheatrePackTests.run(
            ["relate", "--lat", lat, "--lon", lon, "--date", date, "--format", format], root: root)
    }

    @Test func aPointInTheBumpAnswersBothWaysByDate() throws {
        let before = try TheatrePackTests.json(try relate("0.1", "10.115", "2020-06-01").stdout)
        #expect(before["side_at_date"] as? String == "XAA" && before["side_now"] as? String == "XBB")
        #expect(before["side_changed"] as? Bool == true && before["line_version"] as? String == "before-2024")
        #expect(before["side"] as? String == "XBB")
        let after = try TheatrePackTests.json(try relate("0.1", "10.115", "2025-03-13").stdout)
        #expect(after["side_at_date"] as? String == "XBB" && after["side_changed"] as? Bool == false)
    }

    @Test func aPointTheLineNeverCrossedIsNotFlagged() throws {
        let r = try TheatrePackTests.json(try relate("0.1", "10.05", "2020-06-01").stdout)
        #expect(r["side_at_date"] as? String == "XAA" && r["side_now"] as? String == "XAA")
        #expect(r["side_changed"] as? Bool == false)
    }

    @Test func everyFormatCarriesTheDatedSide() throws {
        let csv = try relate("0.1", "10.115", "2020-06-01", format: "csv")
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(whereSeparator: \.isNewline)
        let header = try #require(lines.first), row = try #require(lines.dropFirst().first)
        // The dated columns come last, after the report's own.
        #expect(header.hasSuffix(",side_date,line_version,side_at_date,side_now,side_changed,controlled_by_at_date"))
        #expect(row.hasSuffix(",2020-06-01,before-2024,XAA,XBB,true,"), "\(csv.stdout)")
        let geojson = try TheatrePackTests.json(try relate("0.1", "10.115", "2020-06-01", format: "geojson").stdout)
        let feature = try #require((geojson["features"] as? [[String: Any]])?.first)
        #expect((feature["properties"] as? [String: Any])?["side_at_date"] as? String == "XAA")
        let table = try relate("0.1", "10.115", "2020-06-01", format: "table")
        #expect(table.stdout.contains("side on 2020-06-01") && table.stdout.contains("line before-2024"))
    }

    @Test func withoutDateTheAnswerHasNoDatedFields() throws {
        let root = try TheatrePackTests.root()
        defer { try? FileManager.default.removeItem(at: root) }
        let r = try TheatrePackTests.run(["relate", "--lat", "0.1", "--lon", "10.115", "--format", "json"], root: root)
        let o = try TheatrePackTests.json(r.stdout)
        #expect(o["side"] as? String == "XBB" && o["side_at_date"] == nil)
    }

    @Test func aBadDateIsRefusedWithExitTwo() throws {
        for bad in ["2020-13-01", "2021-02-29", "yesterday", "2020-6-1"] {
            let r = try relate("0.1", "10.115", bad)
            #expect(r.status == 2, "\(bad): \(r.stdout)")
            #expect(r.stderr.contains("--date") && r.stderr.contains(bad) && r.stderr.contains("YYYY-MM-DD"))
            #expect(r.stdout.isEmpty)
        }
    }

    /// `query incidents` gives each location's side on its incident's day and
    /// now; Armenia–Azerbaijan lists one version, so the two agree and
    /// nothing is flagged.
    @Test func queryIncidentsCarriesTheSideAtItsDate() throws {
        let r = try CommandRunner.run(["query", "incidents", "--near", "Sotk", "--radius-km", "10", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let hits = try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(!hits.isEmpty)
        for hit in hits {
            for location in try #require(hit["locations"] as? [[String: Any]]) {
                #expect(location["side_date"] as? String == hit["date"] as? String)
                #expect(location["side_at_date"] as? String == location["side"] as? String)
                #expect(location["side_now"] as? String == location["side"] as? String)
                #expect(location["side_changed"] as? Bool == false && location["line_version"] is NSNull)
            }
        }
    }
}
