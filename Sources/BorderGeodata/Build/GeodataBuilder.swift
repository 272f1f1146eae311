import Foundation
import GeometryCore

/// Rebuilds `geodata/` from the upstream inputs that
/// `geodata/pipeline/fetch-sources.sh` prepares.
public struct GeodataBuilder {
    public var sources: URL
    public var provinceTable: URL
    public var supplement: URL
    public var output: URL
    /// Decimals of the written coordinates (7 ≈ 1 cm, under the sources' precision).
    public var decimals = 7

    public init(sources: URL, provinceTable: URL, supplement: URL, output: URL) {
        self.sources = sources
        self.provinceTable = provinceTable
        self.supplement = supplement
        self.output = output
    }

    /// Builds every layer and writes them with a build report; returns the report.
    @discardableResult
    public func run(log: (String) -> Void = { print($0) }) throws -> String {
        var report = BuildReport()
        log("reading sources in \(sources.path)")
        let admin0 = try features("ne_admin0.geojson")
        var naturalEarth: [String: Geometry] = [:]
        for f in admin0 {
            if let iso = f["ADM0_A3"]?.stringValue, let g = f.geometry { naturalEarth[iso] = g }
        }
        let dcwFile = sources.appendingPathComponent("dcw_armenia.gmt")
        let rings = try GMTText.rings(String(contentsOf: dcwFile, encoding: .utf8), file: dcwFile.path)

        log("building countries")
        var countries = try CountryBuilder(naturalEarth: naturalEarth, dcwArmeniaRings: rings).build()
        // Snap to the written precision now, so that what is written is valid.
        let grid = pow(10, -Double(decimals))
        countries.armenia = try countries.armenia.precisionReduced(gridSize: grid).polygonal
        countries.azerbaijan = try countries.azerbaijan.precisionReduced(gridSize: grid).polygonal
        for i in countries.countries.indices {
            countries.countries[i].geometry = try countries.countries[i].geometry.precisionReduced(gridSize: grid).polygonal
        }
        report.notes += countries.notes

        log("tiling provinces")
        let table = try ProvinceTable(contentsOf: provinceTable)
        let admin1 = try features("ne_admin1.geojson")
        var provinces: [Province] = []
        for iso3 in ["ARM", "AZE"] {
            let country = iso3 == "ARM" ? countries.armenia : countries.azerbaijan
            var templates: [Province] = []
            var shapes: [Geometry] = []
            for (i, f) in admin1.enumerated() where f["adm0_a3"]?.stringValue == iso3 {
                let name = f["name"]?.stringValue ?? "", gn = f["gn_name"]?.stringValue ?? ""
                guard let entry = table.entry(sourceName: name, gnName: gn) else {
                    throw GeodataError.source(file: "ne_admin1.geojson", line: nil,
                                              problem: "features[\(i)] (\(name) / \(gn)) has no row in provinces.tsv")
                }
                guard let g = f.geometry else { continue }
                if let fix = entry.fix { report.notes.append("\(entry.name): \(fix) (provinces.tsv line \(entry.line))") }
                templates.append(Province(id: entry.iso3166_2 ?? NameFolding.key(entry.name), name: entry.name,
                                          localName: entry.localName, iso3166_2: entry.iso3166_2, country: iso3,
                                          kind: entry.kind, region: entry.region, alternateNames: entry.alternateNames,
                                          geometry: g))
                shapes.append(g)
            }
            let tiled = try ProvinceTiler(country: country, units: shapes).tile()
            report.tiling.append((iso3, tiled.grownSteps, tiled.leftoverParts))
            for (i, tile) in tiled.tiles.enumerated() {
                var p = templates[i]
                p.geometry = try tile.precisionReduced(gridSize: grid).polygonal
                provinces.append(p)
            }
        }

        log("deriving the border")
        let border = try BorderExtractor(armenia: countries.armenia, azerbaijan: countries.azerbaijan).extract()
        let historical = try HistoricalLineBuilder.build(from: try features("ne_disputed.geojson"))

        log("placing settlements")
        let settled = try SettlementBuilder(countries: countries.countries, provinces: provinces)
            .build(geonames: sources.appendingPathComponent("cities500_am_az.json"), supplement: supplement)

        let writer = GeoJSONWriter(decimals: decimals)
        func write(_ file: String, _ features: [Feature]) throws {
            try AtomicFile.write(writer.data(FeatureCollection(features)), to: output.appendingPathComponent(file))
            log("wrote \(file) (\(features.count) features)")
        }
        try write("countries.geojson", countries.countries.map(\.feature))
        try write("provinces.geojson", provinces.map(\.feature))
        try write("border.geojson", border.map(\.feature))
        try write("historical-lines.geojson", historical.map(\.feature))
        try write("settlements.geojson", settled.settlements.map(\.feature))

        let text = report.render(countries: countries.countries, provinces: provinces, border: border, settled: settled)
        try AtomicFile.write(text, to: output.appendingPathComponent("BUILD-REPORT.md"))
        log("wrote BUILD-REPORT.md")
        return text
    }

    private func features(_ file: String) throws -> [Feature] {
        try GeoJSONReader.read(contentsOf: sources.appendingPathComponent(file)).features
    }
}
