import BorderIncidents
import Testing
@testable import BorderIngest

/// "a police officer of X city … was not injured": a victim told by their work at a place is of that place's side.
/// Sentences written for the test.
@Suite struct VictimsWorkPlaceTests {
    @Test func aLossOfSomeoneWorkingAtAPlaceIsOfItsSide() {
        let found = Shared.incidents(
            """
            Car fired at

            At about 4:00 a car of a police officer of Isfara city was fired at from across the border. \
            The officer was not injured.
            """, published: "2021-01-10")
        let sides = found.flatMap(\.incident.claims).flatMap(\.casualties).map(\.side)
        #expect(sides.contains("TJK"))
        #expect(!sides.contains("ALL"))
    }

    @Test func aPlaceAfterWorkWordsIsTheVictims() {
        #expect(ReportIngester.peopleOfAPlace.contains("officer"))
        #expect(!ReportIngester.peopleOfAPlace.contains("residents"), "residents may be the evacuated, not victims")
    }
}
