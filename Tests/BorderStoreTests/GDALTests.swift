import BorderExchange
import BorderGeodata
import BorderIncidents
import BorderEventStore
import BorderStore
import Foundation
import Testing

/// The store read by GDAL: every layer listed with its count, the file
/// valid by GDAL's validate_gpkg.py, the R-tree answering spatial filters
/// after updates made through the ST_ functions.
@Suite struct GDALTests {
    func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("bw-gdal-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        let handle = try FileHandle(forWritingTo: out)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, try String(contentsOf: out, encoding: .utf8))
    }

    /// The bundled catalog, the ACLED and the UCDP samples, in a store.
    func filledStore() async throws -> (GeoPackageStore, Catalog, added: Int) {
        let store = try await Shared.bundledStore(named: "gdal")
        let catalog = try Shared.bundledCatalog()
        let acled = try await Shared.importing(try Shared.read("acled", "acled-sample.csv"), into: store)
        let ucdp = try await Shared.importing(try Shared.read("ucdp", "ucdp-sample.csv"), into: store)
        // Rows that describe a stored event are linked to it: ACLED's Goris shelling of 13 September 2022 to the catalog's.
        #expect(acled.linked + ucdp.linked >= 1 && acled.new + acled.linked == 5 && ucdp.new + ucdp.linked == 3)
        return (store, catalog, acled.new + ucdp.new)
    }

    @Test func ogrinfoListsEveryLayerWithItsCount() async throws {
        let (store, bundled, added) = try await filledStore()
        let (status, text) = try run("ogrinfo", ["-so", "-al", store.path])
        try #require(status == 0, "\(text)")
        var counts: [String: Int] = [:]
        var layer = ""
        for line in text.split(separator: "\n") {
            if line.hasPrefix("Layer name: ") { layer = String(line.dropFirst(12)) }
            if line.hasPrefix("Feature Count: ") { counts[layer] = Int(line.dropFirst(15)) }
        }
        let g = Shared.geodata
        let catalog = try await store.catalog()
        // Reference layers as loaded from geodata/theatres/; events as the store's own catalog holds them.
        #expect(counts["countries"] == g.countries.count && counts["provinces"] == g.provinces.count)
        #expect(counts["border_segments"] == g.border.count && counts["historical_lines"] == g.historicalLines.count)
        #expect(counts["settlements"] == g.settlements.count)
        // The bundled incidents, and the rows that were not linked to one of them.
        #expect(counts["incidents"] == bundled.incidents.count + added)
        #expect(counts["incidents"] == catalog.incidents.count)
        #expect(counts["locations"] == bundled.incidents.map(\.locations.count).reduce(0, +) + 5 + 3)
        #expect(counts["claims"] == catalog.incidents.map(\.claims.count).reduce(0, +))
        #expect(
            counts["casualty_figures"]
                == catalog.incidents.flatMap(\.claims).flatMap(\.casualties).map(\.figures.count).reduce(0, +))
        #expect(counts["sources"] == bundled.sources.count + 5 + 3)
        #expect(counts["imported_records"] == bundled.incidents.count + 5 + 3)
        #expect(counts == (try await store.layerCounts()))
        #expect(text.contains("EPSG") || text.contains("WGS 84"))
    }

    @Test func validateGPKGPasses() async throws {
        let (store, _, _) = try await filledStore()
        let script = [
            "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py",
            "/usr/share/doc/python3-gdal/examples/validate_gpkg.py",
        ].first { FileManager.default.fileExists(atPath: $0) }
        let path = try #require(script, "validate_gpkg.py not found: install python3-gdal (make test-deps)")
        let (status, text) = try run("python3", [path, store.path])
        #expect(status == 0, "\(text)")
        #expect(!text.contains("Error"), "\(text)")
    }

    @Test func spatialIndexFollowsAnUpdate() async throws {
        let (store, _, _) = try await filledStore()
        let goris = ["-spat", "46.33", "39.50", "46.35", "39.52"], tegh = ["-spat", "46.47", "39.55", "46.49", "39.57"]
        func ids(_ spat: [String]) throws -> String {
            try run("ogrinfo", ["-q", store.path, "locations"] + spat).output
        }
        #expect(try ids(goris).contains("acled:ARM1001"))
        #expect(try !ids(tegh).contains("acled:ARM1001"))
        // ARM1001 moved from Goris to Tegh: the row is replaced, and the R-tree triggers run our ST_ functions.
        let text = try String(contentsOf: Shared.fixture("acled-sample.csv"), encoding: .utf8)
        let moved = text.replacingOccurrences(of: "Goris,39.51111,46.34168", with: "Goris,39.55826,46.48054")
        let summary = try await Shared.importing(
            try ACLEDFormat.read(Data(moved.utf8), file: "moved.csv", sides: Shared.sides), into: store)
        #expect(summary.updated == 1)
        #expect(try !ids(goris).contains("acled:ARM1001"))
        #expect(try ids(tegh).contains("acled:ARM1001"))
    }
}
