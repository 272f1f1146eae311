import BorderIncidents
import Testing
@testable import BorderIngest

/// How an incident's date is read, one rule a test, on sentences written for the test (not report text).
@Suite struct DateRuleTests {
    func incidents(_ text: String, published: String? = nil) -> [ProposedIncident] {
        Shared.ingester.ingest(text, published: published.flatMap(Day.init(iso:)), outlet: nil, sourceURL: nil)
            .incidents
    }

    func span(_ p: ProposedIncident?) -> String? { p.map { "\($0.incident.date.start)/\($0.incident.date.end)" } }

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
}
