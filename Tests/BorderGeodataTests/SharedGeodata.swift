import Foundation
import BorderGeodata
import GeometryCore

/// The repository's bundled geodata, loaded once for all tests.
enum SharedGeodata {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("geodata")

    static let geodata: Geodata = {
        do { return try Geodata(directory: directory, theatres: ["am-az"]) } catch {
            fatalError("cannot load \(directory.path): \(error)")
        }
    }()

    /// GeoNames ids of the check points in GEODATA-SOURCES.md, for names
    /// that more than one place bears.
    static let geonameIDs = [
        "Agarak": 175008, "Sotk": 616041, "Yeraskh": 391241, "Heydarabad": 8326746,
        "Goris": 174895, "Kalbajar": 586268, "Jermuk": 174884, "Kornidzor": 174840,
        "Davit Bek": 174926, "Sedarak": 147282,
    ]

    static func settlement(_ name: String) -> Settlement {
        let matches = geodata.settlements.filter { s in
            s.name == name && (geonameIDs[name] == nil || s.geonameID == geonameIDs[name])
        }
        precondition(matches.count == 1, "expected one settlement named \(name), found \(matches.count)")
        return matches[0]
    }

    static func c(_ lon: Double, _ lat: Double) -> Coordinate { try! Coordinate(longitude: lon, latitude: lat) }

    /// For every 40th edge of `line`, the countries of `geodata` holding the
    /// points 3 m either side of its middle (the OpenStreetMap lines have
    /// hairpins a few tens of metres wide), with that middle.
    static func countriesEitherSide(of line: LineString, in geodata: Geodata) -> [(Set<String?>, Coordinate)] {
        stride(from: 1, to: line.coordinates.count - 1, by: 40).map { k in
            let a = line.coordinates[k], b = line.coordinates[k + 1]
            let mid = Geodesic.intermediate(from: a, to: b, fraction: 0.5)
            let azimuth = Geodesic.azimuth(from: a, to: b)
            let left = Geodesic.destination(from: mid, azimuth: azimuth - 90, distance: 3)
            let right = Geodesic.destination(from: mid, azimuth: azimuth + 90, distance: 3)
            return (Set([geodata.country(at: left)?.iso3, geodata.country(at: right)?.iso3]), mid)
        }
    }
}
