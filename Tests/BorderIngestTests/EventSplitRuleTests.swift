import BorderIncidents
import Testing
@testable import BorderIngest

/// When one report's sentences are one incident and when several: one rule a
/// test, on sentences written for the test (not report text).
@Suite struct EventSplitRuleTests {
    func incidents(_ text: String, published: String? = nil) -> [ProposedIncident] {
        Shared.ingester.ingest(text, published: published.flatMap(Day.init(iso:)), outlet: nil, sourceURL: nil)
            .incidents
    }

    @Test func aTimeOfDayIsReadInItsUsualSpellings() {
        func clock(_ s: String) -> Int? { ClockTime.read(ReportText(s).sentences[0].tokens.map(\.lower)) }
        #expect(clock("Fire was opened at 06:30 near the post.") == 6 * 60 + 30)
        #expect(clock("At 7.15 a.m. the post came under fire.") == 7 * 60 + 15)
        #expect(clock("The shooting began at about 6 p.m. on the bridge.") == 18 * 60)
        #expect(clock("At 3:40am the guards fired.") == 3 * 60 + 40)
        #expect(clock("At the moment shots are still fired.") == ClockTime.now)
        #expect(clock("Guards fired at 3 posts on the line.") == nil, "a count after 'at' is no time")
        #expect(clock("The toll stood at 13.5 percent.") == nil)
    }

    /// An accord signed on a day of its own is an incident of that day, never the report's fighting; an accord
    /// only talked about is none.
    @Test func anAccordSignedOnItsOwnDayIsAnIncidentApart() throws {
        let found = incidents(
            """
            Armenian forces shelled Tovuz on Tuesday, the ministry said. Azerbaijan is committed to the trilateral \
            statement signed on 10 November 2020, the minister added.
            """, published: "2020-12-02")
        let accord = try #require(found.first { $0.incident.type == .statement })
        #expect(accord.incident.date.iso == "2020-11-10")
        let shelling = try #require(found.first { $0.incident.type == .shelling })
        #expect(shelling.incident.date.iso == "2020-12-01")
        #expect(found.count == 2)
        let talked = incidents(
            "Armenian forces shelled Tovuz on Tuesday. A new agreement was discussed on 10 November 2020, officials said.",
            published: "2020-12-02")
        #expect(!talked.contains { $0.incident.type == .statement })
        #expect(!talked.contains { $0.incident.date.iso == "2020-11-10" })
    }

    /// Artillery named as a clash's weapon leaves it a clash; artillery on its own is shelling.
    @Test func artilleryAmongAClashsWeaponsIsTheClash() {
        func type(_ s: String) -> EventType? { Shared.eventType(s) }
        #expect(type("Two soldiers died in clashes involving tanks and artillery near Sotk.") == .armedClash)
        #expect(type("Fighting with mortars went on near Sotk overnight.") == .armedClash)
        #expect(type("Artillery shelled Sotk overnight.") == .shelling)
        #expect(type("After the clashes, artillery struck Sotk.") == .shelling, "the artillery acts on its own")
    }

