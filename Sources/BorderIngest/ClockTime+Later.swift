/// "About an hour later, they threw stones at another car": a stretch that opens by counting hours or minutes on
/// from the event told before it tells another event of that day, at a time of its own.
extension ClockTime {
    /// Minutes in each unit a report counts on by.
    static let laterUnits: [String: Int] = ["minute": 1, "minutes": 1, "hour": 60, "hours": 60]

    /// Words that may open the count: "about", "nearly", "just".
    static let laterHedges: Set<String> = hedges.union(["nearly", "almost", "just", "only", "barely"])

    /// The minutes a stretch's opening counts on from the event before it ("an hour later", "two hours later",
    /// "half an hour later", "minutes later", "a few hours later"), or nil when it opens otherwise.
    static func laterOpening(_ w: [String]) -> Int? {
        func word(_ j: Int) -> String { j < w.count ? w[j] : "" }
        var k = 0
        while k < w.count, !w[k].contains(where: \.isLetter), !w[k].contains(where: \.isNumber) { k += 1 }
        while laterHedges.contains(word(k)) { k += 1 }
        var count = 1.0
        if word(k) == "half", ["an", "a"].contains(word(k + 1)) {
            (count, k) = (0.5, k + 2)
        } else if word(k) == "a", ["few", "couple"].contains(word(k + 1)) {
            (count, k) = (2, word(k + 2) == "of" ? k + 3 : k + 2)
        } else if ["several", "few"].contains(word(k)) {
            (count, k) = (2, k + 1)
        } else if let n = NumberWords.value(word(k)), n > 0 {
            (count, k) = (Double(n), k + 1)
        }
        guard let unit = laterUnits[word(k)], word(k + 1) == "later" else { return nil }
        return max(1, Int(count * Double(unit)))
    }

    /// The time of day of an event told as `minutes` after one at `before`: that time when the first has one, else
    /// a time below zero that no clock reading matches (a time of its own, told only relative to the other).
    static func after(_ before: Int?, minutes: Int) -> Int {
        before.map { ($0 + minutes) % (24 * 60) } ?? -minutes
    }
}
