/// Spellings of one name that the name key does not join, tried only when a
/// name is unknown as written: a Russian adjective declines and its ending is
/// transliterated several ways ("Golovnaya", "Golovnoy", "Golovnoi",
/// "Golovnoye"), and French-style transliteration writes "ou" for "u"
/// ("Ghafourov" for "Ghafurov"). Azerbaijani names come by two ways too:
/// "ə" written "a" or "e" ("Zaylik", "Zeylik"), and "q" written "g" or "k"
/// ("Galakand", "Kalakend"), "ğ" as "gh" or "g", a closing "ı" as "i" or "y", a closing "q" as "g" or "k"
/// ("Agarag", "Agarak").
/// And "Upper" and "Lower" before a village's name are each side's own word
/// ("Verin Shorzha", "Yukhari Shorzha").
public enum SpellingVariants {
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
    public static func variants(of key: String) -> [String] {
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
        return out + bothWordsVariants(of: words).filter { !out.contains($0) }
    }

    /// A two-word name spelt another way in each word ("Yukhari Eskipara" for "Yukhary Askipara"), tried after
    /// the one-word changes; longer names would have too many.
    static func bothWordsVariants(of words: [String]) -> [String] {
        guard words.count == 2 else { return [] }
        let firsts = variants(ofWord: words[0]), seconds = variants(ofWord: words[1])
        return firsts.flatMap { a in seconds.map { b in a + " " + b } }
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
        out += schwaVariants(ofWord: word).filter { !out.contains($0) }
        out += romanisationVariants(ofWord: word).filter { !out.contains($0) }
        return out + sameMeaning(ofWord: word).filter { !out.contains($0) }
    }

    /// "Upper" and "Lower" before a village's name, as each side writes them: one village is Verin Shorzha to
    /// Armenians and Yukhari Shorzha to Azerbaijanis, and Russian maps write Verkhnyaya.
    static let namePrefixesByMeaning: [[String]] = [
        ["verin", "yukhari", "yukhary", "yuxari", "verkhniy", "verkhnyaya", "verkhneye", "upper"],
        ["nerkin", "ashagi", "ashaghi", "ashagy", "asagi", "nizhniy", "nizhnyaya", "nizhneye", "lower"],
    ]

    /// The folded word written as the other side writes the same word, when it is one of `namePrefixesByMeaning`.
    static func sameMeaning(ofWord word: String) -> [String] {
        guard let same = namePrefixesByMeaning.first(where: { $0.contains(word) }) else { return [] }
        var out: [String] = []
        for other in same where other != word && !out.contains(other) { out.append(other) }
        return out
    }

    /// Azerbaijani "ğ" written "gh" or "g" ("Baghanis", "Baganis"), "ş" as "sh" or "s", "x" as "kh" or "x", and a
    /// closing "ı" written "i" or "y" ("Ashagi", "Ashagy"): a word's spelling the other way, long words only.
    static func romanisationVariants(ofWord word: String) -> [String] {
        guard word.count >= shortestSchwaWord else { return [] }
        var out: [String] = []
        if word.contains("gh") { out.append(word.replacing("gh", with: "g")) }
        // "ş" and "x" written "sh" and "kh" ("Kollugishlaq", "Kokhanabi") where the gazetteer folds them to "s"
        // and keeps "x" ("Kollugislaq", "Koxanabi").
        if word.contains("sh") { out.append(word.replacing("sh", with: "s")) }
        if word.contains("kh") { out.append(word.replacing("kh", with: "x")) }
        // A leading "x" is also written "h" ("Heyrimli" for Xeyrimli), English having no sound nearer to it.
        if word.hasPrefix("h") { out.append("x" + word.dropFirst()) }
        if word.hasSuffix("i") { out.append(word.dropLast() + "y") }
        if word.hasSuffix("y") { out.append(word.dropLast() + "i") }
        // A closing "k" or "g" is the other in the other side's spelling ("Agarag" for Agarak): Azerbaijani writes
        // an Armenian closing "k" as "q", which English reports give as "g".
        if word.hasSuffix("k") { out.append(word.dropLast() + "g") }
        if word.hasSuffix("g") { out.append(word.dropLast() + "k") }
        return out
    }

    /// A word shorter than this keeps its letters under the Azerbaijani swaps: too many short names differ by
    /// one vowel only.
    static let shortestSchwaWord = 5
    /// Beyond this many "a"s and "e"s, a word's swaps are too many to try, and too loose to trust.
    static let mostSwappedVowels = 4

    /// A word's spellings with each "a" or "e" written as the other, and a first "g", "k" or "q" as another of
    /// them, without the word itself.
    static func schwaVariants(ofWord word: String) -> [String] {
        let letters = Array(word)
        let vowels = letters.indices.filter { letters[$0] == "a" || letters[$0] == "e" }
        guard letters.count >= shortestSchwaWord, vowels.count <= mostSwappedVowels else { return [] }
        let firsts: [Character] = ["g", "k", "q"].contains(letters[0]) ? ["g", "k", "q"] : [letters[0]]
        var out: [String] = []
        for first in firsts {
            for pattern in 0..<(1 << vowels.count) {
                var changed = letters
                changed[0] = first
                for (bit, at) in vowels.enumerated() where pattern & (1 << bit) != 0 {
                    changed[at] = letters[at] == "a" ? "e" : "a"
                }
                let spelling = String(changed)
                if spelling != word { out.append(spelling) }
            }
        }
        return out
    }
}
