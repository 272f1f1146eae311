import Foundation
import Testing
import BorderGeodata
import GeometryCore

/// The districts of the Kyrgyzstan–Tajikistan pack (`districts.geojson`,
/// Who's On First county records) and the lookup that puts a point in one.
@Suite struct DistrictTests {
    let geodata = KGTJPackTests.geodata

    func c(_ lon: Double, _ lat: Double) -> Coordinate { SharedGeodata.c(lon, lat) }

    @Test func vorukhIsInTajikistansIsfaraDistrictAndItsNeighboursInBatken() throws {
        // Vorukh, a Tajik exclave, belongs to Isfara district; Kök-Tash beside it and Batken town are Kyrgyz.
        let vorukh = try #require(geodata.district(at: c(70.58012, 39.85125), country: "TJK"))
        #expect(vorukh.id == "TJ.LE.IR" && vorukh.name == "Isfara" && vorukh.province == "TJ-SU")
        #expect(geodata.district(at: c(70.53583, 39.94972), country: "KGZ")?.id == "KG.BA.BT")
        #expect(geodata.district(at: c(70.81929, 40.0604), country: "KGZ")?.name == "Batken")
        // Kulundu lies in Leilek, the westernmost raion of Batken.
        #expect(geodata.district(at: c(69.64127, 40.10635), country: "KGZ")?.name == "Leilek")
    }

    @Test func aPointIsOnlyEverInADistrictOfTheCountryAsked() throws {
        let vorukh = c(70.58012, 39.85125)
        // Inside the exclave no Kyrgyz district holds the point; the nearest within the edge margin is taken.
        let kyrgyz = try #require(geodata.district(at: vorukh, country: "KGZ"))
        #expect(kyrgyz.country == "KGZ")
        #expect(geodata.district(at: vorukh, country: "UZB") == nil, "Uzbekistan has no districts in the pack")
        #expect(geodata.district(at: c(74.6, 42.87), country: "TJK") == nil, "Bishkek is far from every Tajik district")
    }

    @Test func aPackWithoutDistrictsGivesNone() {
        #expect(SharedGeodata.geodata.districts.isEmpty)
        #expect(SharedGeodata.geodata.district(at: c(45.3, 40.2), country: "ARM") == nil)
    }

    @Test func everyDistrictLiesInAProvinceOfItsOwnCountryAndIsLabelledOnce() throws {
        #expect(geodata.districts.count > 100)
        var labels = Set<String>()
        for d in geodata.districts {
            let province = try #require(geodata.province(id: d.province), "\(d.id): no province \(d.province)")
            #expect(province.country == d.country, "\(d.id)")
            #expect(labels.insert("\(d.country) \(d.label)").inserted, "\(d.label) twice in \(d.country)")
        }
        #expect(Set(geodata.districts.map(\.country)) == ["KGZ", "TJK"])
    }

    /// The settlements' provinces (GeoNames' admin codes, checked against the
    /// province polygons) and the districts' (OCHA's edges) agree for nearly
    /// every Kyrgyz and Tajik place; where they differ the edges of two sources do.
    @Test func settlementsFallInADistrictOfTheirOwnProvince() {
        var agree = 0
        var total = 0
        for s in geodata.settlements {
            guard let country = s.country, ["KGZ", "TJK"].contains(country), geodata.exclave(at: s.coordinate) == nil
            else { continue }
            total += 1
            if let d = geodata.district(at: s.coordinate, country: country), d.province == s.province { agree += 1 }
        }
        #expect(total > 50)
        #expect(Double(agree) >= 0.95 * Double(total), "\(agree) of \(total)")
    }
}
