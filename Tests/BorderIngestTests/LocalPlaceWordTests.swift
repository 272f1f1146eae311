import BorderIncidents
import Testing
@testable import BorderIngest

/// A name the gazetteer lacks, before a word that makes it a jamoat's, a mahalla's or a post's, is kept as an
/// unresolved place, never dropped (sentences written for the test; the names are made up).
@Suite struct LocalPlaceWordTests {
    func unresolved(_ text: String) throws -> [String] {
        try #require(Shared.incidents(text).first).unresolvedPlaces.map(\.text)
    }

    @Test func aMahallaOrAJamoatTheGazetteerLacksIsKept() throws {
        #expect(
            try unresolved("Guards fired at residents of the Zarbog mahalla near Isfara on 4 May 2023.") == ["Zarbog"])
        #expect(try unresolved("Guards clashed in the Dilkusho jamoat near Isfara on 4 May 2023.") == ["Dilkusho"])
    }

    @Test func aPostTheGazetteerLacksIsKeptWithoutItsCountry() throws {
        #expect(
            try unresolved("Guards shelled Tajikistan's Sarbast border post near Vorukh on 4 May 2023.") == ["Sarbast"])
        #expect(try unresolved("Guards shelled the Tajik border post near Vorukh on 4 May 2023.").isEmpty)
    }

    @Test func aKnownNameBeforeTheWordIsThePlace() throws {
        let clash = try #require(Shared.incidents("Guards clashed in the Chorkuh jamoat on 4 May 2023.").first)
        #expect(clash.incident.locations.map(\.name) == ["Chorkuh"])
        #expect(clash.unresolvedPlaces.isEmpty)
    }
}
