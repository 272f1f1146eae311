import BorderIncidents
import Testing

@testable import BorderIngest

/// Phrases that tell losses and whose they are: "nobody was hurt", "none of … was injured", "X was not wounded",
/// "no victims among …", "received a gunshot wound", "one of the Tajik citizens", a named victim, a breakdown
/// into civilians and servicemen, a chain of "of"s, the forces that did it; sentences written for the test.
@Suite struct LossPhraseTests {
    func figures(_ text: String) -> [CasualtyClaim] { Shared.casualties(text) }

    func has(_ f: [CasualtyClaim], _ side: String, _ kind: CasualtyKind, _ low: Int) -> Bool {
        Shared.has(f, side, kind, low)
    }

    @Test func nobodyWasHurtIsAZeroOfTheSpeakersSide() {
        let f = figures(
            "Guards fired at a patrol near Isfara on 4 April 2021; nobody was wounded, the Tajik border troops said.")
        #expect(has(f, "TJK", .wounded, 0))
        #expect(!has(f, "TJK", .killed, 0), "only the kind named is a zero")
        let lightly = figures(
            "Guards fired at a patrol near Isfara on 4 April 2021; nobody was seriously wounded, the Tajik border troops said."
        )
        #expect(!has(lightly, "TJK", .wounded, 0), "not seriously wounded is no zero")
    }

    @Test func noneOfTheNamedGroupIsTheirSidesZero() {
        let f = figures(
            "On 4 April 2021 shots were fired near Ak-Sai. None of the Kyrgyz border guards was injured, officials said."
        )
        #expect(has(f, "KGZ", .wounded, 0))
        let evacuated = figures(
            "On 4 April 2021 shots were fired near Ak-Sai. None of the Kyrgyz villagers were evacuated, officials said."
        )
        #expect(!has(evacuated, "KGZ", .wounded, 0) && !has(evacuated, "KGZ", .killed, 0))
    }

    @Test func aSubjectThatWasNotHurtIsAZero() {
        let f = figures("A Tajik farmer was shot at near Vorukh on 4 April 2021. The Tajik farmer was not injured.")
        #expect(has(f, "TJK", .wounded, 0))
        let unknown = figures(
            "A Tajik farmer was shot at near Vorukh on 4 April 2021. It was not known whether anyone was injured.")
        #expect(!has(unknown, "TJK", .wounded, 0) && !has(unknown, "ALL", .wounded, 0))
    }

    @Test func noVictimsAmongAGroupIsItsSidesZero() {
        let f = figures(
            "Guards exchanged fire near Vorukh on 4 April 2021. There are no victims among the border guards of Kyrgyzstan, a spokesman told reporters."
        )
        #expect(has(f, "KGZ", .killed, 0) && has(f, "KGZ", .wounded, 0))
    }

    @Test func receivingAWoundIsOneWounded() {
        let f = figures(
            "Guards exchanged fire near Vorukh on 4 April 2021. One of the Tajik citizens received a gunshot wound.")
        #expect(has(f, "TJK", .wounded, 1))
        let soldier = figures(
            "Guards exchanged fire near Vorukh on 4 April 2021. A Kyrgyz soldier sustained a leg wound.")
        #expect(has(soldier, "KGZ", .wounded, 1))
    }

    @Test func oneVictimNamedWithARankIsOne() {
        let f = figures(
            "Guards exchanged fire near Vorukh on 4 April 2021. The Tajik border troops said private Umed Rahimov was wounded."
        )
        #expect(has(f, "TJK", .wounded, 1))
        let aged = figures(
            "Guards exchanged fire near Vorukh on 4 April 2021. The Tajik border troops said sergeant 24-year-old Ali Nazarov received a gunshot wound."
        )
        #expect(has(aged, "TJK", .wounded, 1))
        let spared = figures(
            "Guards exchanged fire near Vorukh on 4 April 2021. The Tajik border troops said private Umed Rahimov was not wounded."
        )
        #expect(has(spared, "TJK", .wounded, 0) && !has(spared, "TJK", .wounded, 1))
    }

    @Test func aBreakdownIntoCiviliansAndOthersGivesItsParts() {
        let split = figures(
            "Guards exchanged fire near Vorukh on 4 April 2021. The Kyrgyz health ministry said nine people were wounded, of whom five were servicemen and four were civilians."
        )
        #expect(has(split, "KGZ", .wounded, 5) && has(split, "KGZ", .wounded, 4))
        #expect(!has(split, "KGZ", .wounded, 9))
        let unequal = figures(
            "Guards exchanged fire near Vorukh on 4 April 2021. The Kyrgyz health ministry said nine people were wounded, of whom five were servicemen and two were civilians."
        )
        #expect(has(unequal, "KGZ", .wounded, 9), "parts that do not sum to the whole leave it as it is")
    }

    @Test func victimsNamedByAChainOfOfPhrasesAreCounted() {
        let f = figures(
            "Guards exchanged fire near Vorukh on 4 April 2021. Three members of the border troops of Tajikistan were wounded."
        )
        #expect(has(f, "TJK", .wounded, 3))
        #expect(!has(f, "ALL", .wounded, 3))
    }

    @Test func aSidesForcesBeforeTheLossWordAreTheAgents() {
        let f = figures(
            "Guards exchanged fire near Vorukh on 4 April 2021. A rights group said Tajik forces killed three civilians."
        )
        #expect(has(f, "KGZ", .killed, 3))
        #expect(!has(f, "TJK", .killed, 3))
        let victims = figures("Guards exchanged fire near Vorukh on 4 April 2021. Three Tajik soldiers were killed.")
        #expect(has(victims, "TJK", .killed, 3))
    }

    @Test func theVictimsOfOneSidesFireAreTheOtherSides() {
        let f = figures(
            "Guards exchanged fire near Vorukh on 4 April 2021. As a result of the shooting of Tajik border guards, two soldiers were wounded, a local newspaper wrote."
        )
        #expect(has(f, "KGZ", .wounded, 2))
        let by = figures(
            "Guards exchanged fire near Vorukh on 4 April 2021. Two soldiers were wounded by Kyrgyz forces, a local newspaper wrote."
        )
        #expect(has(by, "TJK", .wounded, 2))
    }
}
