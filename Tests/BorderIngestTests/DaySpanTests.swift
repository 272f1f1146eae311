import BorderIncidents
import Testing

@testable import BorderIngest

/// Fighting told over several days is dated by the whole span; sentences written for the test.
@Suite struct DaySpanTests {
    func incidents(_ text: String, published: String? = "2021-05-07") -> [ProposedIncident] {
        Shared.ingester.ingest(text, published: published.flatMap(Day.init(iso:)), outlet: nil, sourceURL: nil)
            .incidents
    }

    func span(_ text: String, published: String? = "2021-05-07") -> String? {
        incidents(text, published: published).first.map { "\($0.incident.date.start)/\($0.incident.date.end)" }
    }

    /// "28-30 April" is the three days, not the month; "12-13 April" stays the night over two days.
    @Test func aRangeOfDaysInAMonthIsTheSpan() throws {
        #expect(span("Clashes near Vorukh on 28-30 April 2021 killed two guards.") == "2021-04-28/2021-04-30")
        #expect(span("Guards fought near Vorukh on April 28-30.") == "2021-04-28/2021-04-30")
        let night = try #require(incidents("Guards fought near Vorukh on 12-13 April 2021.").first)
        #expect(night.incident.date.precision == .day)
        let days = try #require(incidents("Guards fought near Vorukh on 12-15 April 2021.").first)
        #expect(days.incident.date.precision == .period)
    }

    /// "from … to …" and "between … and …" with days and months in either order, across a month's end.
    @Test func fromOneDayToAnotherIsTheSpan() throws {
        #expect(span("Guards fought near Vorukh from 28 April to 1 May 2021.") == "2021-04-28/2021-05-01")
        #expect(span("Guards fought near Vorukh from April 28 to May 1, 2021.") == "2021-04-28/2021-05-01")
        #expect(span("Guards fought near Vorukh between 28 and 30 April 2021.") == "2021-04-28/2021-04-30")
        #expect(span("Guards fought near Vorukh from 3 to 5 May.") == "2021-05-03/2021-05-05")
        // A bare number before "to" without "from" is no day: "2 to 3 shots" dates nothing.
        #expect(span("Guards fired 2 to 3 shots near Vorukh on 4 May 2021.") == "2021-05-04/2021-05-04")
    }

    /// Hours before each day ("from 22:40 on 3 May to 01:15 on 4 May", "from 2310 on May 3 to 0020 on May 4") do
    /// not hide the days: the fire is dated by both, not by the last alone.
    @Test func aSpanFromAnHourOnOneDayToAnHourOnTheNextIsBothDays() throws {
        #expect(
            span("Troops fired at posts near Tovuz from 22:40 on 3 May to 01:15 on 4 May, the ministry said on 4 May.")
                == "2021-05-03/2021-05-04")
        #expect(
            span("On May 4, troops shelled posts near Tovuz from 2310 on May 3 to 0020 on May 4, the ministry said.")
                == "2021-05-03/2021-05-04")
        #expect(
            span("On 4 May, troops fired at posts near Tovuz from 23:50 on 3 May to 00:30 on 4 May.")
                == "2021-05-03/2021-05-04", "the day that ends the night is that night, told twice")
        // Hours of one day alone leave the day as it is.
        #expect(span("On May 4, from 1620 to 2105, troops fired at posts near Tovuz.") == "2021-05-04/2021-05-04")
    }

    /// "shortly after midnight on 3 May" is the hour of 3 May, not of the night before publication.
    @Test func midnightOnADayIsThatDay() throws {
        #expect(
            span("Troops shelled Jermuk shortly after midnight on 3 May, officials said.") == "2021-05-03/2021-05-03")
        #expect(span("Troops shelled Jermuk after midnight on Monday.") == "2021-05-03/2021-05-03")
        #expect(span("Troops shelled Jermuk shortly after midnight, officials said.") != "2021-05-03/2021-05-03")
    }

    /// A later sentence naming the event again and saying it ended a day later ("This escalation, which ended on 4
    /// May") makes it run to that day; an end weeks later is another matter.
    @Test func anEndToldLaterRunsTheEventOn() throws {
        #expect(
            span("Troops shelled Jermuk on 3 May 2021. This escalation, which ended on 4 May, displaced many.")
                == "2021-05-03/2021-05-04")
        #expect(
            span("Troops shelled Jermuk on 3 May 2021. This escalation, which ended on 29 May, displaced many.")
                == "2021-05-03/2021-05-03")
    }

    /// "from Wednesday to Friday" spans the days between; "on Monday and Thursday" stays two days apart.
    @Test func fromOneWeekdayToAnotherIsTheSpan() throws {
        #expect(
            span("Fighting near Vorukh went on from Wednesday to Friday, killing two guards.")
                == "2021-05-05/2021-05-07")
        #expect(span("Fighting near Vorukh went on between Monday and Wednesday.") == "2021-05-03/2021-05-05")
        #expect(span("Guards fought near Vorukh on Monday and Thursday.") == "2021-05-03/2021-05-03")
    }

    /// "two days of fighting that began on 28 April" runs from that day; "for three days until 30 April" ends on
    /// it; "two days after" is a distance, not a duration. Fighting of a few days is a clash, not a war.
    @Test func aDurationWithItsDayIsTheSpan() throws {
        let two = try #require(
            incidents("Two days of fighting near Vorukh that began on 28 April 2021 killed two guards.").first)
        #expect("\(two.incident.date.start)/\(two.incident.date.end)" == "2021-04-28/2021-04-29")
        #expect(two.incident.type == .armedClash)
        #expect(!two.featureIDs.isEmpty, "a clash keeps its village, a war would keep only areas")
        #expect(span("Guards fought near Vorukh for three days until 30 April 2021.") == "2021-04-28/2021-04-30")
        #expect(span("Guards fought near Vorukh on 28 April 2021, two days after talks.") == "2021-04-28/2021-04-28")
    }
}
