import Foundation
import Testing

/// Inputs a user gets wrong, each refused with the reason and exit 2, or
/// accepted where other tools accept them.
@Suite(.serialized) struct BadInputTests {
    func file(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bw-in-\(UUID().uuidString)-\(name)")
        try Data(bytes).write(to: url)
        return url
    }

    /// A box around Sotk and Verin Shorzha, as a GeoJSON feature.
    let boxAroundSotk =
        #"{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[45.7,40.0],[46.0,40.0],[46.0,40.3],[45.7,40.3],[45.7,40.0]]]}}"#

    @Test func byteOrderMarkIsSkipped() throws {
        let url = try file("bom.geojson", [0xEF, 0xBB, 0xBF] + Array(boxAroundSotk.utf8))
        let r = try CommandRunner.run(["query", "incidents", "--within", url.path, "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("2021-07-28-sotk-verin-shorzha"))
    }

    @Test func bowTieIsRefusedWithWhereItCrosses() throws {
        // Edges (45.7,40.0)→(46.0,40.3) and (46.0,40.0)→(45.7,40.3) cross at (45.85, 40.15).
        let bowTie =
            #"{"type":"Polygon","coordinates":[[[45.7,40.0],[46.0,40.3],[46.0,40.0],[45.7,40.3],[45.7,40.0]]]}"#
        let url = try file("bowtie.geojson", Array(bowTie.utf8))
        let r = try CommandRunner.run(["query", "incidents", "--within", url.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("Self-intersection"), "\(r.stderr)")
        #expect(r.stderr.contains("longitude 45.850000, latitude 40.150000"), "\(r.stderr)")
        #expect(r.stderr.contains(url.path))
    }

    @Test func reversedDatesAreBadInput() throws {
        let r = try CommandRunner.run(["query", "incidents", "--from", "2022-01-01", "--to", "2021-01-01"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--from 2022-01-01 is after --to 2021-01-01"), "\(r.stderr)")
    }

    /// `make install`'s script into a staging prefix; the installed binary
    /// then finds its data from any folder, with no variable set.
    @Test func installedBinaryWorksFromAnotherFolder() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("bw-prefix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let install = Process()
        install.executableURL = CommandRunner.repository.appendingPathComponent("scripts/install.sh")
        install.arguments = [CommandRunner.binary.path, prefix.path]
        install.standardOutput = FileHandle.nullDevice
        try install.run()
        install.waitUntilExit()
        try #require(install.terminationStatus == 0)
        let elsewhere = FileManager.default.temporaryDirectory
        let env = ["PATH": "/usr/bin:/bin", "HOME": elsewhere.path]
        let installed = prefix.appendingPathComponent("bin/borderwatch")
        let place = try CommandRunner.run(["place", "Zod"], executable: installed, in: elsewhere, environment: env)
        #expect(place.status == 0, "\(place.stderr)")
        #expect(place.stdout.contains("Sotk") && place.stdout.contains("Gegharkunik"))
        let relate = try CommandRunner.run(
            ["relate", "--place", "Yeraskh", "--format", "json"], executable: installed,
            in: elsewhere, environment: env)
        #expect(relate.status == 0, "\(relate.stderr)")
        #expect(relate.stdout.contains("\"province_id\":\"AM-AR\""))
    }
}
