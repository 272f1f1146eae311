import BorderGeodata
@testable import BorderIncidents
import Testing

@testable import BorderIngest

/// One place rule a test, on sentences written for the test (not report text).
@Suite struct PlaceRuleTests {
    let ingester = Shared.ingester

    func ingest(_ text: String, published: String? = nil) -> IngestResult {
        ingester.ingest(text, published: published.flatMap(Day.init(iso:)), outlet: nil, sourceURL: nil)
    }

    /// A Russian adjective's other ending ("Golovnaya" for "Golovnoy") is the same name; a short word is no
    /// adjective and keeps its ending.
    @Test func anAdjectivesOtherEndingIsTheSameName() throws {
        let r = ingest(
            "Kyrgyz and Tajik guards exchanged fire at the Golovnaya water intake on 29 April 2021, the Kyrgyz side said."
        )
        let p = try #require(r.incidents.first)
        #expect(p.featureIDs.contains("kontentchi:Golovnoy"))
        #expect(p.evidence.contains { $0.note.contains("another spelling") })
        #expect(SpellingVariants.variants(ofWord: "golovnaya").contains("golovnoy"))
        #expect(SpellingVariants.variants(ofWord: "golovnaya").contains("golovnoye"))
        #expect(SpellingVariants.variants(ofWord: "koi").isEmpty)
        #expect(!SpellingVariants.variants(of: "golovnaya water intake").contains("golovnaya water intake"))
    }

    /// French-style "ou" for "u" ("Ghafourov") is the same name, and the district cue still picks the district.
    @Test func aFrenchOuForUIsTheSameName() throws {
        let r = ingest(
            "Shots were fired in the Bobojon-Ghafourov district on 5 May 2023, the Tajik border service said.")
        #expect(r.incidents.flatMap(\.featureIDs).contains("district:tj:Bobojon_Ghafurov"))
        #expect(SpellingVariants.variants(ofWord: "tous").isEmpty, "a short word keeps its ou")
    }

    /// An Azerbaijani "ə" written "a" where the gazetteer writes "e", and a "q" written "g" where it writes "k", is
    /// the same village; a short word keeps its vowels.
    @Test func anAzerbaijaniSchwaOrQWrittenAnotherWayIsTheSameName() throws {
        let r = ingest(
            "Armenian units fired at army posts near Galakand in Gadabay district on 3 May 2021, the ministry said.")
        #expect(r.incidents.flatMap(\.featureIDs).contains("geonames:586276"))
        #expect(SpellingVariants.variants(ofWord: "zaylik").contains("zeylik"))
        #expect(SpellingVariants.variants(ofWord: "galakand").contains("kalakend"))
        #expect(SpellingVariants.variants(ofWord: "bera").isEmpty)
        #expect(!SpellingVariants.variants(ofWord: "zaylik").contains("zaylik"))
        #expect(SpellingVariants.variants(ofWord: "baghanis").contains("baganis"))
        #expect(SpellingVariants.variants(ofWord: "ashagi").contains("ashagy"))
        #expect(SpellingVariants.variants(ofWord: "agdi").isEmpty, "a short word keeps its letters")
    }

    /// Initials a report gives in brackets after a place's name stand for that place wherever it writes them
    /// again; initials that do not begin the name's words define nothing.
    @Test func aPlacesBracketedInitialsAreThatPlace() throws {
        let r = ingest(
            "Guards fired at posts in the Nakhichevan Autonomous Republic (NAR) on 3 May 2021.\n\n"
                + "On 9 May 2021, Armenian units shelled army posts in the NAR, the ministry said.")
        let later = try #require(r.incidents.first { $0.incident.date.iso == "2021-05-09" })
        let region = try #require(r.incidents.first { $0.incident.date.iso == "2021-05-03" }?.featureIDs.first)
        #expect(later.featureIDs.contains(region))
        let unrelated = ingest(
            "Guards fired at posts in the Nakhichevan Autonomous Republic (NKR) on 3 May 2021.\n\n"
                + "On 9 May 2021, Armenian units shelled army posts in the NKR, the ministry said.")
        #expect(unrelated.incidents.first { $0.incident.date.iso == "2021-05-09" }?.featureIDs.isEmpty ?? true)
    }

    /// A province's own name after an office's title and before a surname ("Minister Ararat Petrosyan") is a
    /// person's given name, not the province; the province named as such stays a place.
    @Test func aTitledGivenNameIsNoPlace() throws {
        let r = ingest(
            "Azerbaijani forces shelled Yeraskh on 3 May 2021, Foreign Minister Ararat Petrosyan said in Brussels.")
        let ids = r.incidents.flatMap(\.featureIDs)
        #expect(!ids.contains("AM-AR"))
        let province = ingest("Azerbaijani forces shelled villages in Ararat province on 3 May 2021.")
        #expect(province.incidents.flatMap(\.featureIDs).contains("AM-AR"))
    }

    /// A name known as written is never read as another spelling: the variant is only a fallback.
    @Test func aKnownNameIsNotReadAsAVariant() throws {
        let r = ingest(
            "Kyrgyz and Tajik guards exchanged fire near Isfara on 5 May 2023, the Kyrgyz border service said.")
        let p = try #require(r.incidents.first)
        #expect(p.featureIDs == ["geonames:1514896"])
        #expect(!p.evidence.contains { $0.note.contains("another spelling") })
    }

