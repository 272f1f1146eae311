import Foundation
import Testing

@testable import BorderGeodata

/// The manifests' side words: how they are checked when read, and what
/// `SideWords` makes of them for the installed packs.
@Suite struct SideWordsTests {
    static let sides = SideWords(theatres: (try? TheatrePack.all(in: SharedGeodata.directory).map(\.manifest)) ?? [])

    /// A one-side-pair manifest with `side` as the first side's JSON, written to a temporary file.
    func manifestFile(firstSide side: String) throws -> URL {
        let text = """
            {"id": "xa-xb", "title": "t", "countries": ["XAA", "XBB"], "neighbours": [], "positive_side": "XAA",
             "sides": [\(side),
              {"code": "XBB", "name": "Bland", "names": ["bland"], "adjectives": ["Blandish"], "speakers": [],
               "acled_actors": [], "ucdp_actors": []}],
             "sources": []}
            """
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-\(UUID().uuidString).json")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func aManifestWithoutAdjectivesIsRefusedNamingTheFileAndTheField() throws {
        let url = try manifestFile(
            firstSide:
                #"{"code": "XAA", "name": "Aland", "names": ["aland"], "speakers": [], "acled_actors": [], "ucdp_actors": []}"#
        )
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            _ = try TheatreManifest.read(contentsOf: url)
        } throws: { error in
            "\(error)".contains(url.path) && "\(error)".contains("adjectives")
        }
    }

    @Test func badSideFieldsAreRefusedNamingTheSide() throws {
        for (field, side) in [
            ("adjectives", #""adjectives": []"#), ("gwno", #""adjectives": ["A"], "gwno": -4"#),
            ("leader", #""adjectives": ["A"], "leaders": [{"name": "", "role": "president"}]"#),
            ("acled_actors", #""adjectives": ["A"], "acled_actors": [" "]"#),
        ] {
            let json =
                side.contains("acled_actors")
                ? side + #", "ucdp_actors": []"# : side + #", "acled_actors": [], "ucdp_actors": []"#
            let url = try manifestFile(
                firstSide: #"{"code": "XAA", "name": "Aland", "names": ["aland"], "speakers": [], "# + json + "}")
            defer { try? FileManager.default.removeItem(at: url) }
            #expect {
                _ = try TheatreManifest.read(contentsOf: url)
            } throws: { error in
                "\(error)".contains(url.path) && "\(error)".contains("side XAA") && "\(error)".contains(field)
            }
        }
    }

    @Test func wordsNameOneSideAndACompoundNamesBoth() {
        let s = Self.sides
        #expect(s.side(of: ["two", "kyrgyz", "guards"]) == "KGZ")
        #expect(s.side(of: ["the", "tajik", "side"]) == "TJK")
        #expect(s.side(of: ["on", "the", "kyrgyz-tajik", "border"]) == nil)
        #expect(s.sides(namedBy: "kyrgyz-tajik") == ["KGZ", "TJK"])
        // A breakaway's forces are named over the state that backs them.
        #expect(s.side(of: ["armenian-backed", "karabakh", "forces"]) == "NK")
        #expect(s.state(of: ["armenian-backed", "karabakh", "forces"]) == "ARM")
        #expect(s.leader("aliyev’s")?.role == "president")
    }

    @Test func theOtherSideIsTheOtherCountryOfTheLine() {
        let s = Self.sides
        #expect(s.opponent(of: "KGZ") == "TJK")
        #expect(s.opponent(of: "AZE") == "ARM")
        #expect(s.opponent(of: "UZB") == nil, "a neighbour of the line has no fixed opponent")
        #expect(s.opponent(of: "NK") == nil)
    }

    @Test func datasetActorsAreReadAsSides() {
        let s = Self.sides
        #expect(s.side(ofActor: "Government of Tajikistan") == "TJK")
        #expect(s.side(ofActor: "Military Forces of Armenia (2018-)") == "ARM")
        #expect(s.side(ofActor: "Military Forces of Nagorno-Karabakh (1991-2023)") == "NK")
        #expect(s.side(ofActor: "Rioters (International)") == nil)
        #expect(s.theatre(sides: ["third"], country: "TJK")?.id == "kg-tj")
    }
}
