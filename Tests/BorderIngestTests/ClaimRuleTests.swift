import BorderIncidents
import Testing
@testable import BorderIngest

/// How loss figures are counted and given a side, one rule a test, on sentences written for the test.
@Suite struct ClaimRuleTests {
    func claims(_ text: String) -> [Claim] { Shared.claims(text) }

    func figures(_ text: String) -> [CasualtyClaim] { Shared.casualties(text) }

    func has(_ f: [CasualtyClaim], _ side: String, _ kind: CasualtyKind, _ low: Int, high: Int?? = nil) -> Bool {
        Shared.has(f, side, kind, low, high: high)
    }

    // MARK: Lists of victims

    /// Losses placed in a side's country ("deaths reported in Armenia") are that side's, whoever speaks; a country
    /// adjective after "in" ("in Armenian shelling") names the attacker, not where the victims were.
    @Test func lossesInACountryAreThatCountrys() {
        let f = figures(
            "Baku said its troops shelled Sotk on 3 May 2021. Two civilian deaths were reported in Armenia.")
        #expect(has(f, "ARM", .killed, 2))
        #expect(!has(f, "AZE", .killed, 2))
        let g = figures("Baku said on 3 May 2021 that two of its soldiers were killed in Armenian shelling.")
        #expect(has(g, "AZE", .killed, 2))
    }

    /// People killed by fire aimed at one side's positions are that side's, however the sentence names them.
    @Test func lossesFromFireAtASidesPositionsAreThatSides() {
        let f = figures(
            "On 3 May 2021, two people were killed as a result of fire directed at Armenian positions by Azerbaijani units."
        )
        #expect(has(f, "ARM", .killed, 2))
        #expect(!has(f, "ALL", .killed, 2))
    }

    /// One victim named after the word for what they were ("soldier Arif Mammadli was killed") is one; a name
    /// alone before "was killed" counts nothing.
    @Test func aNamedVictimIsOne() {
        let f = figures("On 3 May 2021, the Azerbaijani army said soldier Arif Mammadli was killed near Tovuz.")
        #expect(f.contains { $0.figures[.killed]?.low == 1 })
        let g = figures("On 3 May 2021, Arif Mammadli was killed near Tovuz.")
        #expect(!g.contains { $0.figures[.killed]?.low == 1 })
        let another = figures("On 3 May 2021, one Armenian soldier was killed and another was wounded near Sotk.")
        #expect(has(another, "ARM", .wounded, 1))
        let the = figures("On 3 May 2021, the ministry said the soldier of the Azerbaijani army was killed near Tovuz.")
        #expect(has(the, "AZE", .killed, 1))
    }

    /// The side named as the killer before an active verb ("Azerbaijani forces killed two soldiers") is not the
    /// victims'; a side that "lost" soldiers is.
    @Test func theKillersSideIsNotTheVictims() {
        let f = figures("On 3 May 2021, Yerevan said Azerbaijani forces killed two soldiers near Sotk.")
        #expect(has(f, "ARM", .killed, 2))
        #expect(!has(f, "AZE", .killed, 2))
        let g = figures("On 3 May 2021, Azerbaijani forces lost two soldiers near Sotk.")
        #expect(has(g, "AZE", .killed, 2))
    }

    @Test func listedVictimsAreSummedPerSide() {
        let f = figures(
            "Officials said five Kyrgyz border guards, one Kyrgyz policeman and two Tajik border guards were wounded in the shooting on 5 May 2023."
        )
        #expect(has(f, "KGZ", .wounded, 6))
        #expect(has(f, "TJK", .wounded, 2))
        #expect(!has(f, "KGZ", .wounded, 5) && !has(f, "KGZ", .wounded, 2))
    }

    @Test func citizensOfTwoSidesBeforeOneLossWordAreListed() {
        let f = figures("On 3 May 2022, 12 Tajik and 7 Kyrgyz citizens were injured in the clashes.")
        #expect(has(f, "TJK", .wounded, 12))
        #expect(has(f, "KGZ", .wounded, 7))
    }

