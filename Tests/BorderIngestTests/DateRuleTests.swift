import BorderIncidents
import Testing
@testable import BorderIngest

/// How an incident's date is read, one rule a test, on sentences written for the test (not report text).
@Suite struct DateRuleTests {
    func incidents(_ text: String, published: String? = nil) -> [ProposedIncident] {
        Shared.incidents(text, published: published)
    }

    func span(_ p: ProposedIncident?) -> String? { Shared.span(p) }

    /// Two weekdays running are one stretch of both days; two days apart make no stretch.
    @Test func twoDaysRunningAreOneStretchOfBoth() throws {
        let running = incidents(
            "Two soldiers were killed in clashes involving tanks and artillery near Sotk on Sunday and Monday, Armenia said.",
            published: "2021-11-16")
        #expect(running.count == 1)
        #expect(span(running.first) == "2021-11-14/2021-11-15")
        #expect(running.first?.incident.type == .armedClash)
        let apart = incidents(
            "Azerbaijani forces shelled Sotk on Sunday and Wednesday, Armenia said.", published: "2021-11-19")
        #expect(span(apart.first) == "2021-11-14/2021-11-14", "days apart are no stretch")
    }

    @Test func sinceADayIsTheStretchFromThatDayToPublication() throws {
        let found = incidents(
            "Azerbaijani forces have shelled the town of Chinari with mortars since July 12, Armenia said.",
            published: "2020-07-16")
        let shelling = try #require(found.first)
        #expect(span(shelling) == "2020-07-12/2020-07-16")
        #expect(shelling.incident.date.precision == .period)
    }

    @Test func sinceAMonthWhenAnEventHappenedIsThatMonth() throws {
        let anchored = incidents(
            "Tensions have grown since May, when Azerbaijani troops crossed into Syunik, Armenia said.",
            published: "2021-11-16")
        #expect(span(anchored.first { $0.incident.type == .incursion }) == "2021-05-01/2021-05-31")
        // Without the event it names, "since May" runs to publication.
        let running = incidents(
            "Azerbaijani troops have crossed into Syunik several times since May, Armenia said.",
            published: "2021-11-16")
        #expect(span(running.first { $0.incident.type == .incursion }) == "2021-05-01/2021-11-16")
    }

    /// A war recalled with its decade is an incident of that decade, apart from the report's own fighting.
    @Test func aWarRecalledWithItsDecadeIsAnIncidentOfThatDecade() throws {
        let found = incidents(
            "Azerbaijani forces shelled Berd on Tuesday, Armenia said. Separatists took the region in a 1990s war.",
            published: "2020-07-15")
        let war = try #require(found.first { $0.incident.type == .war })
        #expect(span(war) == "1990-01-01/1999-12-31")
        #expect(war.incident.date.precision == .period)
        let shelling = try #require(found.first { $0.incident.type == .shelling })
        #expect(span(shelling) == "2020-07-14/2020-07-14", "the recalled decade does not date the report's event")
        // A decade without an event word governing it is background, no incident.
        let background = incidents(
            "The two states left the Soviet Union in the early 1990s. Azerbaijani forces shelled Berd on Tuesday.",
            published: "2020-07-15")
        #expect(background.count == 1)
        #expect(span(background.first) == "2020-07-14/2020-07-14")
        // "since the 1990s" is a standing state, no date of any event.
        let standing = incidents(
            "Separatists have held the hills since the 1990s, before Russia brokered a ceasefire in November 2020.",
            published: "2021-07-14")
        #expect(span(standing.first { $0.incident.type == .ceasefire }) == "2020-11-01/2020-11-30")
        #expect(!standing.contains { $0.incident.date.start.description.hasPrefix("199") })
    }

