import BorderIncidents
import Testing

@testable import BorderIngest

/// Where an incident whose event sentences name no place happened: the sentences that set its scene; sentences
/// written for the test.
@Suite struct SceneRuleTests {
    func incidents(_ text: String, published: String?) -> [ProposedIncident] {
        Shared.ingester.ingest(text, published: published.flatMap(Day.init(iso:)), outlet: nil, sourceURL: nil)
            .incidents
    }

    func names(_ p: ProposedIncident?) -> [String] { p?.incident.locations.map(\.name) ?? [] }

    /// A byline's reporters and dateline are set aside, so they place nothing: the toll said on Tuesday still
    /// takes the scene a later sentence gives.
    @Test func aBylinesSetAsideNamesLeaveTheSceneToAttach() throws {
        let found = incidents(
            "By Ivan Petrov and Olga Smirnova DUSHANBE/BISHKEK (Reuters) - Two guards were killed in a shootout, "
                + "officials said on Tuesday. Police said gunfire on Monday evening had killed a guard. The incident, "
                + "near Vorukh, was the latest of many.",
            published: "2014-08-20")
        #expect(found.count == 1)
        #expect(names(found.first).contains("Vorukh"))
        #expect(!names(found.first).contains("Bishkek"))
    }

    /// "The incident, near X, …" names the event again with its place: that is its scene, not every place of the
    /// paragraph (where a summit will be held).
    @Test func theSentenceNamingTheEventAgainIsItsScene() throws {
        let found = incidents(
            "Two guards were killed in a shootout on Monday evening, officials said. The incident, near Vorukh, was "
                + "the latest of many. The leaders will meet at a summit in Dushanbe next month.",
            published: "2014-08-20")
        #expect(found.count == 1)
        #expect(names(found.first).contains("Vorukh"))
        #expect(!names(found.first).contains("Dushanbe"))
        // Without such a sentence, the paragraph's places are the scene, as before.
        let plain = incidents(
            "Two guards were killed in a shootout on Monday evening, officials said. Vorukh lies in a remote "
                + "valley.",
            published: "2014-08-20")
        #expect(names(plain.first).contains("Vorukh"))
    }
}
