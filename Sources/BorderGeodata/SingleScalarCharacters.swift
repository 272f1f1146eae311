extension StringProtocol {
    /// Whether every scalar of the text is a whole character by itself:
    /// printable ASCII, Latin, IPA and modifier letters, Cyrillic (without
    /// its combining marks), Armenian and Georgian. These blocks hold no
    /// combining marks, joiners, prepended or control characters, and none
    /// equivalent to an ASCII character, so over such text work on scalars
    /// or UTF-8 bytes gives what work on characters gives, at a fraction of
    /// the cost (no grapheme breaking, no normalisation).
    public var hasOnlySingleScalarCharacters: Bool {
        unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF, 0x400...0x482, 0x48A...0x52F, 0x531...0x58F,
                0x10A0...0x10FF:
                true
            default: false
            }
        }
    }
}
