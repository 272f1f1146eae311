import BorderIncidents
import Testing
@testable import BorderIngest

/// A day attached to a speech verb dates the statement, not the events it reports; sentences written for the test.
@Suite struct StatementDayTests {
    func incidents(_ text: String, published: String? = nil) -> [ProposedIncident] {
        Shared.incidents(text, published: published)
    }

    func span(_ p: ProposedIncident?) -> String? { Shared.span(p) }

    func killed(_ p: ProposedIncident?) -> [Int] {
        (p?.incident.claims ?? []).flatMap(\.casualties).compactMap { $0.figures[.killed]?.low }
    }

    /// The toll a ministry gave on Sunday is the toll of the fighting told with its own day, not a Sunday clash.
    @Test func aTollSaidOnADayJoinsTheFightingItCounts() throws {
        let found = incidents(
            "Fighting broke out near Batken on Wednesday. The health ministry said on Sunday that 36 people had been "
                + "killed in the fighting.",
            published: "2022-09-18")
        let fighting = found.filter { $0.incident.type != .statement }
        #expect(fighting.count == 1)
        #expect(span(fighting.first) == "2022-09-14/2022-09-14")
        #expect(killed(fighting.first).contains(36))
    }

    /// A toll said on Sunday keeps its day when the report's other fighting is dated only by a month or a year: no
    /// such stretch is the day it counts.
    @Test func aTollSaidOnADayKeepsItWhenOtherFightingHasOnlyAMonth() throws {
        let found = incidents(
            "The defence ministry said on Sunday that a soldier had been killed by a sniper near Sotk. At least five "
                + "soldiers were killed in clashes earlier in April.",
            published: "2023-04-23")
        let toll = try #require(found.first { killed($0).contains(1) })
        #expect(span(toll) == "2023-04-23/2023-04-23")
    }

    /// "on Thursday said", "said early Saturday": the verb on either side of the day.
    @Test func theDayBeforeOrAfterTheVerbIsTheStatements() throws {
        let before = incidents(
            "Guards exchanged fire near Vorukh on Monday. Tajikistan on Thursday said two of its guards died in the "
                + "clash.",
            published: "2021-05-07")
        let clash = before.filter { $0.incident.type != .statement }
        #expect(clash.count == 1)
        #expect(span(clash.first) == "2021-05-03/2021-05-03")
        let after = incidents(
            "Gunfire near Vorukh on Monday evening killed a guard, officials said early Tuesday.",
            published: "2021-05-07")
        #expect(after.count == 1)
        #expect(span(after.first) == "2021-05-03/2021-05-03")
    }

    /// Where the report dates nothing else, the day of the statement is the best date it gives.
    @Test func theStatementsDayDatesWhatNothingElseDates() throws {
        let found = incidents(
            "Kyrgyzstan said on Tuesday that two guards were wounded by gunfire near Batken.", published: "2021-05-07")
        #expect(found.count == 1)
        #expect(span(found.first) == "2021-05-04/2021-05-04")
    }

    /// A toll said on Tuesday, then the same losses told with the evening they happened: one incident, that evening's.
    @Test func aTollSaidOnADayTakesTheDayALaterSentenceGivesIt() throws {
        let found = incidents(
            "Two guards were killed in a shootout near Vorukh, the bloodiest clash so far this year, officials said on "
                + "Tuesday. Police said gunfire on Monday evening had killed a guard.",
            published: "2014-08-20")
        #expect(found.count == 1)
        #expect(span(found.first) == "2014-08-18/2014-08-18")
    }

    /// "Shooting was reported on Tuesday": a passive report dates when the event was seen.
    @Test func aPassiveReportDatesTheEvent() throws {
        let found = incidents(
            "Guards exchanged fire near Vorukh on Monday. Shooting near Batken was reported on Tuesday.",
            published: "2021-05-07")
        #expect(Set(found.map { span($0) ?? "" }) == ["2021-05-03/2021-05-03", "2021-05-04/2021-05-04"])
    }

    /// A release of Monday calling for the fighting to stop is no Monday clash; fighting it tells with a place
    /// keeps the statement's day where nothing else dates it.
    @Test func anAppealToStopTheFightingIsNoFightingOfItsDay() throws {
        let appeal = incidents(
            "Troops clashed near Sotk on Saturday.\n\nA foreign ministry release on Monday called on both sides to "
                + "stop the fighting.",
            published: "2021-05-07")
        #expect(appeal.count == 1)
        #expect(span(appeal.first) == "2021-05-01/2021-05-01")
        #expect(EventTyper.read(["they", "urged", "an", "end", "to", "the", "clashes"])?.type == .statement)
        let told = incidents(
            "Armenia said on Tuesday that Azerbaijani forces shelled Sotk.\n\nLast week a soldier was killed near Goris.",
            published: "2021-07-28")
        #expect(told.contains { $0.incident.type == .shelling && span($0) == "2021-07-27/2021-07-27" })
    }

    /// "Heavy fighting is continuing in X": fighting told going on, with no day of its own, is of publication day;
    /// fighting told in the past without a day is not.
    @Test func fightingToldGoingOnIsOfThePublicationDay() throws {
        let going = incidents(
            "Troops clashed near Sotk on Saturday.\n\nArmenia says heavy fighting is continuing near Goris.",
            published: "2021-05-07")
        #expect(going.contains { span($0) == "2021-05-07/2021-05-07" })
        let past = incidents(
            "Troops clashed near Sotk on Saturday.\n\nArmenia says heavy fighting took place near Goris.",
            published: "2021-05-07")
        #expect(!past.contains { span($0) == "2021-05-07/2021-05-07" })
    }
}
