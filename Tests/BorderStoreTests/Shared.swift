import BorderExchange
import BorderGeodata
import BorderIncidents
import BorderEventStore
import BorderStore
import Foundation
import GeometryCore

enum Shared {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let geodataDirectory = repository.appendingPathComponent("geodata")
    static let geodata: Geodata = try! Geodata(directory: geodataDirectory, theatres: ["am-az"])
    static let relater = Relater(geodata: geodata)
    static let sides = SideWords(theatres: geodata.theatres)

    static func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    }

    static func read(_ format: String, _ name: String) throws -> ReadResult {
        let data = try Data(contentsOf: fixture(name))
        switch format {
        case "acled": return try ACLEDFormat.read(data, file: name, sides: Shared.sides)
        case "ucdp": return try UCDPFormat.read(data, file: name, sides: Shared.sides)
        default: return try GeoJSONEvents.read(data, file: name)
        }
    }

    /// A new store in a temporary folder with the reference layers and no events.
    static func emptyStore() async throws -> GeoPackageStore {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bw-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try await GeoPackageStore.open(path: dir.appendingPathComponent("test.gpkg").path)
        try await store.writeReference(geodata)
        return store
    }

    /// A new store in a temporary folder made from the bundled am-az catalog, as `run` makes one.
    static func bundledStore(named name: String) async throws -> GeoPackageStore {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bw-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("\(name).gpkg").path
        try await StoreCatalog.create(at: path, geodata: geodata, catalog: try bundledCatalog())
        return try await GeoPackageStore.open(path: path)
    }

    static func bundledCatalog() throws -> Catalog {
        try CatalogReader.readBundled(in: geodataDirectory, theatres: ["am-az"])
    }

    static func importing(_ read: ReadResult, into store: GeoPackageStore) async throws -> EventImporter.Summary {
        try await EventImporter(relater: relater).run(read, into: store)
    }

    /// A digest of everything the store holds about events.
    static func contentDigest(_ store: some EventStore) async throws -> String {
        let catalog = try await store.catalog()
        var fields = catalog.sources.map { "\($0.id)|\($0.outlet)|\($0.headline)|\($0.published)|\($0.file)" }
        fields += catalog.incidents.flatMap(IncidentDigest.fields)
        fields += try await store.relations().map {
            "\($0.incidentID)|\($0.locationIndex)|\($0.coordinate)|\($0.country ?? "")|\($0.provinceID ?? "")|\($0.borderDistance)|\($0.segmentID)|\($0.side)|\($0.sideBasis)"
        }.sorted()
        fields += try await store.importedRecords().values.map { "\($0.key)|\($0.digest)|\($0.incidentID)" }.sorted()
        return IncidentDigest.of(
            Incident(
                id: fields.joined(separator: "\n"), title: "", type: .statement,
                date: IncidentDate(start: Day(ordinal: 0), end: Day(ordinal: 0), precision: .day, reading: ""),
                localTime: nil, sides: [], locations: [], claims: [], sources: [], notes: nil))
    }
}
