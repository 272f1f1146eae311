import Foundation
import GeometryCore

/// The figures a rebuild of `geodata/` measured, written as BUILD-REPORT.md.
struct BuildReport {
    var notes: [String] = []
    var tiling: [(country: String, steps: Int, leftovers: Int)] = []
    /// Overlap and gap (m²) of the Asia/Yerevan and Asia/Baku zones as published.
    var zones: (overlap: Double, gap: Double) = (0, 0)
    var countryOverlapM2 = 0.0
    var countryGapM2 = 0.0
    /// Overlap (m²) of each context country with ARM ∪ AZE after rounding.
    var contextOverlapM2: [String: Double] = [:]
    var accuracy: [String: LineDeviation?] = [:]
    var corrections: [AdminCorrection.Move] = []
    /// Per province: area gained and lost (m²) against its admin-1 polygon.
    var moved: [(id: String, gained: Double, lost: Double)] = []
    var codes = UnitCodes()
    var correctionReach = 0.0
    /// The border of the build before this one, to say how far the line moved.
    var previousBorder: [BorderSegment] = []

    /// The seeds' villages (GeoNames and supplement positions).
    static let seedVillages: [(String, Coordinate)] = [
        ("Sotk", try! Coordinate(longitude: 45.86951, latitude: 40.20007)),
        ("Verin Shorzha", try! Coordinate(longitude: 45.83250, latitude: 40.08722)),
        ("Yeraskh", try! Coordinate(longitude: 44.82806, latitude: 39.73944)),
        ("Heydarabad", try! Coordinate(longitude: 44.84846, latitude: 39.72286)),
        ("Goris", try! Coordinate(longitude: 46.34168, latitude: 39.51111)),
    ]

    static let sampleMetres = 100.0

    func render(
        countries: [Country], provinces: [Province], border: [BorderSegment],
        settled: SettlementBuilder.Result
    ) throws -> String {
        "# Geodata build report\n\nWritten by `borderwatch geodata build` (run `make geodata`); figures measured by the build itself.\n\n"
            + countriesSection(countries) + provincesSection(countries, provinces) + (try borderSection(border))
            + settlementsSection(settled) + "\n## Notes\n\n" + notes.map { "- \($0)\n" }.joined()
    }

    private func countriesSection(_ countries: [Country]) -> String {
        var out = "## Countries\n\n| iso3 | area km² (geodesic) | polygons | source |\n|---|---|---|---|\n"
        for c in countries {
            out +=
                "| \(c.iso3) | \(km2(Geodesic.area(of: c.geometry))) | \(c.geometry.polygons.count) | \(c.source) |\n"
        }
        out +=
            "\nArmenia and Azerbaijan share one edge (geodesic areas, to 0.01 m²):\n\n| | overlap m² | gap m² |\n|---|---|---|\n"
        out += "| Asia/Yerevan and Asia/Baku as published | \(m2(zones.overlap)) | \(m2(zones.gap)) |\n"
        out += "| ARM and AZE as written | \(m2(countryOverlapM2)) | \(m2(countryGapM2)) |\n"
        out +=
            "\nGeorgia, Iran and Turkey are Natural Earth less Armenia and Azerbaijan; rounding their cut edges to 1e-7° leaves overlaps of "
        out +=
            contextOverlapM2.sorted { $0.key < $1.key }.map { "\($0.key) \(m2($0.value)) m²" }.joined(separator: ", ")
            + " with the two.\n"
        return out
    }

    private func provincesSection(_ countries: [Country], _ provinces: [Province]) -> String {
        var out =
            "\n## Provinces tile their country\n\n| country | units | sum of unit areas km² | country area km² | difference |\n|---|---|---|---|---|\n"
        for iso3 in ["ARM", "AZE"] {
            guard let country = countries.first(where: { $0.iso3 == iso3 }) else { continue }
            let units = provinces.filter { $0.country == iso3 }
            let sum = units.reduce(0) { $0 + Geodesic.area(of: $1.geometry) }
            let whole = Geodesic.area(of: country.geometry)
            out +=
                "| \(iso3) | \(units.count) | \(km2(sum)) | \(km2(whole)) | \(String(format: "%.4f", 100 * (sum - whole) / whole))% |\n"
        }
        for t in tiling {
            out +=
                "\n\(t.country): gaps between the clipped admin-1 polygons were filled in \(t.steps) growth step(s) of 0.002°; \(t.leftovers) leftover piece(s) went to the nearest unit."
        }
        out +=
            "\n\n### Local corrections (rule in SOURCES.md; reach \(Int(correctionReach)) m, margin \(Int(AdminCorrection.marginMetres)) m)\n\n| place | geonameid | GeoNames code | from | to | distance to its unit m | area moved km² |\n|---|---|---|---|---|---|---|\n"
        for m in corrections {
            out +=
                "| \(m.place.name) | \(m.place.geonameID) | \(m.place.code) | \(m.from) | \(m.to) | \(Int(m.distanceMetres.rounded())) | \(String(format: "%.3f", m.areaM2 / 1e6)) |\n"
        }
        out +=
            "\n### Area moved per province against its Natural Earth admin-1 polygon\n\n| unit | gained km² | lost km² |\n|---|---|---|\n"
        for m in moved {
            out += "| \(m.id) | \(String(format: "%.2f", m.gained / 1e6)) | \(String(format: "%.2f", m.lost / 1e6)) |\n"
        }
        return out
    }

