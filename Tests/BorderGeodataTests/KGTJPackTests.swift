import Foundation
import Testing
import BorderGeodata
import GeometryCore

/// The Kyrgyzstan–Tajikistan theatre pack (`geodata/theatres/kg-tj/`),
/// loaded by the engine's own decoders, against facts of the ground.
@Suite struct KGTJPackTests {
    static let directory = SharedGeodata.directory.appendingPathComponent("theatres/kg-tj")

    static let geodata: Geodata = {
        do { return try Geodata(directory: directory) } catch { fatalError("cannot load \(directory.path): \(error)") }
    }()

    let geodata = KGTJPackTests.geodata

    func c(_ lon: Double, _ lat: Double) -> Coordinate { SharedGeodata.c(lon, lat) }

    func settlement(_ id: String) throws -> Settlement { try #require(geodata.settlement(id: id)) }

    @Test func vorukhIsATajikExclaveInKyrgyzstan() throws {
        let vorukh = c(70.58, 39.86)
        #expect(geodata.country(at: vorukh)?.iso3 == "TJK")
        let exclave = try #require(geodata.exclave(at: vorukh))
        #expect(exclave.id == "exclave-vorukh")
        #expect(exclave.deJure == "TJK" && exclave.controlledBy == "TJK")
        // Ak-Tatyr (GeoNames 8382860), a Kyrgyz village 9 km north-west of the ring, is outside it.
        let akTatyr = try settlement("geonames:8382860")
        #expect(geodata.country(at: akTatyr.coordinate)?.iso3 == "KGZ")
        #expect(geodata.exclave(at: akTatyr.coordinate) == nil)
    }

    @Test func sokhAndShohimardonAreUzbek() throws {
        for (point, ring) in [(c(71.0715, 40.0359), "exclave-sokh"), (c(71.80512, 39.98322), "exclave-shohimardon")] {
            #expect(geodata.country(at: point)?.iso3 == "UZB")
            #expect(geodata.exclave(at: point)?.id == ring)
            #expect(geodata.province(at: point)?.id == "UZ-FA")
        }
    }

    /// Kök-Tash lies 265 m from the line (pyproj), on the Kyrgyz side.
    @Test func kokTashIsKyrgyzInBatken() throws {
        let kokTash = try settlement("supplement:kok-tash")
        #expect(kokTash.country == "KGZ" && kokTash.province == "KG-B")
        #expect(geodata.country(at: kokTash.coordinate)?.iso3 == "KGZ")
        #expect(geodata.province(at: kokTash.coordinate)?.name == "Batken")
    }

    /// Isfara (GeoNames 1514896, 70.62526 E 40.12649 N) to the Batken–Sughd
    /// segment: 3,965.8 m, measured with pyproj's Geod (WGS84) on the segment
    /// densified every metre.
    @Test func isfaraIsNearestToTheBatkenSughdLine() throws {
        let isfara = try settlement("geonames:1514896")
        #expect(isfara.country == "TJK" && isfara.province == "TJ-SU")
        let near = try geodata.borderProximity(at: isfara.coordinate)
        #expect(near.segment.id == "batken-sughd")
        #expect(abs(near.distance - 3_965.8) < 1, "distance \(near.distance) m")
    }

    @Test func countriesShareTheirEdgesWithoutOverlap() throws {
        func country(_ iso3: String) throws -> Geometry {
            try #require(geodata.countries.first { $0.iso3 == iso3 }).geometry
        }
        for (a, b) in [("KGZ", "TJK"), ("KGZ", "UZB"), ("TJK", "UZB")] {
            let overlap = Geodesic.area(of: try country(a).intersection(country(b)).polygonal)
            #expect(overlap < 1, "\(a) ∩ \(b): \(overlap) m²")
        }
    }

    /// Points 3 m either side of every line and ring fall in the two
    /// countries the segment separates.
    @Test func sidesOfEveryLineAgreeWithPolygons() throws {
        for segment in geodata.border {
            let expected: Set<String?> =
                switch segment.id {
                case "exclave-sokh", "exclave-shohimardon": ["KGZ", "UZB"]
                case "exclave-sarvan": ["TJK", "UZB"]
                default: ["KGZ", "TJK"]
                }
            for line in segment.geometry.lineStrings {
                for (sides, mid) in SharedGeodata.countriesEitherSide(of: line, in: geodata) {
                    #expect(sides == expected, "\(segment.id) at \(mid)")
                }
            }
        }
    }

    /// A settlement placed by polygon lies in the polygon of its country and province.
    @Test func settlementsAgreeWithThePolygons() throws {
        #expect(geodata.settlements.count > 100)
        for s in geodata.settlements where s.basis == "polygon" && !s.inToleranceBand {
            #expect(geodata.country(at: s.coordinate)?.iso3 == s.country, "\(s.id)")
            #expect(geodata.province(at: s.coordinate)?.id == s.province, "\(s.id)")
        }
    }

    @Test(arguments: Geodata.layerFiles)
    func layerIsRFC7946(file: String) throws {
        let text = try String(contentsOf: Self.directory.appendingPathComponent(file), encoding: .utf8)
        let problems = RFC7946Check.problems(in: text)
        #expect(problems.isEmpty, "\(file): \(problems.prefix(5))")
    }

    @Test func manifestNamesCountriesOfTheLayers() throws {
        let data = try Data(contentsOf: Self.directory.appendingPathComponent("manifest.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(manifest["id"] as? String == "kg-tj")
        let layerCountries = Set(geodata.countries.map(\.iso3))
        let pair = try #require(manifest["countries"] as? [String])
        let neighbours = try #require(manifest["neighbours"] as? [String])
        #expect(Set(pair + neighbours).isSubset(of: layerCountries))
        #expect(pair.contains(try #require(manifest["positive_side"] as? String)))
        let sides = try #require(manifest["sides"] as? [[String: Any]])
        for side in sides {
            let code = try #require(side["code"] as? String)
            #expect(layerCountries.contains(code))
            let names = try #require(side["names"] as? [String])
            #expect(!names.isEmpty && names.allSatisfy { $0 == $0.lowercased() })
        }
    }
}
