import BorderIncidents
import Testing
@testable import BorderIngest

/// "Armenia said two of its soldiers were killed and Azerbaijan said one of its soldiers died": "and", a side's
/// speaker and its own verb of saying open a second speaker's clause, with or without a comma. Sentences written
/// for the test.
@Suite struct SecondSpeakerTests {
    func claims(_ sentence: String) -> [Claim] {
        Shared.claims(Shared.afterDatedLead(sentence))
    }

    @Test func eachSpeakerKeepsItsOwnLosses() {
        let found = claims("Armenia said two of its soldiers were killed and Azerbaijan said one of its soldiers died.")
        #expect(found.contains { $0.side == "ARM" && Shared.has($0.casualties, "ARM", .killed, 2) })
        #expect(found.contains { $0.side == "AZE" && Shared.has($0.casualties, "AZE", .killed, 1) })
    }

    @Test func aSecondSpeakerNeedsASideAndAVerb() {
        let sides = Shared.ingester.sides
        func opens(_ s: String, at k: Int) -> Bool {
            ReportIngester.isSecondSpeaker(ReportText(s).sentences[0].tokens.map(\.lower), k, sides: sides)
        }
        #expect(opens("Armenia said two died and Azerbaijan said one died.", at: 4))
        #expect(!opens("Armenia said two died and three were wounded, officials said.", at: 4), "a count is no speaker")
        #expect(!opens("Armenia said two died and the fighting went on, it said.", at: 4), "no side named")
    }
}
