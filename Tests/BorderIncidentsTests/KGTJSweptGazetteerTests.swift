import BorderGeodata
import BorderIncidents
import Testing

/// The Kyrgyzstan–Tajikistan sweep gazetteer's villages (Who's On First
/// localities, not in `settlements.geojson`) resolved with both packs loaded.
@Suite struct KGTJSweptGazetteerTests {
    let geodata = KGTJCatalogTests.geodata
    let gazetteer = KGTJCatalogTests.relater.gazetteer

    func village(_ name: String) throws -> Settlement? {
        if case let .settlement(s) = try gazetteer.resolve(name).target { s } else { nil }
    }

    @Test func anEnclaveVillageIsInItsEnclavesCountry() throws {
        // Limbur lies in the Sokh ring (Uzbek, inside Kyrgyzstan); Who's On First files
        // Mekhnatabad under Kyrgyzstan, but its point lies in the Vorukh ring (Tajik).
        for (name, country, province) in [("Limbur", "UZB", "Fergana"), ("Mekhnatabad", "TJK", "Sughd")] {
            let s = try #require(try village(name), "\(name) is a settlement")
            #expect(geodata.settlement(id: s.id) == nil, "\(name) comes from the sweep, not the layer")
            #expect(s.country == country, "\(name)")
            #expect(s.province.flatMap(geodata.province(id:))?.name == province, "\(name)")
        }
    }

    @Test func aKyrgyzNameResolvesInTheSpellingsReportsUse() throws {
        // Жаңы-Жер: Kyrgyz usage writes ж as j, Russian as zh; reports mix the two.
        for spelling in ["Jany-Jer", "Zhany-Jer", "Zhany-Zher"] {
            let found = gazetteer.candidates(spelling).compactMap { t -> Settlement? in
                if case let .settlement(s) = t { s } else { nil }
            }
            #expect(!found.isEmpty, "\(spelling)")
            #expect(found.allSatisfy { $0.country == "KGZ" }, "\(spelling)")
        }
    }

    @Test func theUnitListsNamesResolveToTheirVillages() throws {
        // inputs/unit_villages.tsv: Leilek District's list calls Pyat'desyat Let Kirgizii Min-Jigach and
        // Dzhany-Turmush Jangy-Turmush; tg.wikipedia's Kulkand jamoat holds Kŭlkand (GeoNames' Kulkent) and
        // Oftobrŭ (Oftobruy); an aiyl okmotu's name resolves to its centre village; Myrza-Patcha was renamed
        // Ak-Bosogo (Radio Azattyk).
        for (name, id, country, province) in [
            ("Min-Jigach", "geonames:8377972", "KGZ", "Batken"), ("Jangy-Turmush", "geonames:8377917", "KGZ", "Batken"),
            ("Toguz-Bulak aiyl okmotu", "geonames:8377922", "KGZ", "Batken"),
            ("Ak-Bosogo", "geonames:8377888", "KGZ", "Batken"),
            ("Kulkand", "geonames:1514873", "TJK", "Sughd"), ("Oftobru", "geonames:1514923", "TJK", "Sughd"),
        ] {
            let s = try #require(try village(name), "\(name) is a settlement")
            #expect(s.id == id, "\(name)")
            #expect(s.country == country, "\(name)")
            #expect(s.province.flatMap(geodata.province(id:))?.name == province, "\(name)")
        }
    }

    @Test func anOrdinaryWordWhosOnFirstGivesAsANameIsNoPlace() {
        // WOF's Kyrgyz name of Internatsional'noye is "International" (inputs/wof-not-names.tsv).
        #expect(!gazetteer.candidates("Internatsional'noye").isEmpty)
        #expect(gazetteer.candidates("International").isEmpty)
    }
}
