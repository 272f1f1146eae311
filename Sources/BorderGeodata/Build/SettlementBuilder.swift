import Foundation
import GeometryCore

/// Builds the gazetteer: every GeoNames `cities500` place of Armenia and
/// Azerbaijan plus the sourced supplement villages, each placed in its
/// country and province by polygon, and checked against its own source.
///
/// Where the polygon's country is not the source's and the place lies
/// within the border's tolerance, the source's country (and the unit its
/// code names) is kept, with `basis` "source": the line cannot tell there.
/// Beyond the tolerance the polygon is kept and the disagreement listed.
struct SettlementBuilder {
    /// Within this distance outside every polygon, a place is given to the
    /// nearest one and flagged; beyond it, it keeps no country.
    static let toleranceMetres = 3_500.0

    let countries: [Country]
    let provinces: [Province]
    let border: [BorderSegment]
    let codes: UnitCodes

    /// A place whose source's country or first-level unit is not the
    /// polygon's, and what the build decided.
    struct Disagreement {
        var name: String
        var geonameID: Int
        var sourceCode: String
        var sourceUnits: String
        var polygonCountry: String?
        var polygonProvince: String?
        var borderDistance: Double
        var decision: String
    }

    struct Result {
        var settlements: [Settlement]
        var countryDisagreements: [Disagreement]
        var provinceDisagreements: [Disagreement]
    }

    /// A GeoNames place of cities500, as read.
    struct GeoNamesPlace {
        var key: String
        var object: JSONObject
        var name: String
        var id: Int
        var coordinate: Coordinate
        var countryCode: String
        var admin1: String
        var code: String { "\(countryCode)-\(admin1)" }
    }

    static func readGeoNames(_ url: URL) throws -> [GeoNamesPlace] {
        let json = try JSONParser.parse(Data(contentsOf: url))
        guard case let .object(places) = json else {
            throw GeodataError.source(file: url.path, line: nil, problem: "expected an object keyed by geonameid")
        }
        return try places.keys.sorted(by: { Int($0) ?? 0 < Int($1) ?? 0 }).map { key in
            guard let o = places[key]?.objectValue, let name = o["name"]?.stringValue,
                let lat = o["latitude"]?.numberValue, let lon = o["longitude"]?.numberValue,
                let id = o["geonameid"]?.numberValue, let cc = o["countrycode"]?.stringValue
            else {
                throw GeodataError.source(
                    file: url.path, line: nil, problem: "place \(key): missing name, position or id")
            }
            return GeoNamesPlace(
                key: key, object: o, name: name, id: Int(id), coordinate: try Coordinate(longitude: lon, latitude: lat),
                countryCode: cc, admin1: o["admin1code"]?.stringValue ?? "")
        }
    }

    func build(geonames: [GeoNamesPlace], supplement supplementURL: URL) throws -> Result {
        let lookup = try PolygonLookup(
            countries: countries, provinces: provinces, toleranceMetres: Self.toleranceMetres)
        var lines: [LineString] = []
        var owner: [Int] = []
        for (i, b) in border.enumerated() { for l in b.geometry.lineStrings { lines.append(l); owner.append(i) } }
        let nearest = try GeodesicNearest(lines: lines)
        var settlements: [Settlement] = []
        var countryDisagreements: [Disagreement] = []
        var provinceDisagreements: [Disagreement] = []
        for place in geonames {
            let o = place.object, name = place.name, id = Double(place.id), cc = place.countryCode, c = place.coordinate
            let stated = cc == "AM" ? "ARM" : "AZE"
            var placed = lookup.place(c)
            let hit = try nearest.nearest(to: c)
            let withinBorderTolerance = hit.distance <= border[owner[hit.lineIndex]].toleranceMetres
            let units = codes.units(of: place.code) ?? []
            var basis = placed.inBand ? "nearest polygon" : "polygon"
            func disagreement(_ decision: String) -> Disagreement {
                Disagreement(
                    name: name, geonameID: place.id,
                    sourceCode: place.code, sourceUnits: units.sorted().joined(separator: " "),
                    polygonCountry: placed.country, polygonProvince: placed.province,
                    borderDistance: hit.distance, decision: decision)
            }
            if placed.country != stated {
                if withinBorderTolerance {
                    countryDisagreements.append(disagreement("source's country kept: within the border's tolerance"))
                    placed = (stated, lookup.nearestUnit(c, among: units, country: stated), placed.inBand)
                    basis = "source"
                } else if placed.country == nil {
                    countryDisagreements.append(
                        disagreement("no polygon holds it (offshore or abroad): left without a country"))
                } else {
                    countryDisagreements.append(disagreement("polygon kept: beyond the border's tolerance"))
                }
            } else if let p = placed.province, !codes.agrees(code: place.code, unit: p) {
                provinceDisagreements.append(disagreement("polygon kept"))
            }
            let alternates = (o["alternatenames"]?.arrayValue ?? []).compactMap(\.stringValue).filter { $0 != name }
            let population = o["population"]?.numberValue.map { Int($0) }
            settlements.append(
                Settlement(
                    id: "geonames:\(Int(id))", geonameID: Int(id), name: name, asciiName: NameFolding.ascii(name),
                    alternateNames: alternates, population: population, coordinate: c, country: placed.country,
                    province: placed.province, inToleranceBand: placed.inBand, source: "GeoNames cities500",
                    citation: "https://www.geonames.org/\(Int(id))", sourcedAdmin: "\(cc) admin1 \(place.admin1)",
                    statedCountry: stated, note: nil, basis: basis))
        }
        settlements += try supplement(supplementURL, lookup: lookup, nearest: nearest, owner: owner)
        return Result(
            settlements: settlements, countryDisagreements: countryDisagreements,
            provinceDisagreements: provinceDisagreements)
    }

