import BorderGeodata
import GeometryCore
import Testing
@testable import BorderIncidents

/// A name written with a last word saying its kind ("Tovuz district", "Kök-Tash village") resolves to the place
/// of that kind when the whole name is unknown.
@Suite struct PlaceKindWordTests {
    @Test func theLastWordIsSplitOnlyWhenItNamesAKind() {
        let district = PlaceKindWord.split("Tovuz district")
        #expect(district?.base == "Tovuz" && district?.kind == .unit)
        let village = PlaceKindWord.split("Kok-Tash  Village")
        #expect(village?.base == "Kok-Tash" && village?.kind == .settlement)
        #expect(PlaceKindWord.split("Verin Shorzha")?.base == nil)
        #expect(PlaceKindWord.split("district")?.base == nil)
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
