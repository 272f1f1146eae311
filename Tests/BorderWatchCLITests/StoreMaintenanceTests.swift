import Foundation
import GeometryCore
import XCTest

/// `store info`, `store refresh` and `store undo` as a user runs them, on
/// a GeoPackage file and on PostGIS (one real cluster for the class).
final class StoreMaintenanceTests: XCTestCase {
    nonisolated(unsafe) static var cluster: PostgresCluster?

    override class func tearDown() {
        cluster?.destroy()
        super.tearDown()
    }

    var work: URL!

    override func setUpWithError() throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent("bw-maint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: work) }

    /// A geodata folder of copies of the bundled theatre packs, which the test may change, and the
    /// environment that makes it the bundled one (the checkout is never touched).
    func geodataCopy() throws -> (URL, [String: String]) {
        let copy = work.appendingPathComponent("geodata")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: CommandRunner.repository.appendingPathComponent("geodata/theatres"),
            to: copy.appendingPathComponent("theatres"))
        return (copy, ProcessInfo.processInfo.environment.merging(["BORDERWATCH_GEODATA": copy.path]) { $1 })
    }

    @discardableResult
    func run(_ arguments: [String], _ environment: [String: String]? = nil, status: Int32 = 0) throws
        -> CommandRunner.Result
    {
        let r = try CommandRunner.run(arguments, environment: environment)
        XCTAssertEqual(r.status, status, "\(arguments): \(r.stderr)")
        return r
    }

    func info(_ store: String, _ environment: [String: String]? = nil) throws -> JSONObject {
        let r = try run(["store", "info", "--format", "json", "--store", store], environment)
        return try XCTUnwrap(try JSONParser.parse(r.stdout).objectValue)
    }

    func testInfoAndUndoOnAGeoPackage() throws {
        let store = work.appendingPathComponent("s.gpkg").path
        try run(["run", "--store", store, "--out", work.appendingPathComponent("out").path])
        try infoAndUndo(store, schemaVersion: 9)
    }

    func testInfoAndUndoOnPostGIS() throws {
        let cluster = try Self.cluster ?? PostgresCluster()
        Self.cluster = cluster
        let store = cluster.url(schema: "maintenance")
        XCTAssertEqual(try PostgresCluster.createStore(store), 0)
        try infoAndUndo(store, schemaVersion: 6)
    }

    /// The bundled catalog is import 1; an ACLED file imported and undone leaves the store as it was.
    func infoAndUndo(_ store: String, schemaVersion: Int) throws {
        let first = try info(store)
        XCTAssertEqual(first["schema_version"]?.numberValue, Double(schemaVersion))
        XCTAssertEqual(first["stale"], .bool(false))
        XCTAssertEqual(first["geodata_digest"], first["current_geodata_digest"])
        XCTAssertEqual(first["imports"]?.arrayValue?.count, 1)
        let incidents = try XCTUnwrap(first["incidents"]?.numberValue)
        let before = try run(["export", "geojson", "--store", store]).stdout

        let fixture = CommandRunner.repository.appendingPathComponent(
            "Tests/BorderStoreTests/Fixtures/acled-sample.csv")
        try run(["import", "acled", fixture.path, "--store", store])
        let second = try info(store)
        let imports = try XCTUnwrap(second["imports"]?.arrayValue)
        XCTAssertEqual(imports.count, 2)
        XCTAssertEqual(imports[1].objectValue?["label"], .string("acled acled-sample.csv"))
        let added = try XCTUnwrap(imports[1].objectValue?["new"]?.numberValue)
        XCTAssertEqual(second["incidents"]?.numberValue, incidents + added)
        let id = try XCTUnwrap(imports[1].objectValue?["id"]?.numberValue)

        let undo = try run(["store", "undo", String(Int(id)), "--store", store])
        XCTAssertTrue(undo.stdout.contains("undone"), undo.stdout)
        XCTAssertEqual(try info(store)["incidents"]?.numberValue, incidents)
        XCTAssertEqual(try run(["export", "geojson", "--store", store]).stdout, before)
        let again = try run(["store", "undo", String(Int(id)), "--store", store], status: 2)
        XCTAssertTrue(again.stderr.contains("there is no import \(Int(id))"), again.stderr)
        XCTAssertEqual(try run(["export", "geojson", "--store", store]).stdout, before)
        let table = try run(["store", "info", "--store", store]).stdout
        XCTAssertTrue(table.contains("schema version \(schemaVersion)") && table.contains("catalog (bundled)"), table)
    }

    /// Changed geodata makes the store stale: reads warn and answer from the stored relations;
    /// `store refresh`, or the next import, relates it again once.
    func testChangedGeodataMakesTheStoreStaleUntilRefreshed() throws {
        let (geodata, env) = try geodataCopy()
        let store = work.appendingPathComponent("stale.gpkg").path
        try run(["run", "--store", store, "--out", work.appendingPathComponent("out").path], env)
        let query = ["query", "incidents", "--near", "Sotk", "--radius-km", "30", "--format", "json", "--store", store]
        let fresh = try run(query, env)
        XCTAssertFalse(fresh.stderr.contains("warning"), fresh.stderr)

        // A loaded pack's layer, changed by whitespace only: part of the digest, the answers may not change.
        let input = geodata.appendingPathComponent("theatres/am-az/provinces.geojson")
        let original = try Data(contentsOf: input)
        try (original + Data("\n".utf8)).write(to: input)
        let stale = try run(query, env)
        XCTAssertEqual(stale.stdout, fresh.stdout, "a stale store still answers from its stored relations")
        let warning = stale.stderr.split(separator: "\n").filter { $0.hasPrefix("warning:") }
        XCTAssertEqual(warning.count, 1, stale.stderr)
        XCTAssertTrue(stale.stderr.contains("borderwatch store refresh"), stale.stderr)
        XCTAssertEqual(try info(store, env)["stale"], .bool(true))

        let refresh = try run(["store", "refresh", "--store", store], env)
        XCTAssertTrue(refresh.stdout.contains("related again"), refresh.stdout)
        let after = try info(store, env)
        XCTAssertEqual(after["stale"], .bool(false))
        XCTAssertEqual(after["geodata_digest"], after["current_geodata_digest"])
        let answered = try run(query, env)
        XCTAssertEqual(answered.stdout, fresh.stdout)
        XCTAssertFalse(answered.stderr.contains("warning"), answered.stderr)

        // Changed again: the next import relates the store once before it writes.
        try (original + Data("\n\n".utf8)).write(to: input)
        XCTAssertEqual(try info(store, env)["stale"], .bool(true))
        let fixture = CommandRunner.repository.appendingPathComponent(
            "Tests/BorderStoreTests/Fixtures/acled-sample.csv")
        try run(["import", "acled", fixture.path, "--store", store], env)
        XCTAssertEqual(try info(store, env)["stale"], .bool(false))
    }
}
