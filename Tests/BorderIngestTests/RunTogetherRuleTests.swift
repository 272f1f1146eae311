import BorderGeodata
import BorderIncidents
import Testing
@testable import BorderIngest

/// Reports as pages give them: full stops without a space after them, and events whose place is told only by the
/// sentence that sets the scene. Sentences written for the tests.
@Suite struct RunTogetherRuleTests {
    func incidents(_ text: String, published: String? = nil) -> [ProposedIncident] {
        Shared.ingester.ingest(text, published: published.flatMap(Day.init(iso:)), outlet: nil, sourceURL: nil)
            .incidents
    }

    /// A full stop run into a capitalised word ends the sentence after a lower-case word, not after an
    /// abbreviation ("Mr.Smith") or an initial ("J.Doe").
    @Test func aFullStopRunIntoACapitalEndsTheSentence() {
        let sentences = ReportText("Guards saw a truck near the post.The driver fled. Mr.Smith and J.Doe spoke later.")
            .sentences.map(\.text)
        #expect(
            sentences == ["Guards saw a truck near the post.", "The driver fled.", "Mr.Smith and J.Doe spoke later."])
    }

    /// An undated shot whose paragraph names the place is an incident there, and so is one told in a paragraph of
    /// its own after it; with no place in the report, it is none.
    @Test func anUndatedEventTakesThePlaceItsParagraphSets() throws {
        let scene = "Kyrgyz guards met herders grazing cattle near the village of Kok-Tash."
        let shot = "One of the herders fired two shots at the guards."
        let placed = incidents(scene + " " + shot, published: "2024-05-07")
        let incident = try #require(placed.first)
        #expect(placed.count == 1 && incident.incident.type == .armedClash)
        #expect(incident.featureIDs == ["supplement:kok-tash"])
        // Told in a paragraph of its own, the report's lead event still takes the place of the first paragraph
        // that names one (`DatelessReportSceneTests`); with no place anywhere, it is none.
        let apart = try #require(incidents(scene + "\n\n" + shot, published: "2024-05-07").first)
        #expect(apart.featureIDs == ["supplement:kok-tash"])
        let unplaced = "Kyrgyz guards met herders grazing cattle on the pasture."
        #expect(incidents(unplaced + "\n\n" + shot, published: "2024-05-07").isEmpty)
    }
}

/// Texts hard-wrapped at a fixed width, as wire copy and plain-text pages come.
@Suite struct WrappedLineRuleTests {
    /// Short lines that stop mid-sentence are one running text: a sentence goes on across the breaks and ends at
    /// its full stop; where a line runs longer than a wrapped text's, every break still ends a sentence.
    @Test func aBreakThatOnlyWrapsALineIsASpace() {
        let wrapped = """
            The two delegations met in the town of Batken on
            2 October 2023 and signed a protocol on the line
            that runs through the valley. Their working groups
            agreed on a further section of the border after
            six days of talks, the commission said on its
            site. The next meeting will be held in Dushanbe.
            """
        let sentences = ReportText(wrapped).sentences
        #expect(sentences.count == 3)
        #expect(sentences.first?.text.hasSuffix("the line that runs through the valley.") == true)
        #expect(sentences.map(\.paragraph) == [0, 0, 0])
        let long = String(repeating: "The guards of both sides watched the road ", count: 3) + "all"
        let unwrapped = ([long] + ["night", "long", "and", "saw", "nothing."]).joined(separator: "\n")
        #expect(ReportText(unwrapped).sentences.count == 6)
    }
}

/// An accord signed in a sentence without a date of its own.
@Suite struct UndatedSigningRuleTests {
    /// The signing takes the date of the sentence of its paragraph that sets it; a sentence that signs nothing
    /// there is no incident.
    @Test func aSigningTakesTheDateOfTheSentenceSettingIt() throws {
        let found = Shared.ingester.ingest(
            "On 2 October 2023 the two delegations met in Batken. At the end a protocol was signed.",
            published: Day(iso: "2023-10-13"), outlet: nil, sourceURL: nil
        ).incidents
        let signing = try #require(found.first)
        #expect(found.count == 1 && signing.incident.type == .statement)
        #expect(
            signing.incident.date.start == Day(iso: "2023-10-02")
                && signing.incident.date.end == signing.incident.date.start)
        let met = Shared.ingester.ingest(
            "On 2 October 2023 the two delegations met in Batken. At the end they went home.",
            published: Day(iso: "2023-10-13"), outlet: nil, sourceURL: nil)
        #expect(met.incidents.isEmpty)
    }
}

/// The head of a page: lines before the body's first full sentence.
@Suite struct PageHeadRuleTests {
    /// A headline under a section line restates the lead: nothing is read from it, however far down the head it
    /// stands; the body's sentences are read.
    @Test func aHeadlineBelowTheFirstLineIsNotRead() throws {
        let text = """
            World news

            Guards exchange fire at the border, three wounded

            On 3 May 2023 Kyrgyz and Tajik guards exchanged fire near the village of Kok-Tash, the border service \
            said. Two guards were wounded.
            """
        let found = Shared.ingester.ingest(text, published: nil, outlet: nil, sourceURL: nil).incidents
        let incident = try #require(found.first)
        #expect(found.count == 1)
        #expect(incident.evidence.allSatisfy { $0.sentence >= 2 })
        #expect(incident.incident.claims.flatMap(\.casualties).compactMap { $0.figures[.wounded]?.low } == [2])
    }

    /// A body sentence that a line break cuts after a comma is no head line, though it comes before the first
    /// sentence that closes.
    @Test func aBodyLineCutAfterACommaIsRead() throws {
        let text = """
            Border report

            Kyrgyz and Tajik guards exchanged fire near the village of Kok-Tash on 3 May 2023,
            wounding two. The border service of Kyrgyzstan said so in a statement.
            """
        let found = Shared.ingester.ingest(text, published: nil, outlet: nil, sourceURL: nil).incidents
        #expect(found.count == 1 && found.first?.featureIDs == ["supplement:kok-tash"])
    }
}

/// A ceasefire wished for is not one reached.
@Suite struct CeasefireAppealRuleTests {
    func types(_ text: String) -> [EventType] {
        Shared.ingester.ingest(text, published: Day(iso: "2022-09-18"), outlet: nil, sourceURL: nil).incidents.map(
            \.incident.type)
    }

    /// An appeal for a lasting ceasefire tells no ceasefire; the same sides agreeing one does.
    @Test func anAppealForALastingCeasefireIsNoCeasefire() {
        #expect(
            !types("On 17 September 2022 the UN chief called on both sides to work for a lasting ceasefire.")
                .contains(.ceasefire))
        #expect(types("On 16 September 2022 both sides agreed to a lasting ceasefire.").contains(.ceasefire))
    }
}
