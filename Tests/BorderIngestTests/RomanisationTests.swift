@testable import BorderIncidents
import Testing
@testable import BorderIngest

/// Azerbaijani letters English reports write two ways, on sentences written for the tests.
@Suite struct RomanisationTests {
    func places(_ text: String) -> [String] {
        Shared.incidents(text).flatMap { $0.incident.locations.map(\.name) }
    }

    /// "ş" written "sh" is the gazetteer's "s" ("Kollugishlaq" is Kollugislaq).
    @Test func shIsTheGazetteersS() {
        #expect(places("On 3 May 2021 gunfire hit the positions in Kollugishlaq village.").contains("Kollugislaq"))
    }

    /// "x" written "kh" is the gazetteer's "x" ("Kokhanabi" is Koxanabi).
    @Test func khIsTheGazetteersX() {
        #expect(places("On 3 May 2021 gunfire hit the positions near Kokhanabi village.").contains("Koxanabi"))
    }

    /// A leading "x" written "h" is the gazetteer's "x" ("Heyrimli" is Xeyrimli).
    @Test func leadingHIsTheGazetteersX() {
        #expect(places("On 3 May 2021 gunfire hit the positions near Heyrimli village.").contains("Xeyrimli"))
    }

    /// Both words of a two-word name spelt another way ("Yukhari Eskipara" is Yukhary Askipara).
    @Test func bothWordsOfANameMaySwap() {
        #expect(SpellingVariants.variants(of: "yukhari eskipara").contains("yukhary askipara"))
        #expect(
            places("On 3 May 2021 gunfire hit the positions near Yukhari Eskipara village.").contains(
                "Yukhary Askipara"))
    }
}