    private func supplement(_ url: URL, lookup: PolygonLookup, nearest: GeodesicNearest, owner: [Int]) throws
        -> [Settlement]
    {
        let table = try DelimitedText(csv: String(contentsOf: url, encoding: .utf8), file: url.path)
        var result: [Settlement] = []
        for row in table.rows {
            guard let lat = Double(row("lat")), let lon = Double(row("lon")) else {
                throw GeodataError.source(
                    file: url.path, line: row.line, problem: "lat/lon are not numbers: '\(row("lat"))', '\(row("lon"))'"
                )
            }
            let c: Coordinate
            do { c = try Coordinate(longitude: lon, latitude: lat) } catch {
                throw GeodataError.source(file: url.path, line: row.line, problem: error.description)
            }
            var placed = lookup.place(c)
            var basis = placed.inBand ? "nearest polygon" : "polygon"
            let stated = row("country_iso3")
            let hit = try nearest.nearest(to: c)
            // Within the border's tolerance the row's own country holds (Aghdam of Tovuz lies on the line).
            if placed.country != stated, hit.distance <= border[owner[hit.lineIndex]].toleranceMetres {
                placed = (stated, lookup.nearestUnit(c, among: nil, country: stated), placed.inBand)
                basis = "source"
            }
            let name = row("name")
            let slug = NameFolding.key(name).replacingOccurrences(of: " ", with: "-")
                .filter { $0.isLetter || $0.isNumber || $0 == "-" }
            result.append(
                Settlement(
                    id: "supplement:\(slug)", geonameID: nil, name: name, asciiName: NameFolding.ascii(name),
                    alternateNames: row("alternate_names").split(separator: ";").map {
                        $0.trimmingCharacters(in: .whitespaces)
                    },
                    population: nil, coordinate: c, country: placed.country, province: placed.province,
                    inToleranceBand: placed.inBand, source: "places-supplement.csv", citation: row("source_url"),
                    sourcedAdmin: "\(row("country_iso3")): \(row("admin1_as_sourced"))", statedCountry: stated,
                    note: row("note"), basis: basis))
        }
        return result
    }
}

/// Country and province of a point by polygon, with the tolerance band.
struct PolygonLookup {
    let countries: [Country]
    let provinces: [Province]
    let countryShapes: [PreparedGeometry]
    let provinceShapes: [PreparedGeometry]
    let toleranceMetres: Double

    init(countries: [Country], provinces: [Province], toleranceMetres: Double) throws {
        self.countries = countries
        self.provinces = provinces
        countryShapes = try countries.map { try PreparedGeometry($0.geometry) }
        provinceShapes = try provinces.map { try PreparedGeometry($0.geometry) }
        self.toleranceMetres = toleranceMetres
    }

    func place(_ c: Coordinate) -> (country: String?, province: String?, inBand: Bool) {
        let province = provinces.indices.first { (try? provinceShapes[$0].coversPoint(c)) == true }
        if let province { return (provinces[province].country, provinces[province].id, false) }
        // Outside every unit: the nearest one within tolerance.
        let box = Envelope.around(c, metres: toleranceMetres)
        var best: (Int, Double)?
        for (i, p) in provinces.enumerated() where p.geometry.envelope?.intersects(box) == true {
            guard let d = try? p.geometry.geodesicDistance(to: c), d <= toleranceMetres else { continue }
            if best == nil || d < best!.1 { best = (i, d) }
        }
        if let best { return (provinces[best.0].country, provinces[best.0].id, true) }
        let country = countries.indices.first { (try? countryShapes[$0].coversPoint(c)) == true }
        return (country.map { countries[$0].iso3 }, nil, false)
    }

    /// The unit of `country` (one of `among` when given) nearest to the point.
    func nearestUnit(_ c: Coordinate, among ids: Set<String>?, country: String) -> String? {
        let box = Envelope.around(c, metres: 20_000)
        var best: (String, Double)?
        for p in provinces
        where p.country == country && (ids?.contains(p.id) ?? true) && p.geometry.envelope?.intersects(box) == true {
            guard let d = try? p.geometry.geodesicDistance(to: c) else { continue }
            if best == nil || d < best!.1 { best = (p.id, d) }
        }
        return best?.0
    }
}
