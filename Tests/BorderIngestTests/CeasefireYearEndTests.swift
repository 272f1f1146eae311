import BorderIncidents
import Testing
@testable import BorderIngest

/// A conflict told as beginning in a year runs until the ceasefire of a later year the report names; without such a
/// ceasefire it keeps the year it began (sentences written for the test).
@Suite struct CeasefireYearEndTests {
    func dates(_ text: String) -> [String] { Shared.spans(Shared.afterDatedLead(text), published: "2022-09-17") }

    @Test func theConflictRunsToTheLaterCeasefire() {
        let read = dates(
            "The dispute began in 1991 when troops occupied the valley and the ensuing war displaced thousands. "
                + "The 1993 ceasefire was followed by talks.")
        #expect(read.contains("1991-01-01/1993-12-31"))
        #expect(read.contains("1993-01-01/1993-12-31"))
        #expect(!read.contains("1991-01-01/1991-12-31"))
    }

    @Test func theBeginningToldASentenceBeforeTheWarCounts() {
        let read = dates(
            "The dispute began in 1991 when both states claimed the valley. In the ensuing war troops occupied it. "
                + "The 1993 ceasefire was followed by talks.")
        #expect(read.contains("1991-01-01/1993-12-31"))
    }

    @Test func withoutACeasefireTheYearStays() {
        let read = dates(
            "The dispute began in 1991 when troops occupied the valley and the ensuing war displaced thousands.")
        #expect(read.contains("1991-01-01/1991-12-31"))
    }

    @Test func aYearNotToldAsABeginningStays() {
        let read = dates(
            "Troops occupied the valley in 1991 and the war displaced thousands. A 1993 ceasefire froze the front.")
        #expect(!read.contains("1991-01-01/1993-12-31"))
    }
}
