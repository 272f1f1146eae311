import BorderGeodata
import BorderIncidents
import BorderQueries
import Foundation
import Testing
@testable import BorderIngest

/// One rule a test, on sentences written for the test (not report text).
@Suite struct ReadingRuleTests {
    let ingester = Shared.ingester

    func ingest(_ text: String, published: String? = nil, url: String? = nil) -> IngestResult {
        ingester.ingest(text, published: published.flatMap(Day.init(iso:)), outlet: nil, sourceURL: url)
    }

    /// A full stop followed by a no-break space ends the sentence as one followed by a space does.
    @Test func aNoBreakSpaceAfterAFullStopEndsTheSentence() {
        let text = "Guards fired near Sotk.\u{00A0}Two soldiers were wounded. Mr. Smith spoke later."
        let sentences = ReportText(text).sentences
        #expect(sentences.count == 3)
        #expect(sentences.first?.tokens.last?.text == ".")
        #expect(sentences.last?.tokens.first?.text == "Mr")
    }

    // MARK: Places

    @Test func aVillageOnlyTheSweptGazetteerKnowsIsLocated() throws {
        let r = ingest("Azerbaijani forces shelled the village of Aghdzvan on 3 May 2021, Armenia said.")
        let p = try #require(r.incidents.first)
        #expect(p.featureIDs.contains { $0.hasPrefix("geonames:1042649") })
        #expect(p.relation?.locations.first?.province?.id == "AM-AR")
    }

    @Test func aDistrictCueNamesTheDistrictAndTheBareNameTheTown() throws {
        let district = ingest(
            "Kyrgyz and Tajik guards exchanged fire in the Isfara district on 5 May 2023, the Kyrgyz border service said."
        )
        let town = ingest(
            "Kyrgyz and Tajik guards exchanged fire near Isfara on 5 May 2023, the Kyrgyz border service said.")
        #expect(district.incidents.flatMap(\.featureIDs).contains("district:tj:Isfara"))
        #expect(district.incidents.first?.incident.locations.map(\.name) == ["Isfara District"])
        #expect(town.incidents.flatMap(\.featureIDs).contains("geonames:1514896"))
        #expect(!town.incidents.flatMap(\.featureIDs).contains("district:tj:Isfara"))
    }

    @Test func aDistrictCueDoesNotTakeTheProvinceOfTheSameName() throws {
        let district = ingest("Shots were fired in Batken district on 5 May 2023, the Kyrgyz border service said.")
        let province = ingest("Shots were fired in Batken region on 5 May 2023, the Kyrgyz border service said.")
        #expect(district.incidents.flatMap(\.featureIDs).contains("district:kg:Batken"))
        #expect(!province.incidents.flatMap(\.featureIDs).contains("district:kg:Batken"))
    }

    @Test func anAmbiguousVillageIsTheOneInTheProvinceTheReportNames() throws {
        let text =
            "Fighting broke out in the Tovuz district on 12 July 2020.\n\nA man was killed in the village of Agdam by Armenian shelling."
        let ids = ingest(text).incidents.flatMap(\.featureIDs)
        #expect(ids.contains("supplement:aghdam-tovuz"))
        #expect(!ids.contains("geonames:148606"))
    }

    @Test func aHyphenatedNameWrittenAsOneWordIsTheSamePlace() throws {
        let joined = ingest("Tajik guards opened fire near Darootkorgon on 5 May 2023, the Kyrgyz border service said.")
        let hyphenated = ingest(
            "Tajik guards opened fire near Daroot-Korgon on 5 May 2023, the Kyrgyz border service said.")
        let ids = joined.incidents.flatMap(\.featureIDs)
        #expect(!ids.isEmpty && ids == hyphenated.incidents.flatMap(\.featureIDs))
        #expect(joined.incidents.first?.incident.locations.map(\.name) == ["Daroot-Korgon"])
        let misspelt = ingest("Tajik guards opened fire near Darootkorgonn on 5 May 2023.")
        #expect(misspelt.incidents.flatMap(\.featureIDs).isEmpty, "closing word breaks is no fuzzy match")
    }

