import Testing
import BorderGeodata
import GeometryCore

@Suite struct GazetteerPlacementTests {
    let geodata = SharedGeodata.geodata

    /// Every GeoNames place of Armenia is in Armenia's polygon, and of
    /// Azerbaijan in Azerbaijan's, unless it is within the data's tolerance of
    /// its country's outline (3.5 km: Natural Earth's 1:10m outlines away from
    /// the Armenia–Azerbaijan border). Neft Daşları is built on stilts in the Caspian.
    @Test(arguments: [("AM", "ARM"), ("AZ", "AZE")])
    func geonamesPlacesLieInTheirCountry(code: String, iso3: String) throws {
        let country = try #require(geodata.countries.first { $0.iso3 == iso3 })
        let shape = try PreparedGeometry(country.geometry)
        let places = geodata.settlements.filter {
            $0.geonameID != nil && $0.sourcedAdmin?.hasPrefix("\(code) ") == true
        }
        #expect(places.count == (code == "AM" ? 625 : 245))
        var band: [String] = []
        for place in places where try !shape.coversPoint(place.coordinate) {
            if place.name == "Neft Daşları" { continue }
            let d = try country.geometry.geodesicDistance(to: place.coordinate)
            #expect(d <= 3_500, "\(place.name) is \(Int(d)) m outside \(iso3)")
            band.append("\(place.name) (\(Int(d)) m)")
        }
        print(
            "\(iso3): \(places.count) GeoNames places, \(band.count) outside the polygon within tolerance: \(band.joined(separator: ", "))"
        )
    }

    @Test func supplementKeepsCitations() {
        let supplement = geodata.settlements.filter { $0.source == "places-supplement.csv" }
        #expect(supplement.count == 20)
        #expect(supplement.allSatisfy { $0.citation?.hasPrefix("http") == true })
        let verin = SharedGeodata.settlement("Verin Shorzha")
        #expect(verin.coordinate == SharedGeodata.c(45.8325, 40.08722))
        #expect(verin.alternateNames.contains("Yukhari Shorja"))
    }

    @Test func nearestSettlementsAreSortedAndGeodesic() throws {
        let sotk = SharedGeodata.settlement("Sotk")
        let near = geodata.nearestSettlements(to: sotk.coordinate, count: 5)
        #expect(near.count == 5)
        #expect(near[0].settlement.name == "Sotk" && near[0].distance == 0)
        #expect(zip(near, near.dropFirst()).allSatisfy { $0.distance <= $1.distance })
        for n in near { #expect(abs(n.distance - Geodesic.distance(sotk.coordinate, n.settlement.coordinate)) < 1e-6) }
        let within = geodata.settlements(within: near[4].distance, of: sotk.coordinate)
        #expect(within.count >= 5)
    }

    @Test func asciiNames() {
        #expect(NameFolding.ascii("Kəlbəcər") == "Kalbacar")
        #expect(NameFolding.key("Sot’k’") == "sotk")
        #expect(NameFolding.key("Verin  Shorzha") == "verin shorzha")
    }
}
