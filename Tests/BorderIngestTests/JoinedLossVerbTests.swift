import BorderIncidents
import Testing

@testable import BorderIngest

/// "killed three soldiers and wounded several others": the number after the first loss verb is its own, not that
/// of a verb joined after it with an uncounted object (sentences written for the test).
@Suite struct JoinedLossVerbTests {
    @Test func aJoinedVerbWithItsOwnObjectLeavesTheNumberToTheFirst() {
        let f = Shared.casualties(
            "Tajik shelling near Isfana on 4 April 2021 killed 3 Kyrgyz soldiers and wounded several others.")
        #expect(Shared.has(f, "KGZ", .killed, 3))
        #expect(!Shared.has(f, "KGZ", .wounded, 3))
        let comma = Shared.casualties(
            "Tajik shelling near Isfana on 4 April 2021 killed 3 Kyrgyz soldiers, injured others.")
        #expect(Shared.has(comma, "KGZ", .killed, 3))
        #expect(!Shared.has(comma, "KGZ", .wounded, 3))
    }

    @Test func aPassiveLossWordAfterTheNumberStillCountsIt() {
        let f = Shared.casualties(
            "Tajik shelling near Isfana on 4 April 2021 left two Kyrgyz soldiers missing, 7 Kyrgyz servicemen were wounded."
        )
        #expect(Shared.has(f, "KGZ", .wounded, 7))
    }
}
