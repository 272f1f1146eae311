import Foundation
import BorderGeodata
import BorderIncidents
import BorderQueries
import GeometryCore

enum Shared {
    static let related: RelatedCatalog = {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("geodata")
        do {
            let geodata = try Geodata(directory: dir, theatres: ["am-az"])
            return try RelatedCatalog(
                catalog: try CatalogReader.readBundled(in: dir, theatres: ["am-az"]), relater: Relater(geodata: geodata)
            )
        } catch { fatalError("\(error)") }
    }()

    static let sotk = try! Coordinate(longitude: 45.86951, latitude: 40.20007)

    /// Distances from Sotk computed with GeographicLib's Python implementation.
    static let referenceFromSotk: [String: Double] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Reference/from-sotk.tsv")
        let rows = try! String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        return Dictionary(
            uniqueKeysWithValues: rows.map { row in
                let f = row.split(separator: "\t")
                return (String(f[0]), Double(f[3])!)
            })
    }()
}
