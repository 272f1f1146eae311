import Foundation
import Testing

/// A third theatre is data: a small fixture pack (two invented countries on
/// the equator, `Fixtures/theatres/xa-xb/`) installed beside the real packs
/// and used by the unchanged binary.
@Suite struct TheatrePackTests {
    /// A geodata root holding the repository's packs and the fixture pack.
    static func root() throws -> URL {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("bw-theatres-\(UUID().uuidString)")
        let theatres = root.appendingPathComponent("theatres")
        try fm.createDirectory(at: theatres, withIntermediateDirectories: true)
        let installed = CommandRunner.repository.appendingPathComponent("geodata/theatres")
        for id in try fm.contentsOfDirectory(atPath: installed.path) {
            try fm.createSymbolicLink(
                at: theatres.appendingPathComponent(id), withDestinationURL: installed.appendingPathComponent(id))
        }
        let fixture = CommandRunner.repository.appendingPathComponent(
            "Tests/BorderWatchCLITests/Fixtures/theatres/xa-xb")
        try fm.createSymbolicLink(at: theatres.appendingPathComponent("xa-xb"), withDestinationURL: fixture)
        return root
    }

    static func run(_ arguments: [String], root: URL) throws -> CommandRunner.Result {
        var environment = ProcessInfo.processInfo.environment
        environment["BORDERWATCH_GEODATA"] = root.path
        environment["BORDERWATCH_STORE"] = root.appendingPathComponent("none.gpkg").path
        environment.removeValue(forKey: "BORDERWATCH_THEATRES")
        return try CommandRunner.run(arguments, environment: environment)
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func aPointIsAnsweredByTheFixtureTheatre() throws {
        let root = try Self.root()
        defer { try? FileManager.default.removeItem(at: root) }
        let r = try Self.run(["relate", "--lat", "0.1", "--lon", "10.07", "--format", "json"], root: root)
        #expect(r.status == 0, "\(r.stderr)")
        let location = try Self.json(r.stdout)
        #expect(location["theatre"] as? String == "xa-xb")
        #expect(location["country"] as? String == "XAA")
        #expect(location["province_id"] as? String == "XA-01")
        #expect(location["side"] as? String == "XAA")
        #expect(location["nearest_segment"] as? String == "xa-xb-line")
        // 0.03° of longitude along the parallel at 0.1° N on WGS84: N·cos φ·Δλ = 3339.58 m.
        let distance = try #require(location["border_distance_m"] as? Double)
        #expect(abs(distance - 3339.58) < 0.5, "\(distance)")
    }

    @Test func theArmeniaAzerbaijanAnswersHoldBesideIt() throws {
        let root = try Self.root()
        defer { try? FileManager.default.removeItem(at: root) }
        let r = try Self.run(["relate", "--place", "Sotk", "--format", "json"], root: root)
        #expect(r.status == 0, "\(r.stderr)")
        let location = try Self.json(r.stdout)
        #expect(location["theatre"] as? String == "am-az")
        #expect(location["country"] as? String == "ARM")
        #expect(location["nearest_segment"] as? String == "mainland")
    }

    @Test func placeSaysWhichTheatreAMatchIsIn() throws {
        let root = try Self.root()
        defer { try? FileManager.default.removeItem(at: root) }
        let r = try Self.run(["place", "Betatown", "--format", "csv"], root: root)
        #expect(r.status == 0, "\(r.stderr)")
        let row = try #require(r.stdout.split(whereSeparator: \.isNewline).dropFirst().first)
        #expect(row.hasPrefix("Betatown,") && row.contains(",xa-xb,"), "\(r.stdout)")
    }

    @Test func sideCodesComeFromThePacks() throws {
        let root = try Self.root()
        defer { try? FileManager.default.removeItem(at: root) }
        let found = try Self.run(["query", "settlements", "--side", "XBB", "--format", "csv"], root: root)
        #expect(found.status == 0, "\(found.stderr)")
        #expect(found.stdout.contains("Betatown") && !found.stdout.contains("Alphaville"))
        let refused = try Self.run(["query", "incidents", "--side", "XCC"], root: root)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("XCC") && refused.stderr.contains("XAA") && refused.stderr.contains("ARM"))
    }

    @Test func theatreLimitsWhatIsLoaded() throws {
        let root = try Self.root()
        defer { try? FileManager.default.removeItem(at: root) }
        let alone = try Self.run(["place", "Sotk", "--theatre", "xa-xb"], root: root)
        #expect(alone.status != 0, "Sotk should be unknown with only the fixture loaded: \(alone.stdout)")
        let both = try Self.run(["place", "Sotk", "--theatre", "am-az", "--theatre", "xa-xb"], root: root)
        #expect(both.status == 0, "\(both.stderr)")
        let unknown = try Self.run(["place", "Sotk", "--theatre", "zz-yy"], root: root)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("zz-yy") && unknown.stderr.contains("xa-xb"), "\(unknown.stderr)")
    }
}
