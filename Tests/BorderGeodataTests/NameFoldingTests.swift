import Testing
@testable import BorderGeodata

/// Keys of ASCII names are built over bytes; they must be the keys the
/// character-by-character rule gives.
@Suite struct NameFoldingTests {
    /// The rule as the docs state it: apostrophes dropped, lower case, runs of separators one space.
    private static func statedKey(_ name: String) -> String {
        name.filter { $0 != "'" && $0 != "`" }.lowercased()
            .split(whereSeparator: { " -_.".contains($0) }).joined(separator: " ")
    }

    @Test(arguments: ["Ak-Sai", "  Verin--Shorzha ", "KOK_TASH.", "o'sh", "Isfara district", "-", "", "A.B.C"])
    func anASCIINamesKeyFollowsTheRule(name: String) {
        #expect(NameFolding.key(name) == Self.statedKey(name))
    }

    @Test func randomASCIINamesKeysFollowTheRule() {
        let alphabet = Array("aZk -_.'`9Q")
        var state: UInt64 = 7
        for _ in 0..<5_000 {
            let name = String(
                (0..<Int(state % 12)).map { _ in
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    return alphabet[Int((state >> 33) % UInt64(alphabet.count))]
                })
            state = state &* 6_364_136_223_846_793_005 &+ 1
            #expect(NameFolding.key(name) == Self.statedKey(name), "\(name)")
        }
    }

    @Test func nonASCIINamesFoldBeforeKeying() {
        #expect(NameFolding.key("Kök-Tash") == "kok tash")
        #expect(NameFolding.key("Ворух") == "ворух")
        #expect(NameFolding.closedKey(NameFolding.key("Khojai-Alo")) == "khojaialo")
    }
}

/// Folding goes through a table of scalars; it must agree with Foundation's
/// folding of the whole name for every name the bundled packs hold.
@Suite struct NameFoldingTableTests {
    @Test func everyBundledNameFoldsAsFoundationFoldsIt() throws {
        let geodata = try Geodata(directory: SharedGeodata.directory)
        var names = geodata.settlements.flatMap { [$0.name] + $0.alternateNames }
        names += geodata.provinces.flatMap { [$0.name, $0.localName] + $0.alternateNames }
        let nonASCII = names.filter { !$0.utf8.allSatisfy { $0 < 0x80 } }
        #expect(nonASCII.count > 1_000)
        for name in nonASCII {
            #expect(NameFolding.folded(name) == NameFolding.foundationFolding(name), "\(name)")
            #expect(NameFolding.ascii(name) == Self.characterByCharacterASCII(name), "\(name)")
        }
    }

    /// `ascii` as first written: letters replaced and apostrophes dropped per character, then Foundation.
    private static func characterByCharacterASCII(_ name: String) -> String {
        let letters: [Character: String] = [
            "ə": "a", "Ə": "A", "ı": "i", "İ": "I", "ß": "ss", "æ": "ae", "Æ": "AE",
            "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
        ]
        let dropped: Set<Character> = ["'", "’", "‘", "ʻ", "ʼ", "`", "´", "ˌ", "ʹ"]
        var out = ""
        for ch in name where !dropped.contains(ch) {
            if let replacement = letters[ch] { out += replacement } else { out.append(ch) }
        }
        return NameFolding.foundationFolding(out)
    }

    /// The tables' blocks: Latin to Cyrillic, Armenian, Georgian.
    private static let blocks: [ClosedRange<UInt32>] = [0x80...0x4FF, 0x530...0x58F, 0x10A0...0x10FF]

    @Test func randomTextOfTheTablesRangesFoldsAsFoundationFoldsIt() {
        let scalars = Self.blocks.flatMap { $0 }
        var state: UInt64 = 11
        for _ in 0..<60_000 {
            var text = ""
            for _ in 0..<(1 + Int(state % 6)) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let value = scalars[Int((state >> 33) % UInt64(scalars.count))]
                text.unicodeScalars.append(Unicode.Scalar(value)!)
                if (state >> 20) % 3 == 0 { text += "a" }
            }
            #expect(
                NameFolding.folded(text) == NameFolding.foundationFolding(text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func armenianAndGeorgianNamesFoldThroughTheTables() {
        for name in ["Սոթք", "Վերին Շորժա", "Ճամբարակ", "თბილისი", "Սոթք Ճամբարակ Kök"] {
            #expect(NameFolding.folded(name) == NameFolding.foundationFolding(name), "\(name)")
            #expect(NameFolding.ascii(name) == NameFolding.foundationFolding(name), "\(name)")
        }
    }
}

/// Keys and name lists of text whose characters are each one scalar are
/// made over bytes; they must be what the character-by-character rules give.
@Suite struct SingleScalarCharactersTests {
    private static let safe: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF, 0x400...0x482, 0x48A...0x52F, 0x531...0x58F, 0x10A0...0x10FF,
    ]

    private static func randomText(_ state: inout UInt64, from scalars: [UInt32]) -> String {
        var text = ""
        for _ in 0..<Int(state % 9) {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // One in three a separator, so that runs and ends of separators occur.
            let separators: [UInt32] = [0x20, 0x2D, 0x5F, 0x2E, 0x3B]
            let pick =
                (state >> 17) % 3 == 0
                ? separators[Int((state >> 40) % 5)] : scalars[Int((state >> 33) % UInt64(scalars.count))]
            text.unicodeScalars.append(Unicode.Scalar(pick)!)
        }
        state = state &* 6_364_136_223_846_793_005 &+ 1
        return text
    }

    @Test func everyScalarOfTheBlocksIsOneCharacter() {
        var state: UInt64 = 3
        let scalars = Self.safe.flatMap { $0 }.filter { Unicode.Scalar($0) != nil }
        for _ in 0..<40_000 {
            let text = Self.randomText(&state, from: scalars)
            #expect(text.hasOnlySingleScalarCharacters)
            #expect(text.count == text.unicodeScalars.count, "\(text.unicodeScalars.map(\.value))")
            let lower = text.lowercased()
            #expect(NameFolding.bytesKey(lower) == NameFolding.unicodeKey(lower), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func marksJoinersAndControlsAreNot() {
        for text in ["e\u{301}", "\u{483}", "a\u{200D}b", "a\u{AD}", "\r\n", "ա\u{591}", "\u{37E}"] {
            #expect(!text.hasOnlySingleScalarCharacters, "\(text.unicodeScalars.map(\.value))")
        }
    }
}