    @Test func aListTakesTheSideOfItsFirstItem() {
        let f = figures(
            "An Azerbaijani major, a captain and four more soldiers were killed near Tovuz on 12 July 2020.")
        #expect(has(f, "AZE", .killed, 6))
        #expect(!has(f, "AZE", .killed, 4))
    }

    @Test func victimsNamedWithTheirRanksAreCountedOneEach() {
        let f = figures(
            "Azerbaijani personnel, sergeant Ramil Guliyev and corporal Tural Hasanov, died near Tovuz on 12 July 2020."
        )
        #expect(has(f, "AZE", .killed, 2))
        let three = figures(
            "The Tajik border troops said Major Davron Saidov, private Ali Nazarov and private Umed Rahimov were killed on 16 September 2019."
        )
        #expect(has(three, "TJK", .killed, 3))
    }

    @Test func aTotalBeforeItsBreakdownIsNotCountedTwice() {
        let f = figures(
            "On 3 June 2022 four servicemen, one Tajik border guard and three Kyrgyz border guards, were wounded in the shooting."
        )
        #expect(has(f, "TJK", .wounded, 1))
        #expect(has(f, "KGZ", .wounded, 3))
        #expect(!f.contains { $0.figures[.wounded]?.low == 4 || $0.figures[.wounded]?.low == 8 })
    }

    @Test func twoSidesBeforeOneLossWordKeepTheirOwnFigures() {
        let f = figures(
            "At least 12 Armenian and 15 Azerbaijani servicemen were killed on 3 March 2022, both sides said.")
        #expect(has(f, "ARM", .killed, 12, high: .some(nil)))
        #expect(has(f, "AZE", .killed, 15, high: .some(nil)))
        #expect(!has(f, "ARM", .killed, 27) && !has(f, "AZE", .killed, 27))
    }

