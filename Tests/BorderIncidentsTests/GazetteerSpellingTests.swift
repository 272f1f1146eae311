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

    @Test func aNameKnownAsWrittenIsNotRespelt() throws {
        let sotk = try gazetteer.resolve("Sotk")
        #expect(sotk.explanation == "matched 'Sotk' to Sotk (Gegharkunik, Armenia)")
        #expect(throws: Gazetteer.LookupError.self) { try gazetteer.resolve("Atlantis") }
    }
}
