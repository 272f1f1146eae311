import BorderGeodata
import Foundation
import GeometryCore
import Testing
@testable import BorderIncidents

@Suite struct TheatreGazetteerTests {
    let gazetteer = Shared.relater.gazetteer

    @Test func everyBundledTheatreFileReadsStrictlyWithASourcePerRow() throws {
        let theatres = try TheatreGazetteer.readAll(geodataDirectory: Shared.geodataDirectory)
        let amaz = try #require(theatres.first { $0.theatre == "am-az" })
        #expect(amaz.rows.count > 2000)
        #expect(theatres.allSatisfy { $0.rows.allSatisfy { !$0.source.isEmpty } })
        #expect(Set(amaz.rows.map(\.kind)).isSuperset(of: ["settlement", "pass", "lake", "mountain"]))
    }

    @Test func aBadRowIsNamedByFileAndLine() {
        let text = """
            id\tkind\tname\tother_names\tlat\tlon\tcountry\tprovince\tborder_km\tsource\tnote
            sweep:a\tpass\tA Pass\t\t40.1\t45.2\tARM\tTavush\t1.0\thttps://example.org/a\t
            sweep:b\tpass\tB Pass\t\tnorth\t45.2\tARM\tTavush\t1.0\thttps://example.org/b\t
            """
        #expect(
            throws: TheatreGazetteer.ReadError(
                file: "t/gazetteer.tsv", line: 3, message: "lat 'north', lon '45.2': expected WGS84 degrees")
        ) {
            try TheatreGazetteer.parse(text, file: "t/gazetteer.tsv", theatre: "t")
        }
        #expect(throws: TheatreGazetteer.ReadError.self) {
            try TheatreGazetteer.parse("id\tkind\n", file: "t/gazetteer.tsv", theatre: "t")
        }
    }

    @Test func sweptFeaturesTheLayersLackResolveWithTheirKind() throws {
        // A pass and a village of a few hundred people that cities500 does not hold.
        let pass = try gazetteer.resolve("Zod Pass")
        #expect(pass.target.name == "Sotk Pass")
        #expect(gazetteer.kind(of: pass.target) == "pass")
        #expect(Shared.geodata.settlement(id: "geonames:10426493") == nil)
        let village = try gazetteer.resolve("Աղձվան")
        guard case let .settlement(s) = village.target else { Issue.record("not a settlement"); return }
        #expect(s.country == "ARM" && s.province == "AM-AR")
    }

    @Test func aSweptRowOfAPlaceTheLayersHoldAddsNamesNotADuplicate() throws {
        // Sotk is in settlements.geojson and in the sweep (same id); Verin Shorzha's row merged the
        // supplement's id. Neither may come back as two places at one spot.
        for name in ["Sotk", "Verin Shorzha", "Yuxarı Şorca"] {
            let points = gazetteer.candidates(name).compactMap { t -> Coordinate? in
                if case let .settlement(s) = t { s.coordinate } else { nil }
            }
            #expect(!points.isEmpty, "\(name)")
            for (i, a) in points.enumerated() {
                for b in points[(i + 1)...] { #expect(Geodesic.distance(a, b) > 1000, "\(name)") }
            }
        }
    }
}
