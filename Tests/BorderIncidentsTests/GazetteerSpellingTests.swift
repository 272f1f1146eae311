import BorderGeodata
import Testing
@testable import BorderIncidents

/// A name unknown as written is tried in the other spellings ingest reads reports with (`SpellingVariants`), so
/// that `place`, `relate` and `query --near` find what a report's reader would.
@Suite struct GazetteerSpellingTests {
    let gazetteer = Shared.relater.gazetteer

    @Test func anAzerbaijaniNameWrittenTheOtherWayResolves() throws {
        for (written, meant) in [("Zaylik", "Zeylik"), ("Heyrimli", "Xeyrimli"), ("Kokhanabi", "Koxanabi")] {
            let match = try gazetteer.resolve(written)
            guard case let .settlement(s) = match.target else {
                Issue.record("\(written): \(match.target)")
                continue
            }
            #expect(s.name == meant && s.country == "AZE", "\(written)")
            #expect(match.explanation.hasPrefix("read '\(written)' as"), "\(match.explanation)")
        }
    }

    @Test func aClosingKOrGIsTheOther() throws {
        #expect(SpellingVariants.romanisationVariants(ofWord: "agarag").contains("agarak"))
        #expect(SpellingVariants.romanisationVariants(ofWord: "agarak").contains("agarag"))
        #expect(
            !SpellingVariants.romanisationVariants(ofWord: "basarkechar").contains("basargechar"),
            "a k inside a word stays")
        let match = try gazetteer.resolve("Agarag region")
        guard case let .settlement(s) = match.target else { Issue.record("\(match.target)"); return }
        #expect(s.name == "Agarak" && s.country == "ARM")
        #expect(match.alternatives.contains { $0.name == "Agarak" }, "both Agaraks: Syunik's and Aragatsotn's")
    }

    @Test func vardenisByItsNameUntil1969() throws {
        let match = try gazetteer.resolve("Basarkechar region")
        guard case let .settlement(s) = match.target else { Issue.record("\(match.target)"); return }
        #expect(s.name == "Vardenis" && s.province == "AM-GR")
    }

    @Test func ferganaValleyAsARegionInEitherSpelling() throws {
        for written in ["Fergana Valley", "Ferghana Valley"] {
            let match = try gazetteer.resolve(written)
            #expect(match.target.name == "Fergana Valley", "\(written)")
            #expect(gazetteer.kind(of: match.target) == "region")
        }
        #expect(throws: Gazetteer.LookupError.self) { try gazetteer.resolve("Fergana Plain") }
    }

    @Test func theExplanationNamesTheSpellingAsWritten() throws {
        let match = try gazetteer.resolve("Verin Shorja")
        #expect(
            match.explanation
                == "read 'Verin Shorja' as another spelling; matched 'Verin Shorja' to Verin Shorzha (Gegharkunik, Armenia)"
        )
        let worded = try gazetteer.resolve("Yukhary Shorzha village")
        #expect(worded.explanation.hasPrefix("read 'Yukhary Shorzha village' as 'Yukhary Shorzha' with its kind; "))
        #expect(!worded.explanation.contains("yukhar"), "no folded key: \(worded.explanation)")
    }

    @Test func aNameKnownAsWrittenIsNotRespelt() throws {
        let sotk = try gazetteer.resolve("Sotk")
        #expect(sotk.explanation == "matched 'Sotk' to Sotk (Gegharkunik, Armenia)")
        #expect(throws: Gazetteer.LookupError.self) { try gazetteer.resolve("Atlantis") }
    }
}
