import BorderIncidents
import Testing
@testable import BorderIngest

/// Victims a sentence refers back to or names in passing, on sentences written for the tests.
@Suite struct VictimReferenceTests {
    /// "another" is one more of the victims just counted, whatever side fires later in the sentence.
    @Test func anotherIsOfTheSideJustCounted() {
        let f = Shared.casualties(
            "On 3 May 2021 one Kyrgyz guard was killed and another was wounded after Tajik troops fired at Kyrgyz posts."
        )
        #expect(Shared.has(f, "KGZ", .wounded, 1))
        #expect(!Shared.has(f, "TJK", .wounded, 1))
    }

    /// "the serviceman of the army, A B, was wounded": a name set off by commas is the one victim, not a second.
    @Test func aNameInCommasAfterTheVictimIsTheSameOne() {
        let f = Shared.casualties(
            "On 3 May 2021, the serviceman of the Azerbaijani army, Elvin Aliyev, was wounded near Tovuz.")
        #expect(Shared.has(f, "AZE", .wounded, 1))
    }

    /// "private Aman Abdilakim uulu was wounded": a lower-case patronymic ("uulu", "oglu") is part of the name.
    @Test func aPatronymicIsPartOfTheVictimsName() {
        let f = Shared.casualties("On 3 May 2021, private Aman Abdilakim uulu was wounded near Batken.")
        #expect(f.contains { $0.figures[.wounded]?.low == 1 })
        let g = Shared.casualties("On 3 May 2021, soldier Elvin Ramiz Nazir oglu was injured near Zangilan.")
        #expect(g.contains { $0.figures[.wounded]?.low == 1 })
    }

    /// "five soldiers from both sides": a figure of both sides, whichever side's authorities announce it.
    @Test func aFigureFromBothSidesIsOfBoth() {
        let f = Shared.casualties(
            "A shootout on 3 May 2021 resulted in the death of five soldiers from both sides, the Azerbaijani authorities said."
        )
        #expect(Shared.has(f, "ALL", .killed, 5))
        #expect(!Shared.has(f, "AZE", .killed, 5))
    }

    /// "the number of <side> servicemen killed to N": a tally raised "to" a figure names the victims, not
    /// killers whose opponent lost them.
    @Test func aTallyRaisedToAFigureIsOfTheSideNamedBeforeIt() {
        let f = Shared.casualties(
            "On 3 May 2021 this took the number of Azerbaijani servicemen killed to six, officials added.")
        #expect(Shared.has(f, "AZE", .killed, 6))
        #expect(!Shared.has(f, "ARM", .killed, 6))
    }
}
