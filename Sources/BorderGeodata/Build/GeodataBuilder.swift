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
        let gshhgFile = sources.appendingPathComponent("gshhg_exclaves.gmt")
        let gshhg = try GMTText.lines(String(contentsOf: gshhgFile, encoding: .utf8), file: gshhgFile.path)
        var zones: [String: Geometry] = [:]
        for f in try features("tz_am_az.geojson") {
            if let id = f["tzid"]?.stringValue, let g = f.geometry { zones[id] = g }
        }
        guard let yerevan = zones["Asia/Yerevan"], let baku = zones["Asia/Baku"] else {
            throw GeodataError.source(file: "tz_am_az.geojson", line: nil, problem: "Asia/Yerevan or Asia/Baku missing")
        }

        log("building countries")
        var countries = try CountryBuilder(
            naturalEarth: naturalEarth, yerevanZone: yerevan, bakuZone: baku,
            gshhgLines: gshhg
        ).build()
        // Snap to the written precision now, so that what is written is valid.
        let grid = pow(10, -Double(decimals))
        countries.armenia = try countries.armenia.precisionReduced(gridSize: grid).polygonal
        countries.azerbaijan = try countries.azerbaijan.precisionReduced(gridSize: grid).polygonal
        for i in countries.countries.indices {
            countries.countries[i].geometry = try countries.countries[i].geometry.precisionReduced(gridSize: grid)
                .polygonal
        }
        report.notes += countries.notes
        report.zones = (countries.zoneOverlapM2, countries.zoneGapM2)
        report.countryOverlapM2 = Geodesic.area(of: try countries.armenia.intersection(countries.azerbaijan).polygonal)
        let both = try countries.armenia.union(countries.azerbaijan).polygonal
        report.countryGapM2 = both.polygons.reduce(0) { $0 + $1.holes.reduce(0) { $0 + Geodesic.area(of: $1) } }
        for c in countries.countries where c.iso3 != "ARM" && c.iso3 != "AZE" {
            report.contextOverlapM2[c.iso3] = Geodesic.area(of: try c.geometry.intersection(both).polygonal)
        }

        log("measuring the sources against the OpenStreetMap line")
        let osmLine = try yerevan.boundary().intersection(baku.buffer(degrees: 1e-6)).linear.lineMerge()
        let osmNearest = try GeodesicNearest(lines: osmLine.lineStrings)
        let exclavePolygons = try PreparedGeometry(
            Geometry.multiPolygon(MultiPolygon(countries.exclaves.flatMap(\.polygon.polygons)))
                .buffer(degrees: 0.001))
        let offExclaves = { (c: Coordinate) in (try? exclavePolygons.coversPoint(c)) == true }
        let mainRing = rings.max(by: { abs($0.signedArea2) < abs($1.signedArea2) })?.coordinates ?? []
        report.accuracy["DCW-GMT 2.1.1 Armenia polygon (the previous line)"] =
            try LineDeviation(of: mainRing, from: osmNearest, within: 5_000, skipping: offExclaves)
        let gshhgDeviation = try LineDeviation(
            of: gshhg.flatMap(\.coordinates), from: osmNearest, within: 5_000, skipping: offExclaves)
        report.accuracy["GSHHG 2.3.7 full-resolution border, Tavush–Gazakh stretch"] = gshhgDeviation

        log("tiling provinces")
        let table = try ProvinceTable(contentsOf: provinceTable)
        let admin1 = try features("ne_admin1.geojson")
        var provinces: [Province] = []
        var originals: [String: Geometry] = [:]
        var codes = UnitCodes()
        var armeniaUnits: [Geometry] = []
        for iso3 in ["ARM", "AZE"] {
            let country = iso3 == "ARM" ? countries.armenia : countries.azerbaijan
            var templates: [Province] = []
            var shapes: [Geometry] = []
            for (i, f) in admin1.enumerated() where f["adm0_a3"]?.stringValue == iso3 {
                let name = f["name"]?.stringValue ?? "", gn = f["gn_name"]?.stringValue ?? ""
                guard let entry = table.entry(sourceName: name, gnName: gn) else {
                    throw GeodataError.source(
                        file: "ne_admin1.geojson", line: nil,
                        problem: "features[\(i)] (\(name) / \(gn)) has no row in provinces.tsv")
                }
                guard let g = f.geometry else { continue }
                if let fix = entry.fix {
                    report.notes.append("\(entry.name): \(fix) (provinces.tsv line \(entry.line))")
                }
                let id = entry.iso3166_2 ?? NameFolding.key(entry.name)
                if let code = entry.geonamesAdmin1 { codes.add(codes: code, unit: id) }
                if iso3 == "ARM" { armeniaUnits.append(try g.makeValid().polygonal) }
                templates.append(
                    Province(
                        id: id, name: entry.name,
                        localName: entry.localName, iso3166_2: entry.iso3166_2, country: iso3,
                        kind: entry.kind, region: entry.region, alternateNames: entry.alternateNames,
                        geometry: g))
                originals[id] = try g.makeValid().polygonal
                shapes.append(g)
            }
            let tiled = try ProvinceTiler(country: country, units: shapes).tile()
            report.tiling.append((iso3, tiled.grownSteps, tiled.leftoverParts))
            for (i, tile) in tiled.tiles.enumerated() {
                var p = templates[i]
                p.geometry = tile
                provinces.append(p)
            }
        }
        // Armenia's outline as its marzes draw it: how far the admin-1 lines are off.
        let admin1Outline = try Geometry.multiPolygon(MultiPolygon(armeniaUnits.flatMap(\.polygons))).unaryUnion()
            .boundary()
        let admin1Deviation = try LineDeviation(
            of: admin1Outline.allCoordinates, from: osmNearest, within: 5_000, skipping: offExclaves)
        report.accuracy["Natural Earth admin-1 v4.1.0 generalized, Armenia's outline as the union of its marzes"] =
            admin1Deviation
        let geonames = try SettlementBuilder.readGeoNames(sources.appendingPathComponent("cities500_am_az.json"))
        let places = geonames.map {
            AdminCorrection.Place(name: $0.name, geonameID: $0.id, coordinate: $0.coordinate, code: $0.code)
        }
        report.correctionReach = admin1Deviation?.tolerance ?? 1_200
        report.corrections = try AdminCorrection(codes: codes, reachMetres: report.correctionReach)
            .apply(to: &provinces, places: places, log: log)
        for i in provinces.indices {
            provinces[i].geometry = try provinces[i].geometry.precisionReduced(gridSize: grid).polygonal
            if let original = originals[provinces[i].id] {
                report.moved.append(
                    (
                        provinces[i].id, Geodesic.area(of: try provinces[i].geometry.difference(original).polygonal),
                        Geodesic.area(of: try original.difference(provinces[i].geometry).polygonal)
                    ))
            }
        }
        report.codes = codes

        log("deriving the border")
        let border = try BorderExtractor(
            armenia: countries.armenia, azerbaijan: countries.azerbaijan,
            exclaves: countries.exclaves.map(\.spec),
            exclaveToleranceMetres: gshhgDeviation?.tolerance ?? 2_000
        ).extract()
        let historical = try HistoricalLineBuilder.build(from: try features("ne_disputed.geojson"))
        // The border before the OpenStreetMap line (DCW-GMT based, kept in
        // pipeline/), so that every rebuild says how far the line moved.
        let previousBorder = provinceTable.deletingLastPathComponent().appendingPathComponent("border-previous.geojson")
        if FileManager.default.fileExists(atPath: previousBorder.path) {
            report.previousBorder = try GeoJSONReader.read(contentsOf: previousBorder).features.enumerated().map {
                try BorderSegment($1, index: $0)
            }
        }

        log("placing settlements")
        let settled = try SettlementBuilder(
            countries: countries.countries, provinces: provinces, border: border,
            codes: codes
        )
        .build(geonames: geonames, supplement: supplement)

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

        let text = try report.render(
            countries: countries.countries, provinces: provinces, border: border, settled: settled)
        try AtomicFile.write(text, to: output.appendingPathComponent("BUILD-REPORT.md"))
        log("wrote BUILD-REPORT.md")
        return text
    }

    private func features(_ file: String) throws -> [Feature] {
        try GeoJSONReader.read(contentsOf: sources.appendingPathComponent(file)).features
    }
}
