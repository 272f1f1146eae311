import Foundation
import Testing

/// `stats --by district`: no installed theatre pack has a district layer, so
/// the key is refused with exit 2, naming the loaded packs, and nothing is written.
@Suite struct StatsDistrictTests {
    /// The installed packs, read from the folders rather than typed in.
    static let installed: [String] = {
        let folder = CommandRunner.repository.appendingPathComponent("geodata/theatres")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0)/manifest.json").path)
        }.sorted()
    }()

    @Test func noInstalledPackHasADistrictLayer() {
        #expect(Self.installed.count >= 2)
        let folder = CommandRunner.repository.appendingPathComponent("geodata/theatres")
        for pack in Self.installed {
            #expect(
                !FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(pack)/districts.geojson").path)
            )
        }
    }

    @Test func refusedNamingEveryLoadedPack() throws {
        let r = try CommandRunner.run(["stats", "--by", "month", "--by", "district"])
        #expect(r.status == 2 && r.stdout.isEmpty)
        #expect(r.stderr.contains("--by 'district': no loaded theatre pack has districts"), "\(r.stderr)")
        for pack in Self.installed { #expect(r.stderr.contains(pack), "\(pack): \(r.stderr)") }
    }

    @Test func refusalNamesOnlyTheSelectedPackAndWritesNothing() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("bw-district-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: out) }
        let chosen = try #require(Self.installed.last)
        let r = try CommandRunner.run([
            "stats", "--by", "District", "--theatre", chosen, "--format", "csv", "--out", out.path,
        ])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("districts (second-level units): \(chosen);"), "\(r.stderr)")
        for other in Self.installed where other != chosen { #expect(!r.stderr.contains(other), "\(r.stderr)") }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
