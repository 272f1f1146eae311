import Foundation
import GeometryCore

/// The figures a rebuild of `geodata/` measured, written as BUILD-REPORT.md.
struct BuildReport {
    var notes: [String] = []
    var tiling: [(country: String, steps: Int, leftovers: Int)] = []

    func render(countries: [Country], provinces: [Province], border: [BorderSegment],
                settled: SettlementBuilder.Result) -> String {
        var out = "# Geodata build report\n\nWritten by `borderwatch geodata build` (run `make geodata`); figures measured by the build itself.\n\n"
        out += "## Countries\n\n| iso3 | area km² (geodesic) | polygons | source |\n|---|---|---|---|\n"
        for c in countries {
            out += "| \(c.iso3) | \(km2(Geodesic.area(of: c.geometry))) | \(c.geometry.polygons.count) | \(c.source) |\n"
        }
        out += "\n## Provinces tile their country\n\n| country | units | sum of unit areas km² | country area km² | difference |\n|---|---|---|---|---|\n"
        for iso3 in ["ARM", "AZE"] {
            guard let country = countries.first(where: { $0.iso3 == iso3 }) else { continue }
            let units = provinces.filter { $0.country == iso3 }
            let sum = units.reduce(0) { $0 + Geodesic.area(of: $1.geometry) }
            let whole = Geodesic.area(of: country.geometry)
            out += "| \(iso3) | \(units.count) | \(km2(sum)) | \(km2(whole)) | \(String(format: "%.4f", 100 * (sum - whole) / whole))% |\n"
        }
        for t in tiling {
            out += "\n\(t.country): gaps between the clipped admin-1 polygons were filled in \(t.steps) growth step(s) of 0.002°; \(t.leftovers) leftover piece(s) went to the nearest unit."
        }
        out += "\n\n## Border\n\n| id | length km | lines | source | scale | tolerance m |\n|---|---|---|---|---|---|\n"
        for b in border {
            out += "| \(b.id) | \(String(format: "%.1f", b.lengthKm)) | \(b.geometry.lineStrings.count) | \(b.source) | \(b.scale) | \(Int(b.toleranceMetres)) |\n"
        }
        let band = settled.settlements.filter(\.inToleranceBand)
        out += "\n## Settlements\n\n\(settled.settlements.count) places; \(band.count) lie outside every unit but within \(Int(SettlementBuilder.toleranceMetres)) m of one and were given to the nearest (flag `in_tolerance_band`).\n"
        out += "\n### GeoNames country differs from the polygon (\(settled.countryMismatches.count))\n\n| place | geonameid | GeoNames | polygon | band |\n|---|---|---|---|---|\n"
        for s in settled.countryMismatches {
            out += "| \(s.name) | \(s.geonameID.map(String.init) ?? "") | \(s.sourcedAdmin ?? "") | \(s.country ?? "none") | \(s.inToleranceBand) |\n"
        }
        out += "\n### GeoNames first-level unit differs from the polygon (\(settled.disagreements.count))\n\n"
        out += "GeoNames codes were mapped to units by the unit most of their places fall in:\n"
        out += settled.admin1Mapping.sorted { $0.key < $1.key }.map { "`\($0.key)`→`\($0.value)`" }.joined(separator: ", ") + ".\n\n"
        out += "| place | geonameid | GeoNames code | its unit | polygon's unit |\n|---|---|---|---|---|\n"
        for d in settled.disagreements {
            out += "| \(d.settlement.name) | \(d.settlement.geonameID.map(String.init) ?? "") | \(d.geonamesAdmin1) | \(d.geonamesProvince) | \(d.polygonProvince) |\n"
        }
        out += "\n## Notes\n\n" + notes.map { "- \($0)\n" }.joined()
        return out
    }

    private func km2(_ m2: Double) -> String { String(format: "%.1f", m2 / 1e6) }
}