    private func borderSection(_ border: [BorderSegment]) throws -> String {
        var out =
            "\n## Border\n\n| id | length km | lines | source | scale | tolerance m | de jure | held by |\n|---|---|---|---|---|---|---|---|\n"
        for b in border {
            out +=
                "| \(b.id) | \(String(format: "%.1f", b.lengthKm)) | \(b.geometry.lineStrings.count) | \(b.source) | \(b.scale) | \(Int(b.toleranceMetres)) | \(b.deJure ?? "") | \(b.controlledBy ?? "") |\n"
        }
        out +=
            "\n### Sources measured against the OpenStreetMap line (vertices within 5 km of it, exclave rings left out)\n\n"
        for (name, d) in accuracy.sorted(by: { $0.key < $1.key }) {
            out += "- \(name): \(d?.text ?? "no vertex near the line")\n"
        }
        return out + (try movedLine(border))
    }

    private func settlementsSection(_ settled: SettlementBuilder.Result) -> String {
        var out = "\n## Settlements\n\n"
        let bases = Dictionary(grouping: settled.settlements, by: \.basis).mapValues(\.count)
        out +=
            "\(settled.settlements.count) places; country and province by "
            + bases.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + ".\n"
        out += "\nGeoNames codes name units through `geonames_admin1` in `pipeline/provinces.tsv`: "
        out +=
            codes.unitsOfCode.sorted { $0.key < $1.key }.map {
                "`\($0.key)`→`\($0.value.sorted().joined(separator: " "))`"
            }.joined(separator: ", ") + ".\n"
        for (title, list) in [
            ("GeoNames country differs from the polygon", settled.countryDisagreements),
            ("GeoNames first-level unit differs from the polygon", settled.provinceDisagreements),
        ] {
            out +=
                "\n### \(title) (\(list.count))\n\n| place | geonameid | GeoNames code | its unit(s) | polygon | border m | decision |\n|---|---|---|---|---|---|---|\n"
            for d in list {
                out +=
                    "| \(d.name) | \(d.geonameID) | \(d.sourceCode) | \(d.sourceUnits) | \(d.polygonCountry ?? "none") \(d.polygonProvince ?? "") | \(Int(d.borderDistance.rounded())) | \(d.decision) |\n"
            }
        }
        return out
    }

    /// Per segment, how far the previous build's line lies from the new one,
    /// and the seeds' villages' distances before and after.
    private func movedLine(_ border: [BorderSegment]) throws -> String {
        guard !previousBorder.isEmpty else { return "" }
        var out =
            "\n### How far the line moved from the previous one (DCW-GMT based, `pipeline/border-previous.geojson`)\n\n"
        out +=
            "Both lines sampled every \(Int(Self.sampleMetres)) m; old → new is each old sample's distance to the new segment, new → old the reverse. "
        out +=
            "An old exclave ring is compared with the new ring nearest to it: the previous labels swapped Yukhari Askipara and Barxudarlı.\n\n"
        out +=
            "| id | compared with | previous source | old → new median / p90 / max m | new → old median / p90 / max m |\n|---|---|---|---|---|\n"
        func figures(_ d: LineDeviation?) -> String {
            d.map { "\(Int($0.median)) / \(Int($0.p90)) / \(Int($0.max))" } ?? "—"
        }
        for old in previousBorder {
            let candidates =
                old.id.hasPrefix("exclave-") ? border.filter(\.isExclave) : border.filter { $0.id == old.id }
            let oldSamples = LineDeviation.samples(of: old.geometry.lineStrings, every: Self.sampleMetres)
            var best: (BorderSegment, LineDeviation)?
            for new in candidates {
                guard let d = try LineDeviation(of: oldSamples, from: GeodesicNearest(lines: new.geometry.lineStrings))
                else { continue }
                if best == nil || d.median < best!.1.median { best = (new, d) }
            }
            guard let (new, d) = best else { out += "| \(old.id) | — | \(old.source) | — | — |\n"; continue }
            let back = try LineDeviation(
                of: LineDeviation.samples(of: new.geometry.lineStrings, every: Self.sampleMetres),
                from: GeodesicNearest(lines: old.geometry.lineStrings))
            out += "| \(old.id) | \(new.id) | \(old.source) | \(figures(d)) | \(figures(back)) |\n"
        }
        let before = try GeodesicNearest(lines: previousBorder.flatMap(\.geometry.lineStrings))
        let after = try GeodesicNearest(lines: border.flatMap(\.geometry.lineStrings))
        out +=
            "\nBorder distance of the seeds' villages (geodesic, WGS84):\n\n| place | before m | after m |\n|---|---|---|\n"
        for (name, c) in Self.seedVillages {
            out +=
                "| \(name) | \(String(format: "%.1f", try before.nearest(to: c).distance)) | \(String(format: "%.1f", try after.nearest(to: c).distance)) |\n"
        }
        return out
    }

    private func km2(_ m2: Double) -> String { String(format: "%.1f", m2 / 1e6) }
    private func m2(_ x: Double) -> String { String(format: "%.2f", x) }
}
