import BorderGeodata
import Testing
@testable import BorderIncidents

/// A name as reports write it ("western Kalbajar border region", "Kyrgyz Batken district", "Sotk area") is read
/// for the place's own name, its kind and its side when the whole name is unknown.
@Suite struct PlaceNameReadingTests {
    private let sides = ["kyrgyz": "KGZ", "tajik": "TJK", "armenian": "ARM", "nagorno-karabakh": "NK"]

    private func read(_ name: String) -> PlaceNameReading? { PlaceNameReading(name, side: { sides[$0] }) }

    @Test func theWordsAroundANameAreRead() {
        #expect(read("western Kalbajar border region") == PlaceNameReading(base: "Kalbajar", kind: .region))
        #expect(read("Kyrgyz Batken district") == PlaceNameReading(base: "Batken", kind: .district, side: "KGZ"))
        #expect(read("(Kyrgyz) Batken region") == PlaceNameReading(base: "Batken", kind: .region, side: "KGZ"))
        #expect(read("Sotk area") == PlaceNameReading(base: "Sotk"))
        #expect(read("Aksay rural community") == PlaceNameReading(base: "Aksay", kind: .settlement))
        #expect(read("town of Dyg") == PlaceNameReading(base: "Dyg", kind: .settlement))
        #expect(read("Nakhichevan Autonomous Republic") == PlaceNameReading(base: "Nakhichevan", kind: .region))
        #expect(read("Kalbajar regions") == PlaceNameReading(base: "Kalbajar", kind: .region))
        // A side's name that is also the place's is the place.
        #expect(read("Nagorno-Karabakh region") == PlaceNameReading(base: "Nagorno-Karabakh", kind: .region))
        #expect(read("Kyzyl Bel motor checkpoint") == PlaceNameReading(base: "Kyzyl Bel", kind: .post))
        #expect(read("Kayragach (Road)") == PlaceNameReading(base: "Kayragach"))
        #expect(read("Golovnoy water distribution point") == PlaceNameReading(base: "Golovnoy", kind: .waterWork))
        #expect(read("Nagorno-Karabakh conflict zone") == PlaceNameReading(base: "Nagorno-Karabakh"))
    }

    @Test func aNameWithNothingAroundItOrNothingLeftIsNotRead() {
        #expect(read("Verin Shorzha") == nil)
        #expect(read("Tajik") == nil)
        #expect(read("Sotk") == nil)
        #expect(read("district") == nil)
        // Only the first side word is a side's: the second is the name.
        #expect(read("Tajik Kyrgyz") == PlaceNameReading(base: "Kyrgyz", side: "TJK"))
    }

    @Test func theGazetteerResolvesWhatIsLeftPreferringTheSideNamed() throws {
        let gazetteer = KGTJCatalogTests.relater.gazetteer
        let district = try gazetteer.resolve("Kyrgyz Batken district")
        #expect(district.target.name == "Batken District" && gazetteer.kind(of: district.target) == "district")
        #expect(district.explanation.hasPrefix("read 'Kyrgyz Batken district' as 'Batken' with its kind and side"))
        #expect(try Shared.relater.gazetteer.resolve("Nagorno-Karabakh region").target.name == "Nagorno-Karabakh")
        let area = try Shared.relater.gazetteer.resolve("Sotk area")
        #expect(area.target.name == "Sotk" && area.explanation.hasPrefix("read 'Sotk area' as 'Sotk';"))
        let rayon = try Shared.relater.gazetteer.resolve("western Kalbajar border region")
        if case let .province(p) = rayon.target { #expect(p.name == "Kalbajar") } else { Issue.record("\(rayon)") }
        #expect(throws: Gazetteer.LookupError.self) { try gazetteer.resolve("northern Atlantis area") }
        let zone = try Shared.relater.gazetteer.resolve("Nagorno-Karabakh conflict zone")
        #expect(zone.target.name == "Nagorno-Karabakh")
        #expect(throws: Gazetteer.LookupError.self) { try gazetteer.resolve("conflict zone") }
        let intake = try gazetteer.resolve("Golovnaya water distribution point")
        #expect(gazetteer.kind(of: intake.target) == "water-intake")
        // No post of that name: the village the post is named after, for want of better.
        let post = try gazetteer.resolve("Kok-Tash border outpost")
        #expect(post.target.name == "Kök-Tash" && gazetteer.kind(of: post.target) == "settlement")
    }

    @Test func upperAndLowerAreReadAsEitherSideWritesThem() throws {
        let gazetteer = Shared.relater.gazetteer
        #expect(try gazetteer.resolve("Yukhari Shorzha").target.name == "Verin Shorzha")
        #expect(try gazetteer.resolve("Ashagi Shorzha").target.name == "Nerkin Shorzha")
        #expect(SpellingVariants.variants(of: "verin shorzha").contains("yukhari shorzha"))
        #expect(SpellingVariants.sameMeaning(ofWord: "shorzha").isEmpty)
    }

    @Test func aProvinceStandsAtItsMiddle() throws {
        let gazetteer = KGTJCatalogTests.relater.gazetteer
        // Batken Region spans about 69.3–72.6° E; its point on the surface alone stood at 71.57° E.
        let batken = try #require(try gazetteer.resolve("Batken region").target.coordinate)
        #expect(abs(batken.longitude - 70.88) < 0.05 && abs(batken.latitude - 39.88) < 0.05)
    }
}
