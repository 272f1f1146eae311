import BorderIncidents
import Testing
@testable import BorderIngest

/// A birth date dates a person, never an event (sentences written for the test).
@Suite struct BirthDateTests {
    @Test func aVictimsBirthYearDatesNoIncident() throws {
        let found = Shared.incidents(
            "Guards shelled a yard near Isfara on 28 January 2022. The man killed, born in 1986, was a driver.")
        #expect(!found.contains { $0.incident.date.start.year == 1986 })
        let shelling = try #require(found.first { $0.incident.type == .shelling })
        #expect(Shared.span(shelling) == "2022-01-28/2022-01-28")
    }

    @Test func theWordBornMustStandJustBeforeTheDate() {
        let w = ["a", "man", "born", "in", "1986"]
        let m = DateReader.Mention(
            date: nil, phrase: "in 1986", start: 0, end: 0, firstToken: 3, lastToken: 4, confidence: 0.6,
            isOpenPeriod: false)
        #expect(DateReader.isBirthDate(w, m))
        let later = ["born", "there", "he", "died", "in", "1986"]
        let n = DateReader.Mention(
            date: nil, phrase: "in 1986", start: 0, end: 0, firstToken: 4, lastToken: 5, confidence: 0.6,
            isOpenPeriod: false)
        #expect(!DateReader.isBirthDate(later, n))
    }
}