    /// A hyphenated name before a word for a place ("jamoat") is one place's name, not a route between places
    /// named by its parts; before "road" it stays a route.
    @Test func aHyphenatedNameBeforeAPlaceWordIsNoRoute() throws {
        let jamoat = ingest(
            "Shots were fired in the Batken-Isfana jamoat on 11 March 2022, the Kyrgyz border service said.")
        #expect(!jamoat.incidents.flatMap(\.featureIDs).contains("geonames:1528735"))
        #expect(!jamoat.incidents.flatMap(\.featureIDs).contains("geonames:1222662"))
        let road = ingest(
            "Shots were fired on the Batken-Isfana road on 11 March 2022, the Kyrgyz border service said.")
        #expect(road.incidents.flatMap(\.featureIDs).contains("geonames:1528735"))
        #expect(road.incidents.flatMap(\.featureIDs).contains("geonames:1222662"))
    }

    /// A recalled war keeps the region it was fought over as its location, but no village of the sentence.
    @Test func aRecalledWarKeepsItsRegionButNoVillage() throws {
        let found = ingest(
            "Azerbaijani forces shelled Berd on Tuesday, Armenia said. Separatists took Nagorno-Karabakh and the village of Sotk in a 1990s war.",
            published: "2020-07-15"
        ).incidents
        let war = try #require(found.first { $0.incident.type == .war })
        #expect(war.featureIDs == ["additions:nagorno-karabakh"])
        #expect(war.incident.locations.map(\.precision) == [3])
        let shelling = try #require(found.first { $0.incident.type == .shelling })
        #expect(shelling.featureIDs.contains { $0.hasPrefix("geonames:") })
        #expect(!shelling.featureIDs.contains("additions:nagorno-karabakh"))
    }

    /// "A state visit to X" puts the visit's signing at X; "tourists visit X" still only describes X.
    @Test func aVisitsDestinationIsItsPlace() throws {
        let visit = ingest(
            "The Tajik president, on a state visit to Bishkek, signed a border treaty with the Kyrgyz president on 13 March 2025."
        )
        #expect(visit.incidents.flatMap(\.featureIDs).contains("KG-GB"))
        #expect(!visit.setAside.contains { $0.text == "Bishkek" })
        let tourists = ingest(
            "Kyrgyz and Tajik guards exchanged fire near Vorukh on 5 May 2023; tourists often visit Isfara, the Kyrgyz side said."
        )
        #expect(tourists.setAside.contains { $0.text == "Isfara" && $0.reason == "a description" })
    }

    /// A reporter's name in a byline is no place, though a village has it among its other names ("Olga" for
    /// Alga), and the dateline after the byline is no location either.
    @Test func aBylineNamesNoPlace() throws {
        let r = ingest(
            "By Ivan Petrov and Olga Smirnova BISHKEK/DUSHANBE (Reuters) - Kyrgyz and Tajik guards exchanged fire near Vorukh on 5 May 2023, the Kyrgyz border service said."
        )
        let ids = r.incidents.flatMap(\.featureIDs)
        #expect(!ids.contains("geonames:1528856"), "Alga")
        #expect(r.setAside.contains { $0.text == "Olga" && $0.reason == "a reporter's name in the byline" })
        #expect(r.setAside.contains { $0.text == "DUSHANBE" && $0.reason == "dateline" })
        #expect(ids.contains("geonames:1220164"), "Vorukh")
        // An opening "By" before a day is no byline: the place after it stays.
        let byDay = ingest("By Tuesday evening Kyrgyz and Tajik guards had exchanged fire near Olga on 5 May 2023.")
        #expect(byDay.incidents.flatMap(\.featureIDs).contains("geonames:1528856"))
    }

    /// A given name that is only another spelling of a village's name ("Olga" for Alga) before a surname is a
    /// person's; the same word alone after "near" stays the village.
    @Test func aGivenNameBeforeASurnameIsAPerson() throws {
        let person = ingest(
            "Kyrgyz and Tajik guards exchanged fire near Vorukh on 5 May 2023, Olga Smirnova of the Kyrgyz border service said."
        )
        #expect(!person.incidents.flatMap(\.featureIDs).contains("geonames:1528856"))
        #expect(person.setAside.contains { $0.text == "Olga" && $0.reason?.hasPrefix("a person's given name") == true })
        let village = ingest("Kyrgyz and Tajik guards exchanged fire near Olga on 5 May 2023, the Kyrgyz side said.")
        #expect(village.incidents.flatMap(\.featureIDs).contains("geonames:1528856"))
        // A word for a landform after another spelling of a name is no surname: the place stays.
        let valley = ingest(
            "Kyrgyz and Tajik guards exchanged fire in the Ferghana Valley on 5 May 2023, the Kyrgyz side said.")
        #expect(!valley.setAside.contains { $0.text == "Ferghana" })
        #expect(!valley.incidents.flatMap(\.featureIDs).isEmpty)
    }

    /// A war recalled without its area was fought where the report's other wars were; with no war area told,
    /// it stays unplaced, and a village named with a war is never its place.
    @Test func aWarWithoutItsAreaIsWhereTheReportsOtherWarsWere() throws {
        let r = ingest(
            "The two states fought two wars for control of the Nagorno-Karabakh region, the last of which was in 2020."
                + "\n\nAnother bloody war in the 1990s killed thousands.",
            published: "2022-09-13")
        let older = try #require(r.incidents.first { $0.incident.date.start == Day(iso: "1990-01-01") })
        #expect(older.incident.locations.map(\.name) == ["Nagorno-Karabakh"])
        let alone = ingest("Another bloody war in the 1990s killed thousands near Goris.", published: "2022-09-13")
        let war = try #require(alone.incidents.first { $0.incident.type == .war })
        #expect(war.incident.locations.isEmpty)
    }
}
