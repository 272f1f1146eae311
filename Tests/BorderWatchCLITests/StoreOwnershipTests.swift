import Foundation
import XCTest

/// A store never touches what is not its own: a foreign file is refused
/// before anything opens it for writing, byte for byte unchanged, and a
/// command that only reads never creates or changes a store.
final class StoreOwnershipTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("bw-own-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: dir) }

    /// A SQLite file made by Python's own sqlite3 module, from `statements`.
    private func sqlite(_ name: String, _ statements: String) throws -> String {
        let path = dir.appendingPathComponent(name).path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = [
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit(); c.close()",
            path, statements,
        ]
        try p.run()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0)
        return path
    }

    private func files() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() }

    func testForeignFilesAreRefusedUnchangedByEveryCommand() throws {
        let foreignSQLite = try sqlite(
            "other.sqlite", "CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('x');")
        let foreignGPKG = try sqlite(
            "other.gpkg",
            """
            PRAGMA application_id = 1196444487;
            CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL);
            """)
        let text = dir.appendingPathComponent("notes.gpkg").path
        try "not a database\n".write(toFile: text, atomically: true, encoding: .utf8)
        let acled = CommandRunner.repository.appendingPathComponent("Tests/BorderStoreTests/Fixtures/acled-sample.csv")
            .path
        let before = try files()
        for (path, phrase) in [
            (foreignSQLite, "somebody else's SQLite database"),
            (foreignGPKG, "GeoPackage without BorderWatch's schema"),
            (text, "not a GeoPackage"),
        ] {
            let digest = try Data(contentsOf: URL(fileURLWithPath: path))
            for command in [
                ["query", "incidents", "--side", "ARM"], ["relate", "--place", "Sotk"], ["export", "acled"],
                ["import", "acled", acled], ["run", "--out", dir.appendingPathComponent("out").path],
            ] {
                let r = try CommandRunner.run(command + ["--store", path])
                XCTAssertEqual(r.status, 2, "\(command) \(path): \(r.stdout) \(r.stderr)")
                XCTAssertTrue(
                    r.stderr.contains(phrase) && r.stderr.contains("nothing was changed"), "\(command): \(r.stderr)")
                XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), digest, "\(command) changed \(path)")
            }
        }
        XCTAssertEqual(try files(), before, "no journal, WAL or temporary file was left beside them")
    }

    func testCommandsThatOnlyReadNeverCreateAStore() throws {
        let path = dir.appendingPathComponent("missing.gpkg").path
        for command in [
            ["query", "incidents", "--side", "ARM"], ["relate", "--place", "Sotk"],
            ["layers", "--out", dir.appendingPathComponent("layers").path],
            ["report", "proximity", "--format", "csv"], ["export", "acled"],
        ] {
            let r = try CommandRunner.run(command + ["--store", path])
            XCTAssertEqual(r.status, 0, "\(command): \(r.stderr)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: path), "\(command) created the store")
        }
        let exported = try CommandRunner.run(["export", "acled", "--store", path])
        XCTAssertTrue(
            exported.stdout.contains("Sotk"), "the bundled catalog is exported: \(exported.stdout.prefix(300))")
    }

    func testCommandsThatOnlyReadLeaveAStoreByteForByte() throws {
        let path = dir.appendingPathComponent("ours.gpkg").path
        let made = try CommandRunner.run(["run", "--store", path, "--out", dir.appendingPathComponent("out").path])
        XCTAssertEqual(made.status, 0, made.stderr)
        let digest = try Data(contentsOf: URL(fileURLWithPath: path))
        for command in [
            ["query", "incidents", "--near", "Sotk", "--radius-km", "20"],
            ["relate", "--incident", "2021-07-28-sotk-verin-shorzha"],
            ["report", "proximity", "--format", "json"], ["export", "ucdp"],
            ["export", "gpkg", "--out", dir.appendingPathComponent("copy.gpkg").path],
        ] {
            let r = try CommandRunner.run(command + ["--store", path])
            XCTAssertEqual(r.status, 0, "\(command): \(r.stderr)")
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), digest, "\(command) changed the store")
        }
    }
}
