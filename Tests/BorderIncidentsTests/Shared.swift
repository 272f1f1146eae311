import Foundation
import BorderGeodata
import BorderIncidents
import GeometryCore

/// The bundled geodata and catalog, loaded once for all tests.
enum Shared {
    static let geodataDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("geodata")

    static let geodata: Geodata = {
        do { return try Geodata(directory: geodataDirectory, theatres: ["am-az"]) } catch { fatalError("\(error)") }
    }()

    static let catalog: Catalog = {
        do { return try CatalogReader.readBundled(in: geodataDirectory, theatres: ["am-az"]) } catch {
            fatalError("\(error)")
        }
    }()

    static let relater = Relater(geodata: geodata)

    static func c(_ lon: Double, _ lat: Double) -> Coordinate { try! Coordinate(longitude: lon, latitude: lat) }

    static func referenceRows(_ name: String) throws -> [[String]] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Reference/\(name)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t").map(String.init) }
    }
}
