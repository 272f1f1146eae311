import BorderIncidents

/// Reads the numbers reports write in digits or words: "6,900", "three",
/// "forty-nine", "a dozen", "dozens", "hundreds"; with their qualifiers
/// ("at least", "more than", "up to") into a `CasualtyFigure`.
enum NumberWords {
    static let units: [String: Int] = [
        "zero": 0, "no": 0, "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100,
    ]

    /// Vague quantities, as the range they stand for.
    static let vague: [String: CasualtyFigure] = [
        "dozens": CasualtyFigure(low: 24, high: 99), "scores": CasualtyFigure(low: 40, high: 99),
        "hundreds": CasualtyFigure(low: 200, high: 999), "thousands": CasualtyFigure(low: 2000, high: 9999),
        "several": CasualtyFigure(low: 3, high: 9), "a few": CasualtyFigure(low: 2, high: 5),
    ]

    /// The value of one word ("49", "6,900", "forty-nine", "twelve"), or nil.
    static func value(_ word: String) -> Int? {
        let w = word.lowercased()
        if let n = Int(w.replacingOccurrences(of: ",", with: "")), !w.hasPrefix(",") { return n }
        if let n = units[w] { return n }
        let parts = w.split(separator: "-").map(String.init)
        if parts.count == 2, let tens = units[parts[0]], tens >= 20, let one = units[parts[1]], one < 10 { return tens + one }
        return nil
    }

    struct Reading {
        var figure: CasualtyFigure
        /// Index of the first word of the quantity phrase (qualifier included).
        var first: Int
        /// Index of the number word itself.
        var at: Int
        /// Scalar offsets of the phrase in the sentence.
        var start: Int
        var end: Int
    }

    /// The quantity whose number word is at `i`, with a qualifier before it.
    static func reading(_ words: Words, at i: Int) -> Reading? {
        let w = words[i].lower
        var figure: CasualtyFigure
        var at = i
        if let v = vague[w] {
            figure = v
        } else if w == "dozen", i > 0, ["a", "one"].contains(words[i - 1].lower) {
            figure = CasualtyFigure(exactly: 12); at = i - 1
        } else if let n = value(w), !(w == "a" || w == "an" || w == "no") || i + 1 < words.count {
            // "three hundred", "two thousand"
            var total = n
            if i + 1 < words.count, ["hundred", "thousand"].contains(words[i + 1].lower) {
                total *= words[i + 1].lower == "hundred" ? 100 : 1000
            }
            // A year or a time of day is no casualty figure.
            if (1900...2100).contains(total), !w.contains(",") { return nil }
            figure = CasualtyFigure(exactly: total)
        } else {
            return nil
        }
        var first = at
        let before = (max(0, at - 3)..<at).map { words[$0].lower }
        let two = before.suffix(2).joined(separator: " "), three = before.joined(separator: " ")
        if two == "at least" || before.last == "minimum" || three.hasSuffix("no fewer than") || three.hasSuffix("no less than") {
            figure = CasualtyFigure(atLeast: figure.low); first -= before.last == "minimum" ? 2 : 2
        } else if two == "more than" || before.last == "over" || two == "upwards of" {
            figure = CasualtyFigure(atLeast: figure.low + 1); first -= before.last == "over" ? 1 : 2
        } else if two == "up to" || two == "as many as" || three.hasSuffix("as many as") {
            figure = CasualtyFigure(low: 0, high: figure.high ?? figure.low); first -= two == "up to" ? 2 : 3
        } else if ["about", "around", "some", "nearly", "almost", "approximately", "roughly"].contains(before.last ?? "") {
            first -= 1
        }
        let last = i + 1 < words.count && ["hundred", "thousand"].contains(words[i + 1].lower) ? i + 1 : i
        return Reading(figure: figure, first: max(0, first), at: at, start: words[max(0, first)].start, end: words[last].end)
    }
}