    @Test func aNameOfALakeAndAHamletBesideItIsTheCuratedLake() throws {
        let r = ingest("Azerbaijani troops advanced near Sev Lich on 16 August 2021, Armenia said.")
        #expect(r.incidents.flatMap(\.featureIDs).contains("supplement:sev-lich-black-lake"))
    }

    @Test func aRouteNamedByItsEndsLocatesBothEndsAndAPairOfNationsNothing() throws {
        let r = ingest(
            "Tajik guards opened fire on cars on the Batken-Isfana highway on 11 March 2022, the Kyrgyz border service said."
        )
        let p = try #require(r.incidents.first)
        #expect(p.featureIDs.contains("geonames:1528735"), "Batken, the town")
        #expect(p.featureIDs.contains("geonames:1222662"), "Isfana (Razzakov)")
        #expect(p.incident.locations.allSatisfy { $0.relation == "near" })
        let pair = ingest("Guards exchanged fire on the Kyrgyz-Tajik border on 11 March 2022.")
        #expect(pair.incidents.flatMap(\.featureIDs).isEmpty)
    }

    @Test func aPlaceBeforeWhereAndAnEarlierDateIsThePlaceOfBothEvents() throws {
        let r = ingest(
            "Kyrgyz guards opened fire on Tajik guards on 14 June 2022, the Tajik border service said.\n\nThe shooting broke out near Isfara, where a similar incident took place on 3 June 2022."
        )
        let latest = try #require(r.incidents.first { $0.incident.date.start == Day(iso: "2022-06-14") })
        let earlier = try #require(r.incidents.first { $0.incident.date.start == Day(iso: "2022-06-03") })
        #expect(latest.featureIDs == ["geonames:1514896"])
        #expect(earlier.featureIDs == ["geonames:1514896"] && earlier.incident.type == .armedClash)
    }

    @Test func aRecalledSimilarIncidentDoesNotDateWhatFollowsIt() throws {
        let r = ingest(
            "Kyrgyz guards opened fire on Tajik guards on 14 June 2022, the Tajik border service said.\n\nThe shooting broke out near Isfara, where a similar clash happened on 3 June 2022. Kyrgyzstan said it had no casualties."
        )
        let latest = try #require(r.incidents.first { $0.incident.date.start == Day(iso: "2022-06-14") })
        let earlier = try #require(r.incidents.first { $0.incident.date.start == Day(iso: "2022-06-03") })
        let zero = { (i: ProposedIncident) in
            i.incident.claims.contains { $0.casualties.contains { $0.side == "KGZ" && $0.figures[.killed]?.low == 0 } }
        }
        #expect(zero(latest))
        #expect(!zero(earlier))
    }

    @Test func anAgencyInACreditLineIsNoPlace() throws {
        // "Ani" is another name of three villages called Agdzhakend.
        let credited = ingest(
            "Armenian soldier killed on border\n\nRepresentative image Image Credit: ANI\n\nAn Armenian soldier was killed in an exchange of fire on 14 July 2021."
        )
        let named = ingest("An Armenian soldier was killed in an exchange of fire near Ani on 14 July 2021.")
        #expect(credited.incidents.count == 1 && credited.incidents.flatMap(\.featureIDs).isEmpty)
        #expect(credited.setAside.contains { $0.text == "ANI" && $0.reason == "photo caption" })
        #expect(named.incidents.flatMap(\.featureIDs).contains { $0.hasPrefix("geonames:") })
    }

    @Test func anAreaStaysALocationWhenThePlaceItQualifiesLiesOutsideIt() throws {
        // The gazetteer's only Ak-Sai lies in Sughd; its Kök-Tash lies in Batken.
        let outside = ingest(
            "Kyrgyz citizens from the village of Ak-Sai of the Batken region opened fire on a truck on 27 January 2022, Tajik border troops said."
        )
        let inside = ingest(
            "Kyrgyz citizens from the village of Kök-Tash of the Batken region opened fire on a truck on 27 January 2022, Tajik border troops said."
        )
        let outsideIDs = outside.incidents.flatMap(\.featureIDs)
        #expect(outsideIDs.contains("geonames:10370337") && outsideIDs.contains("KG-B"))
        let insideIDs = inside.incidents.flatMap(\.featureIDs)
        #expect(!insideIDs.isEmpty && !insideIDs.contains("KG-B"))
    }