    /// An "aggression" that damaged houses is an attack: fighting, dated by its day.
    @Test func anAggressionIsFighting() throws {
        func type(_ s: String) -> EventType? { Shared.eventType(s) }
        #expect(type("Forty houses in Sotk were damaged in the aggression.") == .armedClash)
        #expect(type("Forty houses in Sotk were damaged by the flood.") == nil)
        let found = incidents("Forty houses in Sotk were damaged in the aggression launched on 3 May 2021.")
        #expect(
            found.contains { EventTyper.family($0.incident.type) == "fighting" && $0.incident.date.iso == "2021-05-03" }
        )
    }

    /// Villages handed over or demanded, or taken control of after a delimitation, are a statement's event even
    /// without a date of their own; a village's guards returning fire are fighting, and a plain remark is nothing.
    @Test func aBorderSettledIsAStatementsEvent() throws {
        #expect(EventTyper.borderSettlement(["guards", "took", "control", "of", "two", "villages"]) == 2)
        #expect(EventTyper.borderSettlement(["baku", "asked", "yerevan", "to", "cede", "three", "villages"]) == 4)
        #expect(
            EventTyper.borderSettlement(["the", "villages", "near", "the", "road", "must", "be", "returned"]) == 7)
        #expect(EventTyper.borderSettlement(["guards", "in", "the", "villages", "returned", "fire"]) == nil)
        #expect(EventTyper.borderSettlement(["the", "villages", "are", "quiet"]) == nil)
        #expect(EventTyper.borderSettlement(["the", "villages", "belong", "to", "azerbaijan"]) == 2)
        #expect(EventTyper.borderSettlement(["the", "two", "villages", "baku", "is", "demanding"]) == 5)
        let listed = "the villages in question -- alpha , beta , gamma , delta and epsilon -- are de jure azerbaijan"
        #expect(EventTyper.borderSettlement(listed.split(separator: " ").map(String.init)) == 17)
        #expect(
            EventTyper.borderSettlement(["guards", "on", "the", "territory", "began", "demanding", "a", "halt"]) == nil,
            "a demand made on a territory claims no land")
        let found = incidents(
            "Azerbaijani border guards have taken control of two villages in Gazakh district, the office said.",
            published: "2024-05-24")
        #expect(found.contains { $0.incident.type == .statement && !$0.featureIDs.isEmpty })
        #expect(incidents("The office said the road was quiet.", published: "2024-05-24").isEmpty)
    }

    /// Fighting the sentence denies ("no skirmishes or clashes", "did not open fire") is no fighting; fighting
    /// told after a denial of something else still is.
    @Test func deniedFightingIsNoFighting() {
        func type(_ s: String) -> EventType? { Shared.eventType(s) }
        #expect(type("There were no skirmishes or clashes near Sotk on Tuesday.") == nil)
        #expect(type("The guards did not open fire near Sotk.") == nil)
        #expect(type("No soldier was hurt when the guards opened fire near Sotk.") == .armedClash)
        #expect(incidents("There were no clashes near Sotk on 3 May 2021.").isEmpty)
    }

    /// A "provocation" that killed someone is fighting; one only condemned is not.
    @Test func aProvocationThatKillsIsFighting() {
        func type(_ s: String) -> EventType? { Shared.eventType(s) }
        #expect(type("A soldier was killed as a result of the provocation near Tovuz.") == .armedClash)
        #expect(type("The ministry condemned the provocation near Tovuz.") != .armedClash)
    }

    @Test func aNewTimeOfDayInALaterSentenceIsAnotherEventOfThatDay() throws {
        let found = incidents(
            "On 5 May 2023 at 06:30 Tajik forces shelled Kok-Tash. At 07:15 Tajik soldiers opened fire on Samarkandyk.")
        let fighting = found.filter { EventTyper.family($0.incident.type) == "fighting" }
        #expect(fighting.count == 2)
        #expect(Set(fighting.map(\.incident.date.iso)) == ["2023-05-05"])
        #expect(Set(fighting.map { $0.incident.locations.map(\.name) }) == [["Kök-Tash"], ["Samarkandyk"]])
        #expect(Set(fighting.map(\.incident.id)).count == 2)
    }

    @Test func aTimeOfDayForAnEventWithoutOneIsThatEvent() throws {
        let found = incidents(
            "Kyrgyz and Tajik guards exchanged fire near Kok-Tash on 5 May 2023. The shooting began at 06:30 on the bridge."
        )
        #expect(found.count == 1)
        #expect(found.first?.incident.localTime == "06:30")
    }

    /// The incident's local time is read as the splitting rule reads times: an afternoon hour is not the morning's.
    @Test func theLocalTimeOfAnIncidentReadsAMAndPM() throws {
        func localTime(_ text: String) -> String? { incidents(text).first?.incident.localTime }
        #expect(localTime("Tajik guards opened fire on Kok-Tash at 6:30 p.m. on 5 May 2023.") == "18:30")
        #expect(localTime("Tajik guards opened fire on Kok-Tash at about 7 a.m. on 5 May 2023.") == "07:00")
        #expect(localTime("On 5 May 2023 Tajik guards shelled Kok-Tash; by 03:40 the post was hit.") == "03:40")
        #expect(localTime("On 5 May 2023 Tajik guards shelled Kok-Tash near 3 posts.") == nil)
    }

    @Test func fightingGoingOnAsTheReportIsWrittenIsNotTheEarlierHoursEvent() throws {
        let found = incidents(
            "Tajik guards opened fire near Kok-Tash at 18:10 on 5 May 2023. At the moment, shots are still being fired at Samarkandyk."
        )
        #expect(found.count == 2)
        let quiet = incidents(
            "Tajik guards opened fire near Kok-Tash on 5 May 2023. At the moment, shots are still being fired there.")
        #expect(quiet.count == 1, "without an earlier hour it is the same fighting")
    }

    @Test func theTimeAnEventEndedIsThatEvent() throws {
        let found = incidents(
            "Tajik guards opened fire near Kok-Tash at 02:50 on 5 May 2023. The skirmish ended at 03:10.")
        #expect(found.count == 1)
        let split = incidents(
            "Tajik guards opened fire near Kok-Tash at 02:50 on 5 May 2023. A second skirmish began at 03:10.")
        #expect(split.count == 2)
    }

    @Test func theIncidentTakesThePlacesOfTheSentenceThatTellsIt() throws {
        let found = incidents(
            "On 5 May 2023 villagers from Ak-Sai stopped a truck on its way to Isfara. The incident occurred on the bridge near Kok-Tash."
        )
        let names = try #require(found.first).incident.locations.map(\.name)
        #expect(names.contains("Kök-Tash") && names.contains("Isfara"))
        let apart = incidents(
            "On 5 May 2023 villagers from Ak-Sai stopped a truck on its way to Isfara.\n\nThe incident occurred on the bridge near Kok-Tash."
        )
        #expect(apart.first?.incident.locations.map(\.name) == ["Kök-Tash"], "another paragraph is another account")
    }

    @Test func aCrossingWhereTheDaysFightingWasNotIsAnIncidentOfItsOwn() throws {
        let apart = incidents(
            "Tajik guards opened fire near Kok-Tash on 5 May 2023. Later Tajik guards crossed the line at Samarkandyk.")
        #expect(apart.count == 2)
        let crossing = try #require(apart.first { $0.incident.type == .incursion })
        #expect(crossing.incident.locations.map(\.name) == ["Samarkandyk"])
        #expect(crossing.incident.date.iso == "2023-05-05")
        let same = incidents(
            "Tajik guards opened fire near Kok-Tash on 5 May 2023. Later Tajik guards crossed the line at Kok-Tash.")
        #expect(same.count == 1)
        let held = incidents(
            "Tajik guards opened fire near Kok-Tash on 5 May 2023. They hold the occupied Samarkandyk pastures.")
        #expect(held.count == 1)
    }

    @Test func whatIsToldBeforeAnotherClashIsNotThatClash() throws {
        let text = { (word: String) in
            "Two shots were fired at Kyrgyz guards near Kok-Tash. Talks are planned today.\n\n\(word) clash occurred near Samarkandyk on May 2."
        }
        let found = incidents(text("Another"), published: "2023-05-05")
        let shots = try #require(found.first { $0.incident.locations.map(\.name) == ["Kök-Tash"] })
        #expect(shots.incident.date.iso == "2023-05-05")
        #expect(found.contains { $0.incident.date.iso == "2023-05-02" })
        let same = incidents(text("A"), published: "2023-05-05")
        #expect(same.allSatisfy { $0.incident.date.iso == "2023-05-02" }, "without 'another' it is the dated clash")
    }

    @Test func anArmedConflictIsFightingAndAConflictAloneIsNot() throws {
        let armed = incidents("Tensions erupted into armed conflict near Kok-Tash on 5 May 2023.")
        #expect(armed.first?.incident.type == .armedClash)
        #expect(incidents("The border conflict near Kok-Tash was discussed on 5 May 2023.").isEmpty)
    }

    @Test func aSpeakerAfterItsVerbSpeaksAndThePlaceBeforeItStaysAPlace() throws {
        let found = incidents(
            "Kyrgyz forces shelled houses in the Isfara district of Tajikistan on 5 May 2023 and two civilians were wounded, reports the Press Center of the Border Troops of Tajikistan."
        )
        let incident = try #require(found.first)
        #expect(incident.incident.locations.map(\.name).contains("Isfara District"))
        let claim = try #require(incident.incident.claims.first)
        #expect(claim.claimant.hasPrefix("Press Center") && claim.side == "TJK")
    }

    @Test func aCeasefireIgnoredToOpenFireIsFighting() throws {
        let found = incidents(
            "Kyrgyz forces ignored the declared ceasefire and on 5 May 2023 opened fire on Kok-Tash.")
        let incident = try #require(found.first)
        #expect(incident.incident.type == .armedClash)
        let kept = incidents("The two sides agreed on a ceasefire on 5 May 2023.")
        #expect(kept.first?.incident.type == .ceasefire)
    }

    @Test func aCeasefireAfterButIsItsOwnEvent() throws {
        let found = incidents(
            "Clashes erupted near Kok-Tash on 5 May 2023, but a ceasefire brokered the same day halted the fighting.")
        #expect(Set(found.map(\.incident.type)) == [.armedClash, .ceasefire])
        #expect(found.allSatisfy { $0.incident.date.iso == "2023-05-05" })
    }

    @Test func anotherBorderIncidentThatBeganIsFighting() throws {
        let found = incidents("Another border incident began yesterday near Kok-Tash.", published: "2023-05-06")
        let incident = try #require(found.first)
        #expect(incident.incident.type == .armedClash)
        #expect(incident.incident.date.iso == "2023-05-05")
        #expect(incident.incident.locations.map(\.name) == ["Kök-Tash"])
    }

    /// An accusation the report marks as another event ("meanwhile"), at a place far from the day's incident, is an
    /// incident of its own; unmarked, or at the same place, it is a claim about the day's incident.
    @Test func anAccusationMarkedAsAnotherEventElsewhereIsItsOwnIncident() throws {
        let text = { (second: String) in
            "On 5 May 2023 Tajik forces shelled Kok-Tash, the Kyrgyz ministry said. \(second)"
        }
        let apart = incidents(text("Meanwhile, Tajikistan accused Kyrgyz troops of shelling the village of Vorukh."))
        #expect(apart.count == 2)
        let accused = try #require(apart.first { $0.incident.locations.map(\.name) == ["Vorukh"] })
        #expect(accused.incident.type == .shelling, "the accused shelling, not a statement")
        #expect(accused.incident.date.iso == "2023-05-05")
        #expect(apart.contains { $0.incident.locations.map(\.name) == ["Kök-Tash"] })
        let unmarked = incidents(text("Tajikistan accused Kyrgyz troops of shelling the village of Vorukh."))
        #expect(unmarked.count == 1, "two sides' accounts of one day's fighting")
        let samePlace = incidents(text("Meanwhile, Tajikistan accused Kyrgyz troops of shelling Kok-Tash."))
        #expect(samePlace.count == 1)
        let nextDoor = incidents(text("Meanwhile, Tajikistan accused Kyrgyz troops of shelling Samarkandyk."))
        #expect(nextDoor.count == 2, "5.4 km apart: another village")
    }

    /// "Separately", "also", "in addition" before the event word make another event when it is at a village the
    /// day's incident has not named, even inside the province that incident names; without a new place the
    /// marker adds to the same incident.
    @Test func aMarkedEventAtAnotherVillageIsItsOwnIncident() throws {
        let province = "On 12 July 2020 Azerbaijani troops attacked a post in Tavush province."
        let village = incidents(province + " In addition, their gunners shelled Chinari with mortars.")
        #expect(village.count == 2)
        #expect(village.contains { $0.incident.type == .shelling && $0.incident.locations.map(\.name) == ["Chinari"] })
        let noPlace = incidents(province + " Azerbaijani gunners also shelled the post, the ministry said.")
        #expect(noPlace.count == 1)
        let unmarked = incidents(province + " Their troops opened fire on Chinari.")
        #expect(unmarked.count == 1, "without a marker the village is where the day's fighting reached")
        let marked = incidents(province + " Their troops also opened fire on Chinari.")
        #expect(marked.count == 2)
    }

    /// An attempt to seize ground is an incursion apart from the day's fighting, even where that fighting was, in
    /// either order; the fighting of the attempt itself, told without a time of its own, stays with it.
    @Test func anAttemptToSeizeGroundIsAnIncursionApartFromTheDaysFighting() throws {
        let shots = "On 5 May 2023 at 13:05 Tajik guards opened fire on Kyrgyz guards near Kok-Tash."
        let attempt = "Kyrgyz officials said Tajikistan was attempting to seize pastures near Kok-Tash."
        for text in [shots + " " + attempt, attempt + " " + shots] {
            let found = incidents(text)
            #expect(found.count == 2, "\(text)")
            let seizure = try #require(found.first { $0.incident.type == .incursion })
            #expect(seizure.incident.locations.map(\.name) == ["Kök-Tash"])
            #expect(seizure.incident.date.iso == "2023-05-05")
            #expect(found.contains { $0.incident.type == .armedClash && $0.incident.localTime == "13:05" })
        }
        let seized = incidents("On 5 May 2023 Tajik guards opened fire near Kok-Tash and seized two herders.")
        #expect(seized.count == 1, "a seizure done is no attempt")
        let repelled = incidents(
            "On 5 May 2023 Tajik forces tried to advance near Kok-Tash. One Kyrgyz guard was wounded in the skirmish.")
        #expect(repelled.count == 1)
        #expect(repelled.first?.incident.claims.isEmpty == false, "the skirmish's loss is the attempt's")
    }

    /// The shelling of a village the day's clash has not named is an incident of its own, as ACLED codes shelling
    /// and clashes apart; a village the clash names, or a shelling without a village, stays with it.
    @Test func theShellingOfAVillageTheDaysClashDidNotNameIsItsOwnIncident() throws {
        let clash = "On 5 May 2023 Kyrgyz and Tajik guards clashed near Kok-Tash."
        let apart = incidents(clash + " A woman was killed in Vorukh by shelling, Tajik officials said.")
        #expect(apart.count == 2)
        let shelling = try #require(apart.first { $0.incident.type == .shelling })
        #expect(shelling.incident.locations.map(\.name) == ["Vorukh"])
        #expect(shelling.incident.claims.contains { $0.casualties.contains { $0.figures[.killed]?.low == 1 } })
        #expect(incidents(clash + " A woman was killed in Kok-Tash by shelling.").count == 1)
        #expect(incidents(clash + " A woman was killed by shelling, Tajik officials said.").count == 1)
    }

    /// An appeal to keep the ceasefire is no ceasefire event; a ceasefire agreed is.
    @Test func anAppealToKeepTheCeasefireIsNoCeasefire() throws {
        let appeal = incidents(
            "On 5 May 2023 Tajik forces shelled Kok-Tash. The OSCE urged both sides to abide by the ceasefire.")
        #expect(!appeal.contains { $0.incident.type == .ceasefire })
        #expect(appeal.count == 1)
        let agreed = incidents("On 6 May 2023 the two sides agreed to a ceasefire near Kok-Tash.")
        #expect(agreed.first?.incident.type == .ceasefire)
    }

    /// Two events of one day at two times: the villages the later shelling hit are not where the earlier
    /// infiltration was repelled, which the paragraph does not place.
    @Test func thePlacesOfAnotherEventOfTheDayAreNotThisOnesScene() throws {
        let found = incidents(
            "Overnight on 16 July, at around 03:40, the guards repelled an infiltration attempt. Thereafter, at 05:20, "
                + "the other side started shelling Aygepar and Movses villages with mortars.",
            published: "2020-07-16")
        let shelling = try #require(found.first { $0.incident.type == .shelling })
        let other = try #require(found.first { $0.incident.type != .shelling })
        #expect(shelling.incident.locations.contains { $0.name == "Aygepar" })
        #expect(other.incident.locations.isEmpty)
    }
}
