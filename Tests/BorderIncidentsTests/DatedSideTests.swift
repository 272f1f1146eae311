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

    @Test func versionsThatLeaveAGapAreRefused() throws {
        let fm = FileManager.default
        let pack = fm.temporaryDirectory.appendingPathComponent("bw-dated-\(UUID().uuidString)/xa-xb")
        try fm.createDirectory(at: pack, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: pack.deletingLastPathComponent()) }
        for file in try fm.contentsOfDirectory(atPath: Self.fixture.path) {
            try fm.copyItem(at: Self.fixture.appendingPathComponent(file), to: pack.appendingPathComponent(file))
        }
        let manifest = pack.appendingPathComponent("manifest.json")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        try text.replacingOccurrences(of: "\"valid_to\": \"2024-05-15\"", with: "\"valid_to\": \"2024-05-01\"")
            .write(to: manifest, atomically: true, encoding: .utf8)
        #expect {
            _ = try Geodata(directory: pack)
        } throws: { error in
            "\(error)".contains("manifest.json") && "\(error)".contains("line_versions[0] (before-2024)")
                && "\(error)".contains("2024-05-15")
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
