import BorderIncidents
import Testing
@testable import BorderIngest

/// "Later that day", "the next day", "the day before": days counted from the day told before them; sentences
/// written for the test.
@Suite struct SameDayTests {
    func incidents(_ text: String, published: String? = nil) -> [ProposedIncident] {
        Shared.incidents(text, published: published)
    }

    func span(_ p: ProposedIncident?) -> String? { Shared.span(p) }

    /// A ceasefire "later that day" is of the clash's day, not of the report's.
    @Test func laterThatDayIsTheDayToldBefore() throws {
        let found = incidents(
            "Troops exchanged fire near Sotk on Monday.\n\nLater that day, both sides agreed to a ceasefire.",
            published: "2021-05-07")
        let ceasefire = found.first { $0.incident.type == .ceasefire }
        #expect(span(ceasefire) == "2021-05-03/2021-05-03")
    }

    /// "The next day" is the day after the one told before, a fresh incident of its own.
    @Test func theNextDayIsTheDayAfterTheOneToldBefore() throws {
        let found = incidents(
            "Troops exchanged fire near Sotk on Monday.\n\nThe next day, Azerbaijani artillery shelled Verin Shorzha.",
            published: "2021-05-07")
        let shelling = found.first { $0.incident.type == .shelling }
        #expect(span(shelling) == "2021-05-04/2021-05-04")
    }

    /// Without a day earlier in its sentence, "the day before" is the day before the report, not before the day
    /// the previous sentence told.
    @Test func theDayBeforeWithoutADayInItsSentenceIsBeforePublication() throws {
        let found = incidents(
            "Troops exchanged fire near Sotk on Monday.\n\nAs was reported the day before, artillery shelled Goris.",
            published: "2021-05-07")
        let shelling = found.first { $0.incident.type == .shelling }
        #expect(span(shelling) == "2021-05-06/2021-05-06")
    }

    /// "Fighting stopped", "agreed to de-escalate": a ceasefire without the word; a halt told by someone else is not.
    @Test func fightingThatStoppedIsACeasefire() throws {
        #expect(EventTyper.read(["the", "fighting", "stopped", "after", "talks"])?.type == .ceasefire)
        #expect(EventTyper.read(["hostilities", "had", "ceased"])?.type == .ceasefire)
        #expect(EventTyper.read(["both", "sides", "agreed", "to", "de-escalate"])?.type == .ceasefire)
        #expect(EventTyper.read(["police", "stopped", "a", "clash"])?.type == .armedClash)
    }

    /// A date in an aside describing a place ("– which Azerbaijan retook in 2020 –") is not the date of the fighting
    /// the sentence tells; an aside telling fighting of its own keeps its date.
    @Test func aDateInARelativeAsideDatesTheAsideOnly() throws {
        let aside = incidents(
            "Troops clashed near Sotk on Monday.\n\nShooting began along the border in the Kalbajar district – which "
                + "Azerbaijan retook in 2020 – wounding two soldiers.",
            published: "2021-05-07")
        #expect(!aside.contains { span($0) == "2020-01-01/2020-12-31" })
        let event = incidents(
            "Troops clashed near Sotk on Monday.\n\nShooting began near Goris, which was shelled in 2020, wounding "
                + "two soldiers.",
            published: "2021-05-07")
        #expect(event.contains { span($0) == "2020-01-01/2020-12-31" })
    }

    /// A date in a main clause that tells no event ("Last week diplomats visited Jermuk") does not date the shelling
    /// only the relative aside tells ("which was damaged in shelling"); the report's own day does.
    @Test func aDateOutsideTheEventsAsideDoesNotDateIt() throws {
        let found = incidents(
            "Azerbaijani forces attacked Sotk on 13 September 2022.\n\nLast week diplomats visited Jermuk, which was "
                + "badly damaged in shelling.",
            published: "2022-09-29")
        #expect(!found.contains { span($0) == "2022-09-19/2022-09-25" })
        #expect(found.contains { span($0) == "2022-09-13/2022-09-13" })
    }
}
