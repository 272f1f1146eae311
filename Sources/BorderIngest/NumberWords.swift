import BorderIncidents

/// Reads the numbers reports write: "49", "6,900", "three", "forty-nine",
/// "a dozen", "dozens", with the qualifiers that make a figure a floor or a
/// range ("at least", "more than", "up to", "between 3 and 5").
enum NumberWords {
    static let units: [String: Int] = [
        "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
        "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
    ]

    /// The value of one token: "49", "6,900", "three", "forty-nine", "hundred".
    static func value(_ lower: String) -> Int? {
        if let n = Int(lower.replacingOccurrences(of: ",", with: "")), n >= 0, n < 10_000_000 { return n }
        if let n = units[lower] { return n }
        let parts = lower.split(separator: "-").map(String.init)
        if parts.count == 2, let tens = units[parts[0]], tens >= 20, tens % 10 == 0, let one = units[parts[1]], one < 10
        {
            return tens + one
        }
        return nil
    }

    /// A figure starting at token `i` of `words` (lower-cased), and how many
    /// tokens it took: "at least 49" → 49+, "a dozen" → 12, "dozens" →
    /// 24–99, "up to 15" → 0–15, "3 to 5" → 3–5, "two hundred" → 200.
    static func figure(_ words: [String], at i: Int) -> (CasualtyFigure, Int)? {
        func word(_ k: Int) -> String { k >= 0 && k < words.count ? words[k] : "" }
        var k = i
        var floor = false, ceiling = false, plus = 0
        if word(k) == "at" && word(k + 1) == "least" {
            floor = true; k += 2
        } else if (word(k) == "more" || word(k) == "over" && word(k + 1) != "the")
            && (word(k + 1) == "than" || word(k) == "over")
        {
            floor = true; plus = 1; k += word(k) == "more" ? 2 : 1
        } else if word(k) == "up" && word(k + 1) == "to" {
            ceiling = true; k += 2
        } else if word(k) == "as" && word(k + 1) == "many" && word(k + 2) == "as" {
            ceiling = true; k += 3
        } else if ["some", "about", "around", "nearly", "almost", "approximately", "roughly"].contains(word(k)) {
            k += 1
        }
        if word(k) == "dozens" || word(k) == "scores" {
            return (CasualtyFigure(low: 24, high: 99), k + 1 - i)
        }
        if word(k) == "hundreds" { return (CasualtyFigure(low: 200, high: 999), k + 1 - i) }
        if word(k) == "a" && word(k + 1) == "dozen" { k += 1 }
        if word(k) == "a" || word(k) == "an" {
            // "a soldier": one, but "a number of", "a few" are no figure.
            guard !["number", "few", "lot", "series", "total", "couple"].contains(word(k + 1)) else { return nil }
        }
        guard var n = value(word(k)) else { return nil }
        k += 1
        if word(k) == "hundred" {
            n = max(n, 1) * 100; k += 1
        } else if word(k) == "thousand" {
            n = max(n, 1) * 1000; k += 1
        }
        if n == 0 && word(i) == "no" { return nil }  // "no" is read as an explicit zero by the claim reader, in context
        // "3 to 5", "3-5", "between 3 and 5".
        if (word(k) == "to" || word(k) == "and" && word(i - 1) == "between"), let high = value(word(k + 1)), high > n {
            return (CasualtyFigure(low: n, high: high), k + 2 - i)
        }
        let f: CasualtyFigure =
            floor
            ? CasualtyFigure(atLeast: n + plus)
            : ceiling
                ? CasualtyFigure(low: 0, high: n)
                : CasualtyFigure(exactly: n)
        return (f, k - i)
    }
}
