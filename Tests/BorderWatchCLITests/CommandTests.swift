import Foundation
import Testing
import GeometryCore

/// End-to-end: the built command, its output and its exit codes.
@Suite(.serialized) struct CommandTests {
    @Test func relateAPointAsJSON() throws {
        let r = try CommandRunner.run(["relate", "--lat", "40.2", "--lon", "45.87", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONParser.parse(r.stdout).objectValue)
        #expect(json["province_id"] == "AM-GR")
        #expect(json["country"] == "ARM")
        #expect(json["side"] == "ARM")
        #expect(json["longitude"] == 45.87 && json["latitude"] == 40.2)
        let d = try #require(json["border_distance_m"]?.numberValue)
        #expect(d > 7_000 && d < 8_500)  // Sotk is 7.9 km from the OpenStreetMap line (Reference/border-distance.tsv)
        #expect(json["nearby"]?.arrayValue?.first?.objectValue?["name"] == "Sotk")
    }

    /// Voskepar: one answer (Tavush, Armenia); Artsvashen: both countries of an exclave.
    @Test func relateNamesOneCountryAndTheExclaveHolder() throws {
        let v = try CommandRunner.run(["relate", "--place", "Voskepar", "--format", "json"])
        let vj = try #require(try JSONParser.parse(v.stdout).objectValue)
        #expect(vj["country"] == "ARM" && vj["province_id"] == "AM-TV" && vj["side"] == "ARM")
        let a = try CommandRunner.run(["relate", "--lat", "40.64611", "--lon", "45.51556", "--format", "json"])
        let aj = try #require(try JSONParser.parse(a.stdout).objectValue)
        #expect(aj["de_jure"] == "ARM" && aj["controlled_by"] == "AZE" && aj["country"] == "ARM")
        let text = try CommandRunner.run(["relate", "--lat", "40.64611", "--lon", "45.51556"])
        #expect(text.stdout.contains("de jure ARM, held by AZE"))
    }

    @Test func unknownPlaceIsBadInputWithAHint() throws {
        let r = try CommandRunner.run(["relate", "--place", "Sotkk"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown place 'Sotkk' — did you mean Sotk (Gegharkunik, Armenia)"))
        #expect(r.stdout.isEmpty)
        let place = try CommandRunner.run(["place", "Sotkk"])
        #expect(place.status == 1, "nothing found")
    }

    @Test func placeFindsSpellings() throws {
        let r = try CommandRunner.run(["place", "Zod"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Sotk") && r.stdout.contains("Gegharkunik"))
        let v = try CommandRunner.run(["place", "Vardenis", "--format", "json"])
        #expect(v.stdout.contains("ambiguous"))
    }

    /// A district, a pass and a village each show as what they are, in the table and in JSON.
    @Test func placeShowsEachMatchsKind() throws {
        let district = try CommandRunner.run(["place", "Leilek District"])
        let row = district.stdout.split(separator: "\n").first { $0.hasPrefix("Leilek District") } ?? ""
        #expect(row.split(separator: " ", omittingEmptySubsequences: true).dropFirst(2).first == "district", "\(row)")
        let isfara = try JSONParser.parse(try CommandRunner.run(["place", "Isfara", "--format", "json"]).stdout)
        let kinds = isfara.objectValue?["kinds"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(Set(kinds) == ["settlement", "district"], "\(kinds)")
        let pass = try CommandRunner.run(["place", "Kyzyl-Art Pass", "--format", "json"])
        #expect(pass.stdout.contains("\"kinds\":[\"pass\""), "\(pass.stdout)")
    }

    @Test func radiusQueryAsCSV() throws {
        let r = try CommandRunner.run(["query", "incidents", "--near", "Sotk", "--radius-km", "10", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines[0].hasPrefix("incident_id,date,type,location"))
        let ids = Set(lines.dropFirst().map { String($0.split(separator: ",")[0]) })
        #expect(ids == ["2021-07-28-sotk-verin-shorzha", "2022-09-13-bombardment"])
    }

    @Test func malformedPolygonIsRejectedWithItsPath() throws {
        let r = try CommandRunner.run([
            "query", "incidents", "--within",
            #"{"type":"Polygon","coordinates":[[[45,40],[46,40],[46,41]]]}"#,
        ])
        #expect(r.status == 2)
        #expect(r.stderr.contains("coordinates[0]"), "\(r.stderr)")
    }

    @Test func badArgumentsExitWithTwo() throws {
        #expect(try CommandRunner.run(["query", "incidents", "--type", "riot"]).status == 2)
        #expect(try CommandRunner.run(["query", "incidents", "--from", "2021-13-01"]).status == 2)
        #expect(try CommandRunner.run(["relate", "--lat", "95", "--lon", "45"]).status == 2)
        #expect(try CommandRunner.run(["query", "incidents", "--bbox", "46,40,45,41"]).status == 2)
        #expect(try CommandRunner.run(["frobnicate"]).status == 2)
    }

    @Test func nothingFoundExitsWithOne() throws {
        let r = try CommandRunner.run(["query", "incidents", "--lat", "41.5", "--lon", "44.5", "--radius-km", "1"])
        #expect(r.status == 1)
    }

    @Test(arguments: [
        [], ["run"], ["place"], ["relate"], ["query"], ["layers"], ["report"], ["report", "proximity"],
        ["selfcheck"], ["geodata", "build"],
    ])
    func helpOnEveryCommand(path: [String]) throws {
        let r = try CommandRunner.run(path + ["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE"))
    }

    @Test func layersAndTheMainJob() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bw-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        // Its store in the folder too: the default, ./borderwatch.gpkg, would be written into the repository.
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = dir.appendingPathComponent("store.gpkg").path
        let run = try CommandRunner.run(["run", "--out", dir.path, "--store", store])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout.split(separator: "\n").contains {
                $0.hasPrefix("2021-07-28 ") && $0.contains("armed-clash  Sotk, Verin Shorzha, Kalbajar")
            })
        for file in [
            "layers/incidents.geojson", "layers/border-bands.geojson", "proximity.md", "proximity.json",
            "proximity.csv",
        ] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(file).path), "\(file)")
        }
        let layers = try CommandRunner.run(["layers", "--out", dir.appendingPathComponent("again").path])
        #expect(layers.status == 0)
        let text = try String(contentsOf: dir.appendingPathComponent("again/provinces.geojson"), encoding: .utf8)
        #expect(RFC7946Check.problems(in: text).isEmpty)
        // Nothing half written: no temporary files left behind.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("again").path)
            .filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func proximityReportForAnIncident() throws {
        let r = try CommandRunner.run(["report", "proximity", "--incident", "2021-11-16-clashes", "--format", "json"])
        #expect(r.status == 0)
        let json = try JSONParser.parse(r.stdout)
        let claims = json.objectValue?["subjects"]?.arrayValue?.first?.objectValue?["incident"]?.objectValue?["claims"]?
            .arrayValue
        #expect(claims?.count == 4)
        #expect(try CommandRunner.run(["report", "proximity", "--incident", "no-such"]).status == 1)
    }
}
