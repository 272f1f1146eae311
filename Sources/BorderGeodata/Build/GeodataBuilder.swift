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
        let inputs = try readInputs()
        log("building countries")
        let countries = try buildCountries(inputs, report: &report)
        log("measuring the sources against the OpenStreetMap line")
        let yardstick = try measureSources(inputs, countries: countries, report: &report)
        log("tiling provinces")
        var units = try tileProvinces(countries, report: &report)
        try correctProvinces(&units, yardstick: yardstick, report: &report, log: log)
        log("deriving the border")
        let border = try BorderExtractor(
            armenia: countries.armenia, azerbaijan: countries.azerbaijan,
            exclaves: countries.exclaves.map(\.spec),
            exclaveToleranceMetres: yardstick.gshhgDeviation?.tolerance ?? 2_000
        ).extract()
        let historical = try HistoricalLineBuilder.build(from: try features("ne_disputed.geojson"))
        report.previousBorder = try previousBorder()

        log("placing settlements")
        let settled = try SettlementBuilder(
            countries: countries.countries, provinces: units.provinces, border: border, codes: units.codes
        )
        .build(geonames: units.geonames, supplement: supplement)

        let writer = GeoJSONWriter(decimals: decimals)
        func write(_ file: String, _ features: [Feature]) throws {
            try AtomicFile.write(writer.data(FeatureCollection(features)), to: output.appendingPathComponent(file))
            log("wrote \(file) (\(features.count) features)")
        }
        try write("countries.geojson", countries.countries.map(\.feature))
        try write("provinces.geojson", units.provinces.map(\.feature))
        try write("border.geojson", border.map(\.feature))
        try write("historical-lines.geojson", historical.map(\.feature))
        try write("settlements.geojson", settled.settlements.map(\.feature))

        let text = try report.render(
            countries: countries.countries, provinces: units.provinces, border: border, settled: settled)
        try AtomicFile.write(text, to: output.appendingPathComponent("BUILD-REPORT.md"))
        log("wrote BUILD-REPORT.md")
        return text
    }

    /// The upstream inputs the countries are built from.
    private struct Inputs {
        var naturalEarth: [String: Geometry] = [:]
        var dcwRings: [LinearRing]
        var gshhg: [LineString]
        var yerevan: Geometry
        var baku: Geometry
    }

    private func readInputs() throws -> Inputs {
        var naturalEarth: [String: Geometry] = [:]
        for f in try features("ne_admin0.geojson") {
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
        return Inputs(naturalEarth: naturalEarth, dcwRings: rings, gshhg: gshhg, yerevan: yerevan, baku: baku)
    }

    /// The grid the written coordinates are snapped to.
    private var grid: Double { pow(10, -Double(decimals)) }

    private func buildCountries(_ inputs: Inputs, report: inout BuildReport) throws -> CountryBuilder.Result {
        var countries = try CountryBuilder(
            naturalEarth: inputs.naturalEarth, yerevanZone: inputs.yerevan, bakuZone: inputs.baku,
            gshhgLines: inputs.gshhg
        ).build()
        // Snap to the written precision now, so that what is written is valid.
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
        return countries
    }

    /// The OpenStreetMap line that other lines are measured against, away from the exclaves.
    private struct Yardstick {
        var nearest: GeodesicNearest
        var offExclaves: (Coordinate) -> Bool
        var gshhgDeviation: LineDeviation?
    }

    private func measureSources(
        _ inputs: Inputs, countries: CountryBuilder.Result, report: inout BuildReport
    ) throws -> Yardstick {
        let osmLine = try inputs.yerevan.boundary().intersection(inputs.baku.buffer(degrees: 1e-6)).linear.lineMerge()
        let osmNearest = try GeodesicNearest(lines: osmLine.lineStrings)
        let exclavePolygons = try PreparedGeometry(
            Geometry.multiPolygon(MultiPolygon(countries.exclaves.flatMap(\.polygon.polygons)))
                .buffer(degrees: 0.001))
        let offExclaves = { (c: Coordinate) in (try? exclavePolygons.coversPoint(c)) == true }
        let mainRing = inputs.dcwRings.max(by: { abs($0.signedArea2) < abs($1.signedArea2) })?.coordinates ?? []
        report.accuracy["DCW-GMT 2.1.1 Armenia polygon (the previous line)"] =
            try LineDeviation(of: mainRing, from: osmNearest, within: 5_000, skipping: offExclaves)
        let gshhgDeviation = try LineDeviation(
            of: inputs.gshhg.flatMap(\.coordinates), from: osmNearest, within: 5_000, skipping: offExclaves)
        report.accuracy["GSHHG 2.3.7 full-resolution border, Tavush–Gazakh stretch"] = gshhgDeviation
        return Yardstick(nearest: osmNearest, offExclaves: offExclaves, gshhgDeviation: gshhgDeviation)
    }

    /// The provinces as tiled, with what correcting them needs.
    private struct Units {
        var provinces: [Province] = []
        /// Each province's admin-1 polygon before tiling, by id.
        var originals: [String: Geometry] = [:]
        var codes = UnitCodes()
        var armeniaUnits: [Geometry] = []
        var geonames: [SettlementBuilder.GeoNamesPlace] = []
    }

    private func tileProvinces(_ countries: CountryBuilder.Result, report: inout BuildReport) throws -> Units {
        let table = try ProvinceTable(contentsOf: provinceTable)
        let admin1 = try features("ne_admin1.geojson")
        var units = Units()
        for iso3 in ["ARM", "AZE"] {
            let country = iso3 == "ARM" ? countries.armenia : countries.azerbaijan
            var templates: [Province] = []
            var shapes: [Geometry] = []
            for (i, f) in admin1.enumerated() where f["adm0_a3"]?.stringValue == iso3 {
                guard let made = try template(f, index: i, country: iso3, table: table) else { continue }
                let (province, entry) = made
                if let fix = entry.fix {
                    report.notes.append("\(entry.name): \(fix) (provinces.tsv line \(entry.line))")
                }
                if let code = entry.geonamesAdmin1 { units.codes.add(codes: code, unit: province.id) }
                if iso3 == "ARM" { units.armeniaUnits.append(try province.geometry.makeValid().polygonal) }
                templates.append(province)
                units.originals[province.id] = try province.geometry.makeValid().polygonal
                shapes.append(province.geometry)
            }
            let tiled = try ProvinceTiler(country: country, units: shapes).tile()
            report.tiling.append((iso3, tiled.grownSteps, tiled.leftoverParts))
            for (i, tile) in tiled.tiles.enumerated() {
                var p = templates[i]
                p.geometry = tile
                units.provinces.append(p)
            }
        }
        return units
    }

    /// The province an admin-1 feature is (with its untiled shape) and its row of `provinces.tsv`; nil without a shape.
    private func template(_ f: Feature, index i: Int, country iso3: String, table: ProvinceTable) throws -> (
        Province, ProvinceTable.Entry
    )? {
        let name = f["name"]?.stringValue ?? "", gn = f["gn_name"]?.stringValue ?? ""
        guard let entry = table.entry(sourceName: name, gnName: gn) else {
            throw GeodataError.source(
                file: "ne_admin1.geojson", line: nil,
                problem: "features[\(i)] (\(name) / \(gn)) has no row in provinces.tsv")
        }
        guard let g = f.geometry else { return nil }
        let province = Province(
            id: entry.iso3166_2 ?? NameFolding.key(entry.name), name: entry.name,
            localName: entry.localName, iso3166_2: entry.iso3166_2, country: iso3,
            kind: entry.kind, region: entry.region, alternateNames: entry.alternateNames,
            geometry: g)
        return (province, entry)
    }

    /// Moves the places GeoNames files under another unit into it, snaps the provinces to the written grid and
    /// records how far each moved from its admin-1 polygon.
    private func correctProvinces(
        _ units: inout Units, yardstick: Yardstick, report: inout BuildReport, log: (String) -> Void
    ) throws {
        // Armenia's outline as its marzes draw it: how far the admin-1 lines are off.
        let admin1Outline = try Geometry.multiPolygon(MultiPolygon(units.armeniaUnits.flatMap(\.polygons)))
            .unaryUnion().boundary()
        let admin1Deviation = try LineDeviation(
            of: admin1Outline.allCoordinates, from: yardstick.nearest, within: 5_000,
            skipping: yardstick.offExclaves)
        report.accuracy["Natural Earth admin-1 v4.1.0 generalized, Armenia's outline as the union of its marzes"] =
            admin1Deviation
        units.geonames = try SettlementBuilder.readGeoNames(sources.appendingPathComponent("cities500_am_az.json"))
        let places = units.geonames.map {
            AdminCorrection.Place(name: $0.name, geonameID: $0.id, coordinate: $0.coordinate, code: $0.code)
        }
        report.correctionReach = admin1Deviation?.tolerance ?? 1_200
        report.corrections = try AdminCorrection(codes: units.codes, reachMetres: report.correctionReach)
            .apply(to: &units.provinces, places: places, log: log)
        for i in units.provinces.indices {
            let p = try units.provinces[i].geometry.precisionReduced(gridSize: grid).polygonal
            units.provinces[i].geometry = p
            if let original = units.originals[units.provinces[i].id] {
                report.moved.append(
                    (
                        units.provinces[i].id, Geodesic.area(of: try p.difference(original).polygonal),
                        Geodesic.area(of: try original.difference(p).polygonal)
                    ))
            }
        }
        report.codes = units.codes
    }

    /// The border before the OpenStreetMap line (DCW-GMT based, kept in pipeline/), so that every rebuild says
    /// how far the line moved; none when the file is not there.
    private func previousBorder() throws -> [BorderSegment] {
        let file = provinceTable.deletingLastPathComponent().appendingPathComponent("border-previous.geojson")
        guard FileManager.default.fileExists(atPath: file.path) else { return [] }
        return try GeoJSONReader.read(contentsOf: file).features.enumerated().map { try BorderSegment($1, index: $0) }
    }

    private func features(_ file: String) throws -> [Feature] {
        try GeoJSONReader.read(contentsOf: sources.appendingPathComponent(file)).features
    }
}
