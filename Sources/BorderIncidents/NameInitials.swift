/// A region of a long name written by its initials, as reports write one they name often ("NAR" for the
/// Nakhchivan Autonomous Republic). Only names of several words give initials: two letters would stand for too
/// many names, and only a word written all in capitals is read as initials, so that a short name ("Nar") stays
/// a name.
enum NameInitials {
    /// Names of fewer words give no initials: too few letters to tell names apart.
    static let fewestWords = 3
    /// A capital word longer than this is a name written in capitals, not initials.
    static let mostLetters = 6

    /// The capitals of `name`'s words that begin with one ("Nakhchivan Autonomous Republic": NAR; "Districts of
    /// Republican Subordination": DRS), or nil when fewer than `fewestWords` words do.
    static func initials(of name: String) -> String? {
        let firsts = name.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap(\.first)
            .filter(\.isUppercase)
        guard firsts.count >= fewestWords, firsts.count <= mostLetters else { return nil }
        return String(firsts)
    }

    /// Whether `written` is written as initials: one word of capital Latin letters, no fewer than `fewestWords`.
    static func isInitials(_ written: String) -> Bool {
        (fewestWords...mostLetters).contains(written.count)
            && written.unicodeScalars.allSatisfy { (0x41...0x5A).contains($0.value) }
    }
}
