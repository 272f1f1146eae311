import BorderGeodata
import GeometryCore
import Testing
@testable import BorderIncidents

/// A name written with a last word saying its kind ("Tovuz district", "Kök-Tash village") resolves to the place
/// of that kind when the whole name is unknown.
@Suite struct PlaceKindWordTests {
    @Test func aWordNamesAKindInTheSingularOrThePlural() {
        #expect(PlaceKindWord(word: "district") == .district && PlaceKindWord(word: "Rayon") == .district)
        #expect(PlaceKindWord(word: "regions") == .region && PlaceKindWord(word: "Oblast") == .region)
        #expect(PlaceKindWord(word: "villages") == .settlement && PlaceKindWord(word: "jamoat") == .settlement)
        #expect(PlaceKindWord(word: "checkpoint") == .post && PlaceKindWord(word: "outposts") == .post)
        #expect(PlaceKindWord(word: "Shorzha") == nil && PlaceKindWord(word: "s") == nil)
    }

    @Test func aDistrictWordPrefersTheDistrictAndARegionWordTheRegion() throws {
        let gazetteer = KGTJCatalogTests.relater.gazetteer
        // Batken is a town, the seat of Batken District and of Batken Region.
        #expect(gazetteer.kind(of: try gazetteer.resolve("Batken").target) == "settlement")
        #expect(gazetteer.kind(of: try gazetteer.resolve("Batken district").target) == "district")
        #expect(gazetteer.kind(of: try gazetteer.resolve("Batken region").target) == "oblast")
        #expect(gazetteer.kind(of: try gazetteer.resolve("Batken oblast").target) == "oblast")
    }

    @Test func aKindTheNameHasNotIsLookedForUnderThePlacesOtherNames() throws {
        let gazetteer = KGTJCatalogTests.relater.gazetteer
        // The village is Leylek (also written Leilek); the district is only Leilek.
        let district = try gazetteer.resolve("Leylek district")
        #expect(gazetteer.kind(of: district.target) == "district" && district.target.name == "Leilek District")
        #expect(gazetteer.kind(of: try gazetteer.resolve("Leylek village").target) == "settlement")
    }

    @Test func aUnitWordPrefersTheUnitOverTheTownOfItsName() throws {
        let gazetteer = Shared.relater.gazetteer
        // Tovuz alone is the town first (settlements rank before provinces); "district" asks for the rayon.
        #expect(gazetteer.kind(of: try gazetteer.resolve("Tovuz").target) == "settlement")
        let district = try gazetteer.resolve("Tovuz district")
        guard case let .province(p) = district.target else { Issue.record("\(district.target)"); return }
        #expect(p.country == "AZE" && p.name == "Tovuz")
        #expect(district.explanation.hasPrefix("read 'Tovuz district' as 'Tovuz'"))
        // Near the town, the kind still comes first.
        guard case let .settlement(town)? = gazetteer.candidates("Tovuz").first else {
            Issue.record("Tovuz is not a town first")
            return
        }
        let near = try gazetteer.resolve("Tovuz district", near: town.coordinate)
        if case .province = near.target {} else { Issue.record("near the town: \(near.target)") }
    }

    @Test func aSettlementWordFindsTheVillageAndAnUnknownNameStaysUnknown() throws {
        let gazetteer = KGTJCatalogTests.relater.gazetteer
        let village = try gazetteer.resolve("Kok-Tash village")
        guard case let .settlement(s) = village.target else { Issue.record("\(village.target)"); return }
        #expect(s.country == "KGZ" && s.name == "Kök-Tash")
        let sughd = try gazetteer.resolve("Sughd province")
        if case let .province(p) = sughd.target { #expect(p.country == "TJK") } else { Issue.record("\(sughd.target)") }
        // A whole name the gazetteer knows is not split.
        #expect(gazetteer.kind(of: try gazetteer.resolve("Leilek District").target) == "district")
        #expect(throws: Gazetteer.LookupError.self) { try gazetteer.resolve("Atlantis village") }
    }
}