    /// "the early 1990s" is the decade's first half, "the late 1990s" its second half; the bare decade stays whole.
    @Test func anEarlyOrLateDecadeIsThatHalf() throws {
        func warSpan(_ recap: String) -> String? {
            let found = incidents(recap + " Azerbaijani forces shelled Berd on Tuesday.", published: "2020-07-15")
            return span(found.first { $0.incident.type == EventType.war })
        }
        #expect(warSpan("They fought a war in the early 1990s.") == "1990-01-01/1994-12-31")
        #expect(warSpan("They fought a war in the late 1990s.") == "1995-01-01/1999-12-31")
        #expect(warSpan("They fought a war in the 1990s.") == "1990-01-01/1999-12-31")
    }

    /// A war recalled between two years is one incident over both, not two years apart.
    @Test func aWarBetweenTwoYearsIsOnePeriodOverBoth() throws {
        for recap in ["They fought a war between 1988 and 1994.", "They fought the 1988-1994 war."] {
            let found = incidents(recap + " Azerbaijani forces shelled Berd on Tuesday.", published: "2020-07-15")
            #expect(found.filter { $0.incident.type == .war }.map(span) == ["1988-01-01/1994-12-31"], "\(recap)")
            #expect(span(found.first { $0.incident.type == .shelling }) == "2020-07-14/2020-07-14")
        }
    }

    @Test func aDatedSentenceWithoutAnEventDatesWhatItsParagraphTellsNext() throws {
        let found = incidents(
            """
            On July 14 Azerbaijani forces shelled Berd with a drone.

            On July 16, at around 03:40, Armenian units noticed movement. After a hot battle the intruders were pushed back.
            """, published: "2020-07-16")
        #expect(Set(found.map { $0.incident.date.iso }) == ["2020-07-14", "2020-07-16"])
        let battle = try #require(found.first { $0.incident.date.iso == "2020-07-16" })
        #expect(battle.incident.type == .armedClash)
    }

    @Test func theTimeOfTheSentenceThatSetsTheDateSeparatesTheEventsOfThatDay() throws {
        let found = incidents(
            """
            On July 16, at around 03:40, Armenian units noticed movement. After a hot battle the intruders were pushed back. Then, at 05:20, Azerbaijani forces shelled Aygepar.
            """, published: "2020-07-16")
        #expect(found.count == 2)
        #expect(Set(found.map(\.incident.type)) == [.armedClash, .shelling])
        #expect(found.allSatisfy { $0.incident.date.iso == "2020-07-16" })
    }

    @Test func aDateStampOpeningTheTextIsNotTheEventsDate() throws {
        let found = incidents(
            "Date 2022-09-16 BISHKEK — Tajik guards shelled a Kyrgyz post near Batken on Wednesday, the border service said.",
            published: "2022-09-16")
        #expect(found.map { $0.incident.date.iso } == ["2022-09-14"])
        // The same date written as the event's is the event's.
        let stated = incidents(
            "Tajik guards shelled a Kyrgyz post near Batken on 2022-09-16, the border service said.",
            published: "2022-09-20")
        #expect(found.count == 1 && stated.map { $0.incident.date.iso } == ["2022-09-16"])
    }

    @Test func aDatelineAfterTheDateStampIsTheReportsToo() throws {
        let found = incidents(
            """
            Date 2020-07-16 YEREVAN, JULY 16, ARMENPRESS. Azerbaijani forces shelled Berd, the ministry said. On July 14 they shelled Chinari.
            """, published: "2020-07-16")
        #expect(!found.contains { $0.datePhrase == "JULY 16" }, "the dateline dates no event")
        #expect(found.map { $0.incident.date.iso } == ["2020-07-14"])
        // A date after the stamp that is not a dateline (no place in capitals before it) is still an event's.
        let told = incidents(
            "Date 2020-07-16 Azerbaijani forces shelled Berd on July 15, the ministry said.", published: "2020-07-16")
        #expect(told.map { $0.incident.date.iso } == ["2020-07-15"])
    }

