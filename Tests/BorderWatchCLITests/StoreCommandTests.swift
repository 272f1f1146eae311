import BorderExchange
import BorderIncidents
import BorderEventStore
import BorderStore
import Foundation
import Testing

/// `import` and `export` as a user runs them, including a killed import and
/// a reader during an import.
@Suite(.serialized) struct StoreCommandTests {
    let dir: URL = {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("bw-storecmd-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }()

    func fixture(_ name: String) -> String {
        CommandRunner.repository.appendingPathComponent("Tests/BorderStoreTests/Fixtures/\(name)").path
    }

    /// A store made by the command from the bundled data.
    func newStore(_ name: String) throws -> String {
        let path = dir.appendingPathComponent(name).path
        let r = try CommandRunner.run(["run", "--store", path, "--out", dir.appendingPathComponent("out").path])
        try #require(r.status == 0, "\(r.stderr)")
        return path
    }

    func digest(_ path: String) async throws -> String {
        let store = try await GeoPackageStore.open(path: path)
        let catalog = try await store.catalog()
        var fields =
            catalog.sources.map { "\($0.id)|\($0.outlet)|\($0.file)" } + catalog.incidents.map(IncidentDigest.of)
        fields += try await store.relations().map {
            "\($0.incidentID)|\($0.locationIndex)|\($0.side)|\($0.borderDistance)"
        }.sorted()
        fields += try await store.importedRecords().keys.sorted()
        return fields.joined(separator: "\n")
    }

    func largeFile(rows: Int) throws -> String {
        let path = dir.appendingPathComponent("acled-\(rows).csv").path
        try SyntheticACLED.csv(rows: rows, seed: 7).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func hostileFileImportsTheGoodRowsAndExitsTwo() async throws {
        let store = try newStore("hostile.gpkg")
        let r = try CommandRunner.run(["import", "acled", fixture("acled-hostile.csv"), "--store", store])
        #expect(r.status == 2)
        // The two good rows are imported (new, or linked to a bundled incident of the same day and place).
        let counts = r.stdout.split(separator: ":").last!.split(separator: ",").compactMap {
            Int($0.split(separator: " ").first ?? "")
        }
        #expect(counts.count == 5 && counts[0] + counts[2] == 2 && counts[4] == 6, "\(r.stdout)")
        #expect(r.stderr.contains("acled-hostile.csv: line 4: coordinates out of range: latitude 95.0"), "\(r.stderr)")
        #expect(r.stderr.contains("line 8: field 28 is not valid UTF-8 (byte 0xE9)"), "\(r.stderr)")
        let missing = try CommandRunner.run(["import", "acled", fixture("acled-missing-columns.csv"), "--store", store])
        #expect(
            missing.status == 2 && missing.stderr.contains("the header lacks latitude, longitude"), "\(missing.stderr)")
    }

    @Test func dryRunAndReimportLeaveTheStoreAsItWas() async throws {
        let absent = dir.appendingPathComponent("absent.gpkg").path
        let checked = try CommandRunner.run([
            "import", "ucdp", fixture("ucdp-sample.csv"), "--store", absent, "--dry-run",
        ])
        #expect(checked.status == 0 && checked.stdout.contains("3 new"), "\(checked.stdout)\(checked.stderr)")
        #expect(!FileManager.default.fileExists(atPath: absent))
        let store = try newStore("dry.gpkg")
        let before = try await digest(store)
        let dry = try CommandRunner.run(["import", "ucdp", fixture("ucdp-sample.csv"), "--store", store, "--dry-run"])
        #expect(dry.status == 0 && dry.stdout.contains("dry run"), "\(dry.stderr)")
        #expect(try await digest(store) == before)
        let first = try CommandRunner.run(["import", "ucdp", fixture("ucdp-sample.csv"), "--store", store])
        #expect(first.status == 0)
        let after = try await digest(store)
        #expect(after != before)
        let second = try CommandRunner.run(["import", "ucdp", fixture("ucdp-sample.csv"), "--store", store])
        #expect(second.stdout.contains("0 new, 0 updated, 0 linked, 3 unchanged"), "\(second.stdout)")
        #expect(try await digest(store) == after)
        // Export, then the GeoPackage copy is a valid store of the same content.
        let copy = dir.appendingPathComponent("copy.gpkg").path
        #expect(try CommandRunner.run(["export", "gpkg", "--out", copy, "--store", store]).status == 0)
        #expect(try await digest(copy) == after)
        let claims = try CommandRunner.run(["export", "claims-csv", "--store", store])
        #expect(claims.stdout.hasPrefix("incident_id,date_start,date_end") && claims.stdout.contains("UCDP GED"))
    }

    /// `borderwatch import acled FILE --store STORE`, started and left running.
    func startImport(_ file: String, into store: String) throws -> Process {
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["import", "acled", file, "--store", store]
        process.currentDirectoryURL = CommandRunner.repository
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// kill -9 once the import has started writing: the store reads back exactly as before.
    @Test func killedImportLeavesTheStoreUnchanged() async throws {
        let store = try newStore("killed.gpkg")
        let file = try largeFile(rows: 100_000)
        let before = try await digest(store)
        let process = try startImport(file, into: store)
        // The transaction is writing when its pages reach the WAL (they stay in the
        // page cache until the commit writes them, so this is mid-commit).
        var writing = false
        let deadline = Date().addingTimeInterval(300)
        while process.isRunning && Date() < deadline {
            let size = (try? FileManager.default.attributesOfItem(atPath: store + "-wal")[.size] as? Int) ?? 0
            if size > 1 << 20 { writing = true; break }
            usleep(1_000)
        }
        try #require(writing && process.isRunning, "the import ended before it could be killed mid-write")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try await digest(store) == before)
    }

    /// A reader during an import sees the state before or the state after, never between.
    @Test func readerDuringAnImportSeesOldOrNew() async throws {
        let store = try newStore("concurrent.gpkg")
        // Long enough for several reads while it runs, with the other tests on both cores.
        let file = try largeFile(rows: 30_000)
        let reader = try await GeoPackageStore.open(path: store)
        let old = try await reader.layerCounts()
        let process = try startImport(file, into: store)
        var seen: [[String: Int]] = []
        while process.isRunning {
            seen.append(try await reader.layerCounts())
            usleep(2_000)
        }
        #expect(process.terminationStatus == 0)
        let new = try await reader.layerCounts()
        #expect(new["incidents"]! > old["incidents"]!)
        #expect(seen.count > 1)
        for counts in seen { #expect(counts == old || counts == new, "a reader saw \(counts)") }
    }
}
