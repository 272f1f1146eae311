import Foundation
import Testing
@testable import BorderIncidents

/// The fields of the bundled gazetteers are split and trimmed over bytes
/// where they can be; they must be what Foundation's trimming and the split
/// over characters give.
@Suite struct GazetteerFieldsTests {
    private static func characterByCharacterNames(_ field: String) -> [String] {
        field.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    @Test func everyBundledFieldSplitsAndTrimsAsCharactersDo() {
        let rows = TheatreGazetteer.bundled.flatMap(\.rows)
        #expect(rows.count > 1_000)
        for row in rows {
            let field = row.otherNames.joined(separator: " ; ") + "; \u{A0}" + row.name + "\t;;"
            #expect(GazetteerFields.names(field) == Self.characterByCharacterNames(field), "\(field)")
        }
    }

    @Test func textWithMarksSplitsAsCharactersDo() {
        for field in ["a;\u{301}b; c", "Ворух;\u{483}x", " \u{2003}Sotk\u{2003};Zod ", "x\u{37E}y;z"] {
            #expect(GazetteerFields.names(field) == Self.characterByCharacterNames(field), "\(field)")
        }
    }
}
