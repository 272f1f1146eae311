import BorderGeodata
import BorderIncidents
import Foundation
import GeometryCore
import Testing

/// The side on a day by the version of the line then in force, on the
/// fixture pack whose two line versions are made up (see its manifest): before
/// 2024-05-15 Aland held a bump of 10.10–10.13° E, 0.08–0.12° N east of
/// today's straight line at 10.1° E.
@Suite struct DatedSideTests {
    static let fixture = Shared.geodataDirectory.deletingLastPathComponent()
        .appendingPathComponent("Tests/BorderWatchCLITests/Fixtures/theatres/xa-xb")

    static let relater: Relater = {
        do { return Relater(geodata: try Geodata(directory: fixture)) } catch { fatalError("\(error)") }
    }()

    func dated(_ lon: Double, _ lat: Double, _ day: String) throws -> DatedSide {
        let relation = try Self.relater.relate(point: Shared.c(lon, lat))
        return Self.relater.datedSide(of: relation, on: try #require(Day(iso: day)))
    }

    @Test func aPointInTheBumpChangesSideOnTheDayOfTheNewLine() throws {
        let before = try dated(10.115, 0.1, "2020-06-01")
        #expect(before.sideAtDate == "XAA" && before.sideNow == "XBB" && before.changed)
        #expect(before.lineVersion == "before-2024")
        let lastDay = try dated(10.115, 0.1, "2024-05-14")
        #expect(lastDay.sideAtDate == "XAA")
        let after = try dated(10.115, 0.1, "2024-05-15")
        #expect(after.sideAtDate == "XBB" && !after.changed && after.lineVersion == "delimited-2024")
    }

    @Test func aPointTheLineNeverCrossedIsNotFlagged() throws {
        for (lon, lat, side) in [(10.05, 0.1, "XAA"), (10.15, 0.1, "XBB"), (10.115, 0.15, "XBB")] {
            let d = try dated(lon, lat, "2020-06-01")
            #expect(d.sideAtDate == side && d.sideNow == side && !d.changed, "\(lon), \(lat)")
        }
    }

    @Test func aDayBeforeTheFirstVersionHasNoLine() throws {
        let d = try dated(10.115, 0.1, "1980-01-01")
        #expect(d.sideAtDate == "unknown" && d.lineVersion == nil && !d.changed)
    }

    @Test func aPackWithOneVersionAnswersTodaysSide() throws {
        let relation = try Shared.relater.relate(point: Shared.c(45.4, 40.0))
        let d = Shared.relater.datedSide(of: relation, on: try #require(Day(iso: "2001-01-01")))
        #expect(d.sideAtDate == relation.side && d.sideNow == relation.side && d.lineVersion == nil)
        #expect(Shared.geodata.lineVersions(theatre: "am-az").isEmpty)
    }

    /// A copy of the fixture pack in a temporary folder with one file's text
    /// edited; the caller removes `.deletingLastPathComponent()`.
    static func editedFixture(_ file: String, _ edit: (String) -> String) throws -> URL {
        let fm = FileManager.default
        let pack = fm.temporaryDirectory.appendingPathComponent("bw-dated-\(UUID().uuidString)/xa-xb")
        try fm.createDirectory(at: pack, withIntermediateDirectories: true)
        for name in try fm.contentsOfDirectory(atPath: fixture.path) {
            try fm.copyItem(at: fixture.appendingPathComponent(name), to: pack.appendingPathComponent(name))
        }
        let url = pack.appendingPathComponent(file)
        try edit(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        return pack
    }

    @Test func versionsThatLeaveAGapAreRefused() throws {
        let pack = try Self.editedFixture("manifest.json") {
            $0.replacingOccurrences(of: "\"valid_to\": \"2024-05-15\"", with: "\"valid_to\": \"2024-05-01\"")
        }
        defer { try? FileManager.default.removeItem(at: pack.deletingLastPathComponent()) }
        #expect {
            _ = try Geodata(directory: pack)
        } throws: { error in
            "\(error)".contains("manifest.json") && "\(error)".contains("line_versions[0] (before-2024)")
                && "\(error)".contains("2024-05-15")
        }
    }

    /// A made-up Aland ring round 10.05° E 0.1° N (de jure Aland, so that a
    /// point in it keeps it) whose holder changed on 2023-09-20.
    static func exclaveRing(periods: String) -> String {
        """
        {"type": "Feature", "geometry": {"type": "LineString", "coordinates":
          [[10.04, 0.09], [10.06, 0.09], [10.06, 0.11], [10.04, 0.11], [10.04, 0.09]]},
         "properties": {"id": "exclave-xa", "name": "Aland ring", "length_km": 8.9, "source": "made up",
          "scale": "exact", "tolerance_m": 10, "de_jure": "XAA", "controlled_by": "XAA",
          "controlled_by_periods": \(periods)}},
        """
    }

    @Test func whoHeldAnExclaveIsAnsweredByDate() throws {
        let periods = #"[{"from": "1992-05-08", "to": "2023-09-20", "by": "XBB"}, {"from": "2023-09-20", "by": "XAA"}]"#
        let pack = try Self.editedFixture("border.geojson") {
            $0.replacingOccurrences(of: "\"features\": [", with: "\"features\": [" + Self.exclaveRing(periods: periods))
        }
        defer { try? FileManager.default.removeItem(at: pack.deletingLastPathComponent()) }
        let relater = Relater(geodata: try Geodata(directory: pack))
        let point = try relater.relate(point: Shared.c(10.05, 0.1))
        let held = { (day: String) in relater.datedSide(of: point, on: Day(iso: day)!).controlledByAtDate }
        #expect(held("2020-01-01") == "XBB" && held("2023-09-19") == "XBB" && held("2023-09-20") == "XAA")
        #expect(held("1990-01-01") == "XAA", "before every period: the ring's controlled_by")
    }

    @Test func aBadControlPeriodNamesItsMember() throws {
        let pack = try Self.editedFixture("border.geojson") {
            $0.replacingOccurrences(
                of: "\"features\": [",
                with: "\"features\": [" + Self.exclaveRing(periods: #"[{"from": "1992-13-01", "by": "XBB"}]"#))
        }
        defer { try? FileManager.default.removeItem(at: pack.deletingLastPathComponent()) }
        #expect {
            _ = try Geodata(directory: pack)
        } throws: { error in
            "\(error)".contains("controlled_by_periods[0]") && "\(error)".contains("features[0]")
        }
    }

    /// The real Kyrgyzstan–Tajikistan versions (measured in the pack's
    /// SOURCES.md): the 34.55 km² by Vorukh that OpenStreetMap drew in
    /// Kyrgyzstan before the treaty of 13 March 2025 (timezonefinder 6.5.0)
    /// lies in Tajikistan's Vorukh today; Vorukh village itself never moved.
    @Test func theKyrgyzTajikLineAnswersByTheTreatyDate() throws {
        let geodata = try Geodata(directory: Shared.geodataDirectory, theatres: ["kg-tj"])
        let relater = Relater(geodata: geodata)
        let moved = try relater.relate(point: Shared.c(70.57614, 39.82556))
        #expect(moved.side == "TJK")
        let clash = relater.datedSide(of: moved, on: try #require(Day(iso: "2022-09-16")))
        #expect(clash.sideAtDate == "KGZ" && clash.changed && clash.lineVersion == "mapped-before-treaty")
        let treaty = relater.datedSide(of: moved, on: try #require(Day(iso: "2025-03-13")))
        #expect(treaty.sideAtDate == "TJK" && !treaty.changed && treaty.lineVersion == "treaty-2025")
        let village = try relater.relate(point: Shared.c(70.58012, 39.85125))
        let then = relater.datedSide(of: village, on: try #require(Day(iso: "2021-04-29")))
        #expect(then.sideAtDate == "TJK" && !then.changed)
    }
}