    /// "September to November": one period over the months between, not the first month alone.
    @Test func aRangeOfMonthsIsOnePeriodOverAllOfThem() throws {
        let recalled = incidents(
            "In six weeks of fighting last September to November, Azerbaijani troops took back the districts.",
            published: "2021-07-14")
        #expect(recalled.map(span) == ["2020-09-01/2020-11-30"])
        #expect(recalled.first?.incident.date.precision == .period)
        // A ceasefire told after the range ends the fighting in its last month.
        let ended = incidents(
            "In six weeks of fighting last September to November, Azerbaijani troops took back the districts, before Russia brokered a ceasefire.",
            published: "2021-07-14")
        #expect(ended.map(span) == ["2020-09-01/2020-11-30", "2020-11-01/2020-11-30"])
        #expect(ended.last?.incident.type == .ceasefire)
        let stated = incidents(
            "Azerbaijani forces shelled Berd from November to February 2021, Armenia said.", published: "2021-07-14")
        #expect(stated.map(span) == ["2020-11-01/2021-02-28"], "the range runs over the new year")
        // One month alone is that month.
        let single = incidents(
            "Azerbaijani forces shelled Berd in November 2020, Armenia said.", published: "2021-07-14")
        #expect(single.map(span) == ["2020-11-01/2020-11-30"])
    }

    /// "the autumn of 2020" is its three months; "fall" as a verb is no season.
    @Test func aSeasonWithItsYearIsThatSeasonsMonths() throws {
        let found = incidents(
            "Six weeks of fighting in the autumn of 2020 killed thousands. Azerbaijani forces shelled Berd on Tuesday.",
            published: "2022-09-14")
        #expect(Set(found.map(span)) == ["2020-09-01/2020-11-30", "2022-09-13/2022-09-13"])
        let summer = incidents("Border guards clashed near Sotk in summer 2021, Armenia said.", published: "2022-09-14")
        #expect(summer.map(span) == ["2021-06-01/2021-08-31"])
        let verb = incidents("Shells continued to fall on Berd in 2021, Armenia said.", published: "2022-09-14")
        #expect(verb.map(span) == ["2021-01-01/2021-12-31"])
    }

    /// The date of an accord's signing does not date the fighting a report tells without a date of its own.
    @Test func aSigningsDateIsNotTheLeadOfTheFighting() throws {
        let found = incidents(
            """
            Azerbaijan is committed to the statement signed on November 10, 2020, by the three leaders.

            The clashes near Kalbajar killed 50 soldiers, the ministry said.
            """)
        let clash = try #require(found.first { $0.incident.type == .armedClash })
        #expect(!clash.dateResolved, "no date of its own and no publication date")
        // Dated by the report, the same fighting takes the report's date.
        let dated = incidents(
            """
            Azerbaijan is committed to the statement signed on November 10, 2020, by the three leaders.

            The clashes near Kalbajar on Tuesday killed 50 soldiers, the ministry said.
            """, published: "2022-09-14")
        #expect(dated.first { $0.incident.type == .armedClash }.map(span) == "2022-09-13/2022-09-13")
    }

    /// A report without a publication date that quotes signed posts is taken to be of the latest post's day.
    @Test func theLatestSignedPostDatesAReportWithoutAPublicationDate() throws {
        let told = "Azerbaijani forces shelled Sotk on July 28, Armenia said. The war last year killed thousands."
        let quoting = Shared.ingester.ingest(
            told + "\n— A Spokesperson (@spokesperson) July 28, 2021\nPosted by An Embassy on Tuesday, July 20, 2021\n",
            published: nil, outlet: nil, sourceURL: nil)
        #expect(quoting.published?.description == "2021-07-28")
        #expect(Set(quoting.incidents.map(span)) == ["2021-07-28/2021-07-28", "2020-01-01/2020-12-31"])
        // Without the posts nothing gives the year.
        let bare = incidents(told)
        #expect(!bare.isEmpty && bare.allSatisfy { !$0.dateResolved })
        // A date inside the text, not signing a post, is no publication date.
        let stated = Shared.ingester.ingest(
            told + "\nThe ministry said so on July 29, 2021.\n", published: nil, outlet: nil, sourceURL: nil)
        #expect(stated.published == nil)
    }
}
