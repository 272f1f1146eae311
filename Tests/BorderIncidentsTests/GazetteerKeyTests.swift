import Testing
@testable import BorderIncidents

/// The gazetteer's index keys are compared as bytes; they must be equal
/// exactly when the Strings they were made from are.
@Suite struct GazetteerKeyTests {
    @Test func composedAndDecomposedFormsAreOneKey() {
        let pairs = [("ё", "е\u{308}"), ("kök", "ko\u{308}k"), ("ǖ", "u\u{308}\u{304}"), ("ḍ̇", "d\u{307}\u{323}")]
        for (composed, decomposed) in pairs {
            #expect(Array(composed.utf8) != Array(decomposed.utf8))
            #expect(GazetteerKey(composed) == GazetteerKey(decomposed), "\(composed)")
            #expect(GazetteerKey(composed).hashValue == GazetteerKey(decomposed).hashValue, "\(composed)")
        }
        #expect(GazetteerKey("е") != GazetteerKey("ё"))
    }

    @Test func randomKeysAreEqualExactlyWhenTheirStringsAre() {
        let alphabet: [Unicode.Scalar] = [
            "a", "e", " ", "é", "\u{301}", "\u{308}", "\u{323}", "\u{307}", "ё", "е", "ȩ", "\u{327}",
        ]
        var state: UInt64 = 5
        func text() -> String {
            var s = ""
            for _ in 0..<Int(state % 4) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                s.unicodeScalars.append(alphabet[Int((state >> 33) % UInt64(alphabet.count))])
            }
            state = state &* 6_364_136_223_846_793_005 &+ 1
            return s
        }
        var equalPairs = 0
        for _ in 0..<20_000 {
            let a = text(), b = text()
            let scalars = "\(a.unicodeScalars.map(\.value)) \(b.unicodeScalars.map(\.value))"
            #expect((a == b) == (GazetteerKey(a) == GazetteerKey(b)), "\(scalars)")
            if a == b {
                equalPairs += 1
                #expect(GazetteerKey(a).hashValue == GazetteerKey(b).hashValue, "\(scalars)")
            }
        }
        #expect(equalPairs > 100)
    }
}
