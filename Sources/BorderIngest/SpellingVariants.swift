/// Spellings of one name that the name key does not join, tried only when a
/// name is unknown as written: a Russian adjective declines and its ending is
/// transliterated several ways ("Golovnaya", "Golovnoy", "Golovnoi",
/// "Golovnoye"), and French-style transliteration writes "ou" for "u"
/// ("Ghafourov" for "Ghafurov").
enum SpellingVariants {
    /// Russian adjectival endings as English reports transliterate them, longest first so that a word's
    /// ending is read whole ("-oye" before "-oe").
    static let adjectiveEndings = [
        "aya", "aia", "aja", "oye", "iye", "yye", "oe", "ie", "oy", "oi", "oj", "yy", "yi", "iy", "ii", "ij", "yj",
    ]
    /// A stem shorter than this is no adjective's ("Koi", "Toy"): too many names end so by chance.
    static let shortestStem = 4
    /// A word shorter than this keeps its "ou" ("Tous"): few letters leave too little to tell names apart.
    static let shortestOuWord = 6

    /// The key's other spellings, one word changed at a time, without the key itself.
    static func variants(of key: String) -> [String] {
        let words = key.split(separator: " ").map(String.init)
        var out: [String] = []
        for (k, word) in words.enumerated() {
            for other in variants(ofWord: word) {
                var changed = words
                changed[k] = other
                let joined = changed.joined(separator: " ")
                if joined != key && !out.contains(joined) { out.append(joined) }
            }
        }
        return out
    }

    /// One folded word's other spellings: its adjectival ending swapped for each other one, and "ou" as "u".
    static func variants(ofWord word: String) -> [String] {
        var out: [String] = []
        if let ending = adjectiveEndings.first(where: { word.hasSuffix($0) }), word.count - ending.count >= shortestStem
        {
            let stem = word.dropLast(ending.count)
            out += adjectiveEndings.filter { $0 != ending }.map { stem + $0 }
        }
        if word.count >= shortestOuWord, word.contains("ou") {
            out.append(word.replacing("ou", with: "u"))
        }
        return out
    }
}
