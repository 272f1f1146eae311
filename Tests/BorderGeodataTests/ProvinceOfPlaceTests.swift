import Testing
import BorderGeodata
import GeometryCore

/// The places of the five reports land in their real provinces. Positions
/// are GeoNames' (ids in GEODATA-SOURCES.md) or the supplement's.
@Suite struct ProvinceOfPlaceTests {
    let geodata = SharedGeodata.geodata

    @Test(arguments: [
        ("Sotk", "AM-GR", "ARM"), ("Verin Shorzha", "AM-GR", "ARM"), ("Yeraskh", "AM-AR", "ARM"),
        ("Heydarabad", "AZ-SAD", "AZE"), ("Goris", "AM-SU", "ARM"), ("Kornidzor", "AM-SU", "ARM"),
        ("Agarak", "AM-SU", "ARM"), ("Davit Bek", "AM-SU", "ARM"), ("Jermuk", "AM-VD", "ARM"),
        ("Kalbajar", "AZ-KAL", "AZE"), ("Charektar", "AZ-KAL", "AZE"), ("Sedarak", "AZ-SAD", "AZE"),
    ])
    func placeFallsInItsProvince(name: String, province: String, country: String) throws {
        let place = SharedGeodata.settlement(name)
        let byPolygon = try #require(geodata.province(at: place.coordinate))
        #expect(byPolygon.id == province)
        #expect(byPolygon.country == country)
        #expect(geodata.country(at: place.coordinate)?.iso3 == country)
        #expect(place.province == province, "the stored attribution agrees with the polygon")
    }

    @Test func agarakIsArmenianNotIranian() throws {
        // Natural Earth 1:10m puts Agarak in Iran; the OpenStreetMap-based outline does not.
        let agarak = SharedGeodata.settlement("Agarak")
        #expect(agarak.coordinate == SharedGeodata.c(46.19463, 38.86506))
        #expect(geodata.country(at: agarak.coordinate)?.iso3 == "ARM")
    }

    @Test func provinceNamesAndCodes() throws {
        let kalbajar = try #require(geodata.province(id: "AZ-KAL"))
        #expect(kalbajar.localName == "Kəlbəcər")
        #expect(Set(["Kelbajar", "Kalbajar", "Kəlbəcər", "Karvachar"]).isSubset(of: Set(kalbajar.alternateNames)))
        // The source calls Laçın "Lankaran"; the table names it by its
        // location, by Armenia's Syunik, not on the Caspian.
        let lachin = try #require(geodata.province(id: "AZ-LAC"))
        #expect(lachin.localName == "Laçın")
        let box = try #require(lachin.geometry.envelope)
        #expect(box.maxLongitude < 47 && box.minLatitude > 39.3)
        let lankaran = try #require(geodata.province(id: "AZ-LAN"))
        #expect(try #require(lankaran.geometry.envelope).minLongitude > 48)
        let sadarak = try #require(geodata.province(id: "AZ-SAD"))
        #expect(sadarak.region == "Nakhchivan")
        #expect(geodata.provinces.filter { $0.country == "ARM" }.count == 11)
        #expect(geodata.provinces.filter { $0.country == "AZE" }.count == 78)
        #expect(Set(geodata.provinces.map(\.id)).count == 89)
    }
}