    // MARK: Claims

    @Test func aComparisonWithSinceIsNoRunningTotalAndNoDate() throws {
        let r = ingest(
            "Eight soldiers were killed in the largest clashes since the end of the war near Sotk on 16 November 2021.")
        let clash = try #require(r.incidents.first)
        #expect(clash.incident.date.start == Day(iso: "2021-11-16") && clash.incident.date.precision == .day)
        let figures = clash.incident.claims.flatMap(\.casualties)
        #expect(figures.contains { $0.figures[.killed]?.low == 8 })
        #expect(clash.incident.claims.allSatisfy { !$0.summary.contains("running total") })
        let total = ingest("Since 27 September 2020 some 2,800 soldiers have been killed near Sotk, Armenia said.")
        #expect(total.incidents.flatMap(\.incident.claims).contains { $0.summary.contains("running total") })
    }

    @Test func aFigureAfterALossWordThatOwnsTheNextOneIsNotTaken() throws {
        let r = ingest(
            "On 13 September 2022, 207 Armenian soldiers were killed and went missing, 293 servicemen were wounded, Armenia said."
        )
        let figures = r.incidents.flatMap(\.incident.claims).flatMap(\.casualties)
        #expect(figures.contains { $0.side == "ARM" && $0.figures[.wounded]?.low == 293 })
        #expect(!figures.contains { $0.figures[.missing]?.low == 293 })
    }

    @Test func fatallyWoundedIsKilled() throws {
        let r = ingest("One Armenian serviceman was fatally wounded near Sotk on 14 July 2021, Armenia said.")
        let figures = r.incidents.flatMap(\.incident.claims).flatMap(\.casualties)
        #expect(figures.contains { $0.side == "ARM" && $0.figures[.killed]?.low == 1 })
        #expect(!figures.contains { $0.figures[.wounded] != nil })
    }

    @Test func aBorderIncidentThatHappenedIsFighting() throws {
        let r = ingest(
            "The incident happened at the Yeraskh section of the border on 14 July 2021, the ministry said.")
        #expect(r.incidents.first?.incident.type == .armedClash)
        #expect(r.incidents.first?.featureIDs.contains("geonames:391241") == true)
    }

    // MARK: Recaps

    @Test func anEventADayBeforeTheSentencesDayKeepsItsOwnDate() throws {
        let r = ingest(
            "Fresh clashes erupted near Sotk on Wednesday, a day after troops shelled Jermuk, Armenia said.",
            published: "2022-09-14")
        let days = Set(r.incidents.map(\.incident.date.iso))
        #expect(days == ["2022-09-14", "2022-09-13"])
    }

    // MARK: Dates without a publication date

    @Test func aDayAndMonthTakeTheYearTheirParagraphStates() throws {
        let text =
            "Armenian forces shelled Tovuz on 12 July 2020. Clashes resumed near Tovuz on 14 July, the ministry said."
        let days = Set(ingest(text).incidents.filter(\.dateResolved).map(\.incident.date.start.description))
        #expect(days == ["2020-07-12", "2020-07-14"])
    }

    @Test func aDayAndMonthAloneStayUnresolvedWithoutAYearInTheParagraph() throws {
        let text =
            "The 2020 war ended in November 2020.\n\nArmenian forces shelled Tovuz on 14 July, the ministry said."
        let clash = try #require(ingest(text).incidents.first { $0.incident.type == .shelling })
        #expect(!clash.dateResolved)
    }