    @Test func civiliansInAListAreApartFromSoldiers() throws {
        let claim = try #require(
            claims(
                "On 13 September 2022, Armenia said 3 civilians and 20 servicemen were taken captive by Azerbaijani troops."
            ).first { !$0.casualties.isEmpty })
        #expect(claim.summary.contains("ARM civilians: 3 captured"), "\(claim.summary)")
        #expect(has(claim.casualties, "ARM", .captured, 20))
        #expect(!claim.casualties.contains { $0.side == "AZE" }, "the captors are not the captured")
    }

    @Test func civiliansNamedAfterAFigureAreNotItsVictims() throws {
        let claim = try #require(
            claims(
                "On 13 September 2022, 293 Armenian servicemen were wounded and 3 civilians were killed, Armenia said."
            ).first { !$0.casualties.isEmpty })
        #expect(claim.summary.contains("ARM: 293 wounded"), "\(claim.summary)")
        #expect(claim.summary.contains("ARM civilians: 3 killed"), "\(claim.summary)")
    }

    // MARK: Parts of a figure

    @Test func partOfTheVictimsInAnAsideIsNotTheFigure() {
        let f = figures(
            "Armenia said four of its soldiers – two of them officers – were killed near Sotk on 14 July 2021.")
        #expect(has(f, "ARM", .killed, 4))
        #expect(!has(f, "ARM", .killed, 2))
        let including = figures(
            "Nine soldiers, including three officers, were killed near Sotk on 14 July 2021, the Armenian defence ministry said."
        )
        #expect(has(including, "ARM", .killed, 9))
        #expect(!has(including, "ARM", .killed, 3))
    }

    @Test func aBreakdownAfterIncludingSumsToItsSide() {
        let f = figures(
            "On 13 September 2022, 30 personnel, including 25 Azerbaijani army servicemen and 5 border guards were killed, the ministry said."
        )
        #expect(has(f, "AZE", .killed, 30))
        #expect(!has(f, "AZE", .killed, 5))
    }

    @Test func anAsideOfWhoTheVictimsWereDoesNotHideTheFigure() {
        let f = figures(
            "On 13 September 2022, 107 Armenian citizens, both soldiers and civilians were killed, the government said."
        )
        #expect(has(f, "ARM", .killed, 107))
    }

    // MARK: One victim without a numeral

    @Test func itsSoldierIsOneAndADayIsNoFigure() {
        let f = figures("On May 25, 2021 Armenia claimed its soldier was killed near Sotk.")
        #expect(has(f, "ARM", .killed, 1))
        #expect(!f.contains { $0.figures[.killed]?.low == 25 })
    }

    @Test func anotherSoldierNamedInAnAsideIsOne() {
        let f = figures(
            "On 16 August 2021 another Armenian soldier, 19-year-old private Aram Petrosyan, was killed near Sotk.")
        #expect(has(f, "ARM", .killed, 1))
        #expect(!f.contains { $0.figures[.killed]?.low == 19 })
    }

    @Test func ourCommanderShotInTheArmIsOneWoundedOfTheSpeakersSide() {
        let f = figures(
            "On 4 May 2023 the Kyrgyz border service said: \"Our commander was shot in the arm when they opened fire.\""
        )
        #expect(has(f, "KGZ", .wounded, 1))
        let dead = figures("On 4 May 2023 the Kyrgyz border service said two shots were fired at the post.")
        #expect(!dead.contains { $0.figures[.wounded] != nil }, "shots fired wound no one")
    }

    @Test func aNameThenSaidThenAClauseIsNoSpeakerAfterItsVerb() {
        let c = claims(
            "The head of the border post, Asan Temirov, said the Tajik side started the shooting on 4 May 2023 and two Kyrgyz guards were wounded."
        )
        #expect(!c.contains { $0.claimant.contains("Tajik side") })
        #expect(c.contains { $0.casualties.contains { $0.side == "KGZ" && $0.figures[.wounded]?.low == 2 } })
        let after = claims("Two Tajik guards were wounded on 4 May 2023, said the Kyrgyz border service.")
        #expect(after.contains { $0.side == "KGZ" && $0.casualties.contains { $0.side == "TJK" } })
    }

    @Test func sourcesOfOneSideSpeakForIt() throws {
        let claim = try #require(
            claims("One Tajik border guard was killed on 14 June 2022, four Tajik security sources told reporters.")
                .first { !$0.casualties.isEmpty })
        #expect(claim.claimant == "Tajik security sources" && claim.side == "TJK", "\(claim.claimant)")
    }

    @Test func aSourceAtABodyOfOneSideSpeaksForIt() {
        let c = claims(
            "A source in the Tajik security agencies says Major Davron Saidov, private Ali Nazarov and private Umed Rahimov were killed on 16 September 2019."
        )
        #expect(c.contains { $0.side == "TJK" && $0.claimant.hasPrefix("source in the Tajik") })
        #expect(has(c.flatMap(\.casualties), "TJK", .killed, 3))
        #expect(!c.flatMap(\.casualties).contains { $0.side == "ALL" })
    }

    @Test func aPersonIntroducedWithASidesOfficeSpeaksForItLater() {
        let after = claims(
            "Asan Temirov, the head of the border post in Kyrgyzstan's Batken region, spoke on 4 May 2023.\n\n\"Our commander was shot in the arm,\" Temirov said."
        )
        #expect(after.contains { $0.claimant == "Temirov" && $0.side == "KGZ" })
        #expect(has(after.flatMap(\.casualties), "KGZ", .wounded, 1))
        let before = claims(
            "The head of the Tajik border post, Umed Rahimov, said two guards of the post were wounded on 4 May 2023.")
        #expect(has(before.flatMap(\.casualties), "TJK", .wounded, 2))
        #expect(!before.flatMap(\.casualties).contains { $0.side == "ALL" })
    }

    @Test func aSpeakerAfterAClosingQuoteOutranksTheQuotesOwnVerbs() {
        let c = claims(
            "\"They said they would talk, then wounded two of our guards near the post on 4 May 2023,\" the Kyrgyz border service said."
        )
        #expect(c.contains { $0.side == "KGZ" && $0.claimant.contains("Kyrgyz border service") })
        #expect(has(c.flatMap(\.casualties), "KGZ", .wounded, 2))
        #expect(!c.flatMap(\.casualties).contains { $0.side == "ALL" })
    }

    @Test func hitIsWoundedOnlyWhenWhatWasHitIsCountedPeople() {
        let soldier = figures(
            "On 4 May 2023 the Tajik border service said Kyrgyz snipers hit two of our guards near the post.")
        #expect(has(soldier, "TJK", .wounded, 2))
        let car = figures("On 4 May 2023 the Tajik border service said a Kyrgyz shell hit a car near the post.")
        #expect(!car.contains { $0.figures[.wounded] != nil })
    }

    @Test func aManOfAnAgeIsOneAndShellingBySideIsNotItsLoss() {
        let f = figures(
            "Azerbaijan's defence ministry said a 63-year-old man was killed by Armenian shelling in Tovuz on 13 July 2020."
        )
        #expect(has(f, "AZE", .killed, 1))
        #expect(!f.contains { $0.side == "ARM" })
        #expect(!f.contains { $0.figures[.killed]?.low == 63 })
    }

    // MARK: Whose losses

    @Test func prisonersTakenByOneSideAreTheOthers() {
        let f = figures(
            "The Armenian defence ministry said one serviceman was killed from the Armenian side on 16 November 2021, 13 were taken prisoner by the Azerbaijani side, and communication with 24 servicemen was lost."
        )
        #expect(has(f, "ARM", .captured, 13))
        #expect(!f.contains { $0.side == "AZE" })
        #expect(has(f, "ARM", .missing, 24))
    }

    @Test func peopleDescribedAsASidesServicesAreThatSides() {
        let services = figures(
            "The Kyrgyz border service said on 22 July 2021 that 12 people were hurt — policemen, villagers and border guards."
        )
        #expect(has(services, "KGZ", .wounded, 12))
        #expect(!services.contains { $0.side == "ALL" })
        let named = figures("On 22 July 2021, 9 people were injured: Tajik border guards and residents of Vorukh.")
        #expect(has(named, "TJK", .wounded, 9))
        let undescribed = figures(
            "On 22 July 2021, 9 people were injured in the clash near the post, the Kyrgyz border service said.")
        #expect(has(undescribed, "ALL", .wounded, 9), "people a report does not describe may be of either side")
        let bystanders = figures(
            "The Kyrgyz border service said on 22 July 2021 that 12 people were hurt — villagers and traders.")
        #expect(has(bystanders, "ALL", .wounded, 12), "villagers alone name no side's service")
    }

    @Test func killedTwoAndWoundedThreeEachHaveTheirOwnFigure() {
        let f = figures(
            "On 3 May 2022 Azerbaijani troops killed two Armenian soldiers and wounded three near Sotk, Armenia said.")
        #expect(has(f, "ARM", .killed, 2))
        #expect(has(f, "ARM", .wounded, 3))
        #expect(!f.contains { $0.side == "AZE" }, "neither the troops nor the day of the month are losses")
    }

    @Test func forcesThatKillAreNotTheVictimsSide() {
        let f = figures("Kyrgyz forces shelled a market in Isfara on 16 September 2022, killing at least 10 civilians.")
        #expect(has(f, "TJK", .killed, 10))
        #expect(!f.contains { $0.side == "KGZ" || $0.side == "ALL" })
        let later = figures(
            "Tajik forces fired on cars near Batken on 17 September 2022 and killed at least eight civilians.")
        #expect(has(later, "KGZ", .killed, 8))
        let guards = figures("On 3 May 2022 Tajik border guards opened fire on villagers, wounding two.")
        #expect(has(guards, "KGZ", .wounded, 2))
    }

    // MARK: Victims after an active verb

    @Test func anActiveVerbCountsEachVictimJoinedToItsObject() throws {
        let claim = try #require(
            claims(
                "Tajik police said gunfire from Kyrgyzstan on 2 March 2023 had killed a border guard and one civilian and wounded four other civilians."
            ).first { !$0.casualties.isEmpty })
        #expect(claim.side == "TJK" && claim.claimant == "Tajik police", "\(claim.claimant)")
        #expect(claim.summary.contains("TJK: 1 killed"), "\(claim.summary)")
        #expect(claim.summary.contains("TJK civilians: 1 killed, 4 wounded"), "\(claim.summary)")
        #expect(!has(claim.casualties, "TJK", .wounded, 1) && !has(claim.casualties, "ALL", .wounded, 1))
    }

    @Test func aJoinedPhraseWithItsOwnVerbIsNotTheObjects() {
        let f = figures("Kyrgyz shelling on 5 May 2023 killed a Tajik soldier and two civilians were wounded.")
        #expect(has(f, "TJK", .killed, 1))
        #expect(!f.contains { $0.figures[.killed]?.low == 2 || $0.figures[.killed]?.low == 3 })
        #expect(f.contains { $0.figures[.wounded]?.low == 2 })
    }

    @Test func peopleAHealthMinistryCountsAreItsCountrys() {
        let health = figures(
            "The Kyrgyz health ministry said on 18 September 2022 that at least 36 people had been killed in the clashes."
        )
        #expect(has(health, "KGZ", .killed, 36, high: .some(nil)))
        #expect(!health.contains { $0.side == "ALL" })
        let foreign = figures(
            "The Kyrgyz foreign ministry said on 18 September 2022 that at least 36 people had been killed in the clashes."
        )
        #expect(has(foreign, "ALL", .killed, 36, high: .some(nil)), "a foreign ministry counts no hospital's dead")
    }

    @Test func moneyIsNoCountOfPeople() {
        let f = figures(
            "On 4 May 2023 a man suspected of taking over 500,000 rubles from migrants was detained in Dushanbe.")
        #expect(!f.contains { $0.figures[.captured]?.low == 500_001 }, "the rubles are not the detained")
    }

    // MARK: Zeros and running totals

    @Test func noReportsOfAnyCasualtiesIsAZeroOfTheSideNamed() {
        let f = figures(
            "There were no reports of any casualties on the Kyrgyz side after the shooting near Isfara on 2 March 2023."
        )
        #expect(has(f, "KGZ", .killed, 0) && has(f, "KGZ", .wounded, 0))
        #expect(!f.contains { $0.side != "KGZ" })
        let unsided = figures(
            "The Kyrgyz border service said guards exchanged fire near Isfara on 2 March 2023. There were no reports of injuries or deaths."
        )
        #expect(has(unsided, "ALL", .wounded, 0) && has(unsided, "ALL", .killed, 0))
        #expect(!unsided.contains { $0.side == "KGZ" }, "the speaker before is not whose losses went unreported")
        let fighting = figures("There were no reports of fighting on the Kyrgyz side near Isfara on 2 March 2023.")
        #expect(fighting.isEmpty, "no reports of fighting counts no losses")
    }

    @Test func soFarAfterASuperlativeComparesAndDoesNotTotal() throws {
        let toll = try #require(
            claims("Two Tajik soldiers were killed near Isfara on 2 March 2023, the bloodiest clash so far this year.")
                .first { !$0.casualties.isEmpty })
        #expect(has(toll.casualties, "TJK", .killed, 2))
        #expect(!toll.summary.contains("running total"), "\(toll.summary)")
        let tally = try #require(
            claims("Kyrgyzstan said on 2 March 2023 that five of its guards have been killed so far.")
                .first { !$0.casualties.isEmpty })
        #expect(tally.summary.contains("running total"), "\(tally.summary)")
    }

    /// "one resident – Ivan Petrov, 52 – was killed": the number after a name is an age; after a place and a comma
    /// with its victims' word ("In Batken, 24 people …") it is still a count.
    @Test func anAgeAfterANameIsNoCount() {
        let aged = figures(
            "One resident of Vorukh – Ivan Petrov, 52 – was killed and three others were wounded near Vorukh on 5 May 2023."
        )
        #expect(aged.contains { $0.figures[.killed]?.low == 1 })
        #expect(!aged.contains { $0.figures[.killed]?.low == 52 })
        #expect(aged.contains { $0.figures[.wounded]?.low == 3 })
        let counted = figures("In Batken, 24 people were killed in clashes on 5 May 2023.")
        #expect(counted.contains { $0.figures[.killed]?.low == 24 })
    }
}
