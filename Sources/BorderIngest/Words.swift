/// A sentence cut into words (letters, digits, apostrophes and inner
/// hyphens), each with its scalar offsets, for the readers that look at
/// neighbouring words.
struct Words {
    struct Word {
        var text: String
        var lower: String
        var start: Int
        var end: Int
        var isCapitalized: Bool
    }

    let items: [Word]

    init(_ sentence: String) {
        var items: [Word] = []
        var current = String.UnicodeScalarView()
        var start = 0
        var offset = 0
        func flush() {
            // Trailing apostrophes and hyphens are not part of the word.
            while let last = current.last, "'’-".unicodeScalars.contains(last) { current.removeLast() }
            if !current.isEmpty {
                let text = String(current)
                items.append(Word(text: text, lower: text.lowercased(), start: start, end: start + current.count,
                                  isCapitalized: current.first!.properties.isUppercase))
            }
            current = String.UnicodeScalarView()
        }
        for s in sentence.unicodeScalars {
            let inner = "'’-".unicodeScalars.contains(s) && !current.isEmpty
            if s.properties.isAlphabetic || ("0"..."9").contains(s) || inner || (s == "," && current.last.map { ("0"..."9").contains($0) } == true) {
                if current.isEmpty { start = offset }
                current.append(s)
            } else {
                flush()
            }
            offset += 1
        }
        flush()
        // "6,900" keeps its comma; "3," (a number then a comma) does not.
        self.items = items.map { w in
            var w = w
            while w.text.hasSuffix(",") { w.text.removeLast(); w.lower.removeLast(); w.end -= 1 }
            return w
        }
    }

    var count: Int { items.count }
    subscript(_ i: Int) -> Word { items[i] }

    /// The word's text without a possessive "'s".
    static func stem(_ word: String) -> String {
        for suffix in ["'s", "’s"] where word.hasSuffix(suffix) { return String(word.dropLast(2)) }
        return word
    }
}
