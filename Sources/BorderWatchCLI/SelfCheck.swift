import ArgumentParser
import BorderGeodata
import Foundation
import GeometryCore

/// Prints the library versions, loads the bundled geodata and relates a
/// few known places, as a check that everything is wired up.
struct SelfCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "selfcheck",
        abstract: "Print library versions, load the bundled geodata and place a few known villages."
    )

    func run() throws {
        print("BorderWatch self-check")
        print("  GEOS \(LibraryVersions.geos), PROJ \(LibraryVersions.proj)")
        let sotk = try Coordinate(longitude: 45.8756, latitude: 40.2056)
        let goris = try Coordinate(longitude: 46.3417, latitude: 39.5111)
        let d = Geodesic.inverse(from: sotk, to: goris)
        print(
            "  Sotk → Goris: \(String(format: "%.3f", d.distance)) m geodesic, azimuth \(String(format: "%.1f", d.initialAzimuth))°"
        )
        let start = Date()
        let geodata = try Geodata.loadBundled()
        print(
            "  geodata: \(geodata.countries.count) countries, \(geodata.provinces.count) provinces, "
                + "\(geodata.border.count) border segments, \(geodata.settlements.count) settlements "
                + "loaded in \(Int(Date().timeIntervalSince(start) * 1000)) ms")
        for s in geodata.settlements where ["Sotk", "Yeraskh", "Heydarabad", "Goris"].contains(s.name) {
            let province = s.province.flatMap(geodata.province(id:))
            let b = try geodata.borderProximity(at: s.coordinate)
            print(
                "  \(s.name): \(province?.label ?? "-"), \(s.country ?? "-"), "
                    + "\(String(format: "%.0f", b.distance)) m from the border (\(b.segment.id))")
        }
    }
}