    @Test func theAddressGivesThePublicationDate() throws {
        let r = ingest(
            "Azerbaijani forces shelled Sotk on Tuesday, Armenia said.",
            url: "https://news.example.org/2021/05/12/sotk-shelled.html")
        #expect(r.published == Day(iso: "2021-05-12") && r.publishedFrom == "source URL")
        #expect(r.incidents.first?.incident.date.start == Day(iso: "2021-05-11"))
        let monthOnly = ingest(
            "Azerbaijani forces shelled Sotk on 28 December, Armenia said.", url: "https://example.org/2022/01/x")
        #expect(monthOnly.incidents.first?.incident.date.start == Day(iso: "2021-12-28"))
    }

    @Test func anUndatedIncidentKeepsItsRowAndPointMarkedUnresolved() throws {
        let r = ingest("Azerbaijani troops shelled Jermuk on Tuesday, Armenia said.")
        #expect(r.incidents.count == 1 && !r.incidents[0].dateResolved)
        let rows = IngestOutput.render(r, format: .csv).split(separator: "\r\n").dropFirst()
        #expect(!rows.isEmpty)
        for row in rows {
            let cells = row.split(separator: ",", omittingEmptySubsequences: false)
            #expect(cells[1] == "" && cells[2] == "" && cells[3] == "unresolved")
        }
        let geojson = IngestOutput.render(r, format: .geojson)
        #expect(geojson.contains("\"date_precision\":\"unresolved\"") && geojson.contains("\"date\":null"))
        #expect(geojson.contains("\"Point\""))
    }
}

/// Rules for the Kyrgyzstan–Tajikistan reports, each on a sentence written for the test.
@Suite struct SideWordRuleTests {
    func figures(_ text: String) -> [CasualtyClaim] { Shared.casualties(text) }

    func claims(_ text: String) -> [Claim] { Shared.claims(text) }

    @Test func aSpeakerAndTheLossesItGivesTakeTheManifestsSides() throws {
        let c = claims(
            "The Kyrgyz border service said on 5 May 2023 that two Tajik soldiers were killed in the shooting.")
        let claim = try #require(c.first { !$0.casualties.isEmpty })
        #expect(claim.side == "KGZ")
        #expect(claim.casualties.contains { $0.side == "TJK" && $0.figures[.killed]?.low == 2 })
    }

    @Test func theEnemyInOneSidesAccountIsTheOtherCountryOfItsLine() {
        let f = figures("The Tajik border troops said on 6 May 2023 that three enemy servicemen were wounded.")
        #expect(f.contains { $0.side == "KGZ" && $0.figures[.wounded]?.low == 3 })
    }

    @Test func aZeroOfTheSideNamedAfterItIsThatSides() {
        let f = figures(
            "There were no casualties or injured from the Tajik side in the shooting on 4 June 2023, the Kyrgyz border service said."
        )
        #expect(f.contains { $0.side == "TJK" && $0.figures[.killed]?.low == 0 })
        #expect(!f.contains { $0.side == "KGZ" })
    }

    @Test func noCivilianCasualtiesIsAZeroForCiviliansOfTheSpeakersSide() {
        let c = claims(
            "The head of Sughd region said there were no civilian casualties after the firing on 8 June 2023.")
        let claim = c.first { !$0.casualties.isEmpty }
        #expect(claim?.side == "TJK", "an official of a Tajik province speaks for Tajikistan")
        #expect(claim?.summary.contains("TJK civilians: 0 killed") == true, "\(claim?.summary ?? "")")
    }

    @Test func aVictimNamedWithAnOfPhraseKeepsItsFigureAndCountry() {
        let f = figures(
            "On 3 May 2023 a soldier of the State Border Service of Kyrgyzstan was wounded in the shooting.")
        #expect(f.contains { $0.side == "KGZ" && $0.figures[.wounded]?.low == 1 })
        let far = figures(
            "On 3 May 2023 two villagers said the shooting went on for hours and one Tajik guard was wounded.")
        #expect(!far.contains { $0.figures[.wounded]?.low == 2 }, "a figure before a verb of saying is not the loss's")
    }

