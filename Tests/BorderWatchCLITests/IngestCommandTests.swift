import Foundation
import Testing

/// `borderwatch ingest` as a user runs it: formats, bad input, --apply and --evaluate.
@Suite(.serialized) struct IngestCommandTests {
    func report(_ text: String, _ ext: String = "txt") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bw-report-\(UUID().uuidString).\(ext)")
        try Data(text.utf8).write(to: url)
        return url
    }

    let text =
        "Azerbaijani artillery shelled the village of Tegh early Tuesday, wounding three Armenian soldiers, the Armenian Defence Ministry said."

    @Test func geojsonIsAPointOnTheRightSide() throws {
        let r = try CommandRunner.run([
            "ingest", try report(text).path, "--published", "2022-09-14", "--format", "geojson",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let features = try #require(json["features"] as? [[String: Any]])
        let p = try #require(features.first?["properties"] as? [String: Any])
        #expect(
            p["settlement_id"] as? String == "geonames:174743" && p["side"] as? String == "ARM"
                && p["date"] as? String == "2022-09-13")
        #expect(p["status"] as? String == "proposed")
    }

    @Test func badInputIsExitTwoAndNothingIsWritten() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("bw-ingest-\(UUID().uuidString).json")
        for args in [
            ["ingest", "/nonexistent.txt", "--published", "2022-09-14"],
            ["ingest", try report(text).path, "--published", "14/09/2022", "--out", out.path],
            ["ingest", try report(text).path, "--format", "xml", "--out", out.path],
            ["ingest", try report(text).path, "--apply", "--out", out.path],
        ] {
            let r = try CommandRunner.run(args)
            #expect(r.status == 2, "\(args): \(r.stderr)")
            #expect(r.stderr.hasPrefix("error: "))
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let quiet = try CommandRunner.run([
            "ingest", try report("The weather was fine.").path, "--published", "2022-09-14",
        ])
        #expect(quiet.status == 1)
    }

    @Test func applyTwiceChangesNothingAndEvaluateReports() throws {
        let catalog = FileManager.default.temporaryDirectory.appendingPathComponent(
            "bw-catalog-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: catalog) }
        let path = try report(text).path
        let first = try CommandRunner.run([
            "ingest", path, "--published", "2022-09-14", "--apply", "--catalog", catalog.path,
        ])
        #expect(first.status == 0 && first.stderr.contains("1 added as proposed"), "\(first.stderr)")
        let bytes = try Data(contentsOf: catalog)
        let second = try CommandRunner.run([
            "ingest", path, "--published", "2022-09-14", "--apply", "--catalog", catalog.path,
        ])
        #expect(second.stderr.contains("0 added") && second.stderr.contains("1 already there"), "\(second.stderr)")
        #expect(try Data(contentsOf: catalog) == bytes)
        let eval = try CommandRunner.run(["ingest", "--evaluate", "Tests/BorderIngestTests/DevSet/labels.json"])
        #expect(
            eval.status == 0 && eval.stdout.contains("incident recall:")
                && eval.stdout.contains("casualty-claim accuracy:"))
    }
}
