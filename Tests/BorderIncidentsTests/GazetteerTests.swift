import Testing
import BorderGeodata
@testable import BorderIncidents

@Suite struct GazetteerTests {
    let gazetteer = Shared.relater.gazetteer

    func settlementName(_ t: Gazetteer.Target?) -> String? {
        if case let .settlement(s)? = t { return s.name }
        return nil
    }

    @Test(arguments: ["Kelbajar", "Kalbajar", "Kəlbəcər", "KARVACHAR", "kelbajar"])
    func kalbajarByAnySpelling(name: String) {
        let found = gazetteer.candidates(name)
        #expect(
            found.contains { settlementName($0) == "Kalbajar" }
                || found.contains {
                    if case let .province(p) = $0 { return p.id == "AZ-KAL" }
                    return false
                })
    }

    @Test func zodIsSotk() throws {
        #expect(settlementName(try gazetteer.resolve("Zod").target) == "Sotk")
        #expect(settlementName(try gazetteer.resolve("sot'k'").target) == "Sotk")
        #expect(settlementName(try gazetteer.resolve("Սոթք").target) == "Sotk")
    }

    @Test func vardenisIsAmbiguousAndSaysHowItChose() throws {
        let match = try gazetteer.resolve("Vardenis")
        guard case let .settlement(chosen) = match.target else { Issue.record("not a settlement"); return }
        #expect(chosen.province == "AM-GR")
        #expect(match.alternatives.count == 1)
        #expect(match.explanation.contains("ambiguous"))
        // Near Aragats, the other one.
        let near = try gazetteer.resolve("Vardenis", near: Shared.c(44.4, 40.6))
        guard case let .settlement(other) = near.target else { Issue.record("not a settlement"); return }
        #expect(other.province == "AM-AG")
    }

    @Test func hyderabadsNamesDoNotFindHeydarabad() {
        #expect(throws: Gazetteer.LookupError.self) { try gazetteer.resolve("हैदराबाद") }
        #expect(throws: Gazetteer.LookupError.self) { try gazetteer.resolve("hydrabad") }
        #expect(settlementName(try? gazetteer.resolve("Heydərabad").target) == "Heydarabad")
        #expect(settlementName(try? gazetteer.resolve("Гейдарабад").target) == "Heydarabad")
    }

    @Test func unknownNameGetsSuggestionsNotACrash() {
        #expect {
            try gazetteer.resolve("Sotkk")
        } throws: { error in
            guard case let .unknown(name, suggestions)? = error as? Gazetteer.LookupError else { return false }
            return name == "Sotkk" && suggestions.first == "Sotk (Gegharkunik, Armenia)"
        }
        #expect {
            try gazetteer.resolve("Verim Shorzha")
        } throws: { error in
            "\(error)".contains("did you mean Verin Shorzha (Gegharkunik, Armenia)")
        }
        // "Verin Shorja" is a spelling: Verin is Yukhari, and Yukhari Shorja is another name of the village.
        #expect(settlementName(try? gazetteer.resolve("Verin Shorja").target) == "Verin Shorzha")
    }
}
