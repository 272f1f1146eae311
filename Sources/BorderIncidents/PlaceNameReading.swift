/// A place's name as reports write it, read for the name the gazetteer knows: the words around it that say
/// its kind ("Tovuz district", "Kalbajar regions", "town of Tegh"), that only say "somewhere about" ("Sotk
/// area"), that say which part or whose it is ("western Kalbajar", "Kyrgyz Batken district", "(Kyrgyz)
/// Batken region"), and that join a name to its kind ("Kalbajar border region", "Aksay rural community",
/// "Nakhichevan Autonomous Republic", "Kyzyl Bel motor checkpoint", "Nagorno-Karabakh conflict zone"). Only a
/// lookup that finds nothing for the whole name reads it so.
struct PlaceNameReading: Equatable {
    /// What is left of the name: the place's own name.
    var base: String
    /// The kind a word of the name says.
    var kind: PlaceKindWord?
    /// The side a leading adjective names ("Kyrgyz": KGZ).
    var side: String?

    /// Words after a name that place something about it, not at it.
    static let vagueWords: Set<String> = [
        "area", "areas", "zone", "vicinity", "outskirts", "surroundings", "environs", "direction",
    ]
    /// Words before a name that say which part of it.
    static let partWords: Set<String> = [
        "northern", "southern", "eastern", "western", "central", "north-eastern", "north-western",
        "south-eastern", "south-western", "northeastern", "northwestern", "southeastern", "southwestern",
    ]
    /// Words between a name and its kind word that say nothing of which place it is.
    static let joiningWords: Set<String> = [
        "border", "frontier", "rural", "autonomous", "administrative", "motor", "road", "customs", "water",
        "distribution", "pumping", "conflict",
    ]

    /// The reading of `name`, when a word around the place's own name was read and something is left;
    /// `side` gives the side code a lower-case word is an adjective or name of, if any.
    init?(_ name: String, side: (String) -> String?) {
        var words = name.split(separator: " ").map(String.init)
        let count = words.count
        var kind: PlaceKindWord?, named: String?
        // "town of Tegh", "village of Sotk".
        if words.count > 2, words[1].lowercased() == "of", let k = PlaceKindWord(word: words[0]) {
            kind = k
            words.removeFirst(2)
        }
        // "Kayragach (Road)": a closing aside.
        if words.count > 1, words[words.count - 1].hasPrefix("("), words[words.count - 1].hasSuffix(")") {
            words.removeLast()
        }
        if words.count > 1, Self.vagueWords.contains(words[words.count - 1].lowercased()) { words.removeLast() }
        if kind == nil, words.count > 1, let k = PlaceKindWord(word: words[words.count - 1]) {
            kind = k
            words.removeLast()
        }
        while words.count > 1, Self.joiningWords.contains(words[words.count - 1].lowercased()) { words.removeLast() }
        // Then the words before it, read last so that a side's name that is the place's own stays whole
        // ("Nagorno-Karabakh region").
        while words.count > 1 {
            let first = words[0].filter { $0 != "(" && $0 != ")" }.lowercased()
            if Self.partWords.contains(first) {
                words.removeFirst()
            } else if named == nil, let code = side(first) {
                named = code
                words.removeFirst()
            } else {
                break
            }
        }
        guard words.count < count, !words.isEmpty else { return nil }
        (base, self.kind, self.side) = (words.joined(separator: " "), kind, named)
    }

    init(base: String, kind: PlaceKindWord? = nil, side: String? = nil) {
        (self.base, self.kind, self.side) = (base, kind, side)
    }
}
