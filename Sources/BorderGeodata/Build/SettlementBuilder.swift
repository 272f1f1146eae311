import Foundation
import GeometryCore

/// Builds the gazetteer: every GeoNames `cities500` place of Armenia and
/// Azerbaijan plus the sourced supplement villages, each placed in its
/// country and province by polygon.
struct SettlementBuilder {
    /// Within this distance outside every polygon, a place is given to the
    /// nearest one and flagged; beyond it, it keeps no country.
    static let toleranceMetres = 3_500.0

    let countries: [Country]
    let provinces: [Province]

    /// A place whose GeoNames first-level code points at another unit than
    /// the polygon that holds it.
    struct Disagreement {
        var settlement: Settlement
        var geonamesAdmin1: String
        var geonamesProvince: String
        var polygonProvince: String
    }

    struct Result {
        var settlements: [Settlement]
        var disagreements: [Disagreement]
        /// GeoNames admin1 code (per country) → province id, by majority.
        var admin1Mapping: [String: String]
        var countryMismatches: [Settlement]
    }

    func build(geonames url: URL, supplement supplementURL: URL) throws -> Result {
        let lookup = try PolygonLookup(countries: countries, provinces: provinces, toleranceMetres: Self.toleranceMetres)
        let json = try JSONParser.parse(Data(contentsOf: url))
        guard case let .object(places) = json else {
            throw GeodataError.source(file: url.path, line: nil, problem: "expected an object keyed by geonameid")
        }
        var settlements: [Settlement] = []
        var admin1: [String: String] = [:]
        for key in places.keys.sorted(by: { Int($0) ?? 0 < Int($1) ?? 0 }) {
            guard let o = places[key]?.objectValue, let name = o["name"]?.stringValue,
                  let lat = o["latitude"]?.numberValue, let lon = o["longitude"]?.numberValue,
                  let id = o["geonameid"]?.numberValue, let cc = o["countrycode"]?.stringValue else {
                throw GeodataError.source(file: url.path, line: nil, problem: "place \(key): missing name, position or id")
            }
            let c = try Coordinate(longitude: lon, latitude: lat)
            let placed = lookup.place(c)
            let alternates = (o["alternatenames"]?.arrayValue ?? []).compactMap(\.stringValue).filter { $0 != name }
            let population = o["population"]?.numberValue.map { Int($0) }
            let settlement = Settlement(
                id: "geonames:\(Int(id))", geonameID: Int(id), name: name, asciiName: NameFolding.ascii(name),
                alternateNames: alternates, population: population, coordinate: c, country: placed.country,
                province: placed.province, inToleranceBand: placed.inBand, source: "GeoNames cities500",
                citation: "https://www.geonames.org/\(Int(id))", sourcedAdmin: "\(cc) admin1 \(o["admin1code"]?.stringValue ?? "?")",
                statedCountry: cc == "AM" ? "ARM" : "AZE", note: nil)
            settlements.append(settlement)
            admin1[settlement.id] = "\(cc)-\(o["admin1code"]?.stringValue ?? "")"
        }
        // GeoNames codes are FIPS-based; map each to the unit most of its places fall in.
        var votes: [String: [String: Int]] = [:]
        for s in settlements {
            guard let code = admin1[s.id], let p = s.province else { continue }
            votes[code, default: [:]][p, default: 0] += 1
        }
        // A code whose places spread over several units of one region (GeoNames
        // codes the Nakhchivan Autonomous Republic as a whole) maps to that region.
        let regionOf = Dictionary(provinces.map { ($0.id, $0.region) }, uniquingKeysWith: { a, _ in a })
        let mapping = votes.mapValues { tally -> String in
            let top = tally.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }!
            let regions = Set(tally.keys.map { regionOf[$0] ?? nil })
            if Double(top.value) < 0.5 * Double(tally.values.reduce(0, +)), regions.count == 1, let region = regions.first! {
                return "region:\(region)"
            }
            return top.key
        }
        var disagreements: [Disagreement] = []
        var mismatches: [Settlement] = []
        for s in settlements {
            guard let code = admin1[s.id] else { continue }
            let expectedCountry = code.hasPrefix("AM-") ? "ARM" : "AZE"
            if s.country != expectedCountry { mismatches.append(s) }
            if let p = s.province, let expected = mapping[code], expected != p,
               expected != "region:\(regionOf[p].flatMap { $0 } ?? "")" {
                disagreements.append(Disagreement(settlement: s, geonamesAdmin1: code, geonamesProvince: expected, polygonProvince: p))
            }
        }
        settlements += try supplement(supplementURL, lookup: lookup)
        return Result(settlements: settlements, disagreements: disagreements, admin1Mapping: mapping, countryMismatches: mismatches)
    }

    private func supplement(_ url: URL, lookup: PolygonLookup) throws -> [Settlement] {
        let table = try DelimitedText(csv: String(contentsOf: url, encoding: .utf8), file: url.path)
        var result: [Settlement] = []
        for row in table.rows {
            guard let lat = Double(row("lat")), let lon = Double(row("lon")) else {
                throw GeodataError.source(file: url.path, line: row.line, problem: "lat/lon are not numbers: '\(row("lat"))', '\(row("lon"))'")
            }
            let c: Coordinate
            do { c = try Coordinate(longitude: lon, latitude: lat) } catch {
                throw GeodataError.source(file: url.path, line: row.line, problem: error.description)
            }
            let placed = lookup.place(c)
            let name = row("name")
            let slug = NameFolding.key(name).replacingOccurrences(of: " ", with: "-")
                .filter { $0.isLetter || $0.isNumber || $0 == "-" }
            result.append(Settlement(
                id: "supplement:\(slug)", geonameID: nil, name: name, asciiName: NameFolding.ascii(name),
                alternateNames: row("alternate_names").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) },
                population: nil, coordinate: c, country: placed.country, province: placed.province,
                inToleranceBand: placed.inBand, source: "places-supplement.csv", citation: row("source_url"),
                sourcedAdmin: "\(row("country_iso3")): \(row("admin1_as_sourced"))", statedCountry: row("country_iso3"),
                note: row("note")))
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
}