    @Test func aSpeakerWithAnAsideBeforeItsVerbStillSpeaks() throws {
        let c = claims(
            "The Kyrgyz border service, in turn, said on 4 May 2023 that two members of the country's security service had suffered wounds in the shooting."
        )
        let claim = try #require(c.first { !$0.casualties.isEmpty })
        #expect(claim.side == "KGZ")
        #expect(claim.casualties.contains { $0.side == "KGZ" && $0.figures[.wounded]?.low == 2 })
    }

    @Test func bodiesBroughtToHospitalAreKilledAndTheHospitalisedWounded() {
        let killed = figures(
            "Eleven bodies were taken to hospitals after the fighting on 15 May 2023, the Kyrgyz health ministry said.")
        #expect(killed.contains { $0.side == "KGZ" && $0.figures[.killed]?.low == 11 })
        let wounded = figures("Three Tajik border guards were hospitalised after the shooting on 2 March 2023.")
        #expect(wounded.contains { $0.side == "TJK" && $0.figures[.wounded]?.low == 3 })
    }
}

/// Events of a report whose dated sentence is not itself the fighting.
@Suite struct UndatedEventRuleTests {
    func incidents(_ text: String, published: String? = nil) -> [ProposedIncident] {
        Shared.ingester.ingest(text, published: published.flatMap(Day.init(iso:)), outlet: nil, sourceURL: nil)
            .incidents
    }

    @Test func anExchangeOfFireIsFighting() throws {
        let found = incidents("An exchange of fire between the two border units went on for an hour on 2 April 2023.")
        #expect(found.first?.incident.type == .armedClash)
        #expect(
            incidents("The two services agreed on 2 April 2023 to exchange lists of posts.").allSatisfy {
                $0.incident.type != .armedClash
            })
    }

    @Test func aMonthBeforeTwoDaysRunningIsThoseTwoDays() throws {
        let found = incidents(
            "Tensions escalated on April 28-29 and three Kyrgyz soldiers were killed in the fighting.",
            published: "2021-05-03")
        #expect(found.count == 1)
        let clash = try #require(found.first)
        #expect(
            clash.incident.date.start == Day(iso: "2021-04-28") && clash.incident.date.end == Day(iso: "2021-04-29"))
    }

    @Test func anArmedIncidentIsFighting() throws {
        let found = incidents("Another armed incident between the two border services was reported on 2 April 2023.")
        let incident = try #require(found.first)
        #expect(incident.incident.type == .armedClash)
        #expect(incident.incident.date.start == Day(iso: "2023-04-02"))
    }

    @Test func fightingWithoutADateOfItsOwnTakesTheReportsFirstDate() throws {
        let found = incidents(
            """
            On 7 March 2023 the digging of a new canal went on near the line.

            Later the Tajik side opened fire. Two Kyrgyz guards were wounded.
            """)
        let incident = try #require(found.first { $0.incident.type == .armedClash })
        #expect(incident.dateResolved && incident.incident.date.start == Day(iso: "2023-03-07"))
        #expect(
            incident.incident.claims.flatMap(\.casualties).contains {
                $0.side == "KGZ" && $0.figures[.wounded]?.low == 2
            })
    }

    @Test func fightingWithoutAPlaceOfItsOwnIsWhereTheDatedSentenceSetsTheScene() throws {
        let found = incidents(
            """
            On 7 March 2023 the digging of a new canal went on in the village of Kok-Tash.

            Later the Tajik side opened fire. Two Kyrgyz guards were wounded.
            """)
        let incident = try #require(found.first { $0.incident.type == .armedClash })
        #expect(incident.incident.locations.map(\.name) == ["Kök-Tash"])
        let elsewhere = incidents(
            """
            On 7 March 2023 Tajik guards opened fire near the village of Kok-Tash.

            On 9 March 2023 the Tajik side opened fire again. Two Kyrgyz guards were wounded.
            """)
        let later = try #require(elsewhere.first { $0.incident.date.start == Day(iso: "2023-03-09") })
        #expect(later.incident.locations.isEmpty, "another day's scene is not this event's")
    }
}
