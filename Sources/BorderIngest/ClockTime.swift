/// The time of day a stretch gives its event ("at 06:30", "At 6.30 a.m.",
/// "at about 7 p.m."), in minutes after midnight. Border services report a
/// day's separate attacks hour by hour; a new hour in a new sentence is a new
/// event of that day.
enum ClockTime {
    /// Words that may stand between "at" and the time.
    static let hedges: Set<String> = ["about", "around", "approximately", "roughly", "some"]

    /// Words before "at" that make the time an end ("the skirmish ended at 03:10"): the same event, not a new one.
    static let endings: Set<String> = ["ended", "ending", "ends", "stopped", "ceased", "lasted", "until", "till"]

    /// "At the moment, shots are still being fired": the time of the report, after every hour it gives.
    static let now = 24 * 60

    /// The first time of day after "at" in the words (lower-cased tokens), if any, that does not end an event.
    static func read(_ w: [String]) -> Int? {
        for k in w.indices where w[k] == "at" && (k == 0 || !endings.contains(w[k - 1])) {
            if w[(k + 1)...].prefix(2).elementsEqual(["the", "moment"]) || w[(k + 1)...].first == "present" {
                return now
            }
            var j = k + 1
            while j < w.count, hedges.contains(w[j]) { j += 1 }
            if j < w.count, let minutes = time(w, j) { return minutes }
        }
        return nil
    }

    /// "06:30", "6.30", "13.05", "7 a.m.", "3:40am" starting at token `j`.
    static func time(_ w: [String], _ j: Int) -> Int? {
        var hour: Int?, minute = 0, next = j + 1, suffix = ""
        if let h = Int(w[j]), j + 2 < w.count, w[j + 1] == ":" {
            let tail = w[j + 2]
            guard tail.count >= 2, let m = Int(tail.prefix(2)) else { return nil }
            (hour, minute, suffix, next) = (h, m, String(tail.dropFirst(2)), j + 3)
        } else if let dot = w[j].firstIndex(of: "."), let h = Int(w[j][..<dot]) {
            let tail = w[j][w[j].index(after: dot)...]
            guard tail.count == 2, let m = Int(tail) else { return nil }
            (hour, minute) = (h, m)
        } else if let h = Int(w[j].prefix { $0.isNumber }), w[j].hasSuffix("am") || w[j].hasSuffix("pm") {
            (hour, suffix) = (h, String(w[j].drop { $0.isNumber }))
        } else if let h = Int(w[j]) {
            hour = h
        }
        guard var h = hour, (0..<24).contains(h), (0..<60).contains(minute), ["", "am", "pm"].contains(suffix) else {
            return nil
        }
        // "a.m." and "p.m." are four tokens; "am" and "pm" one.
        if suffix.isEmpty, next + 2 < w.count, ["a", "p"].contains(w[next]), w[next + 1] == ".", w[next + 2] == "m" {
            suffix = w[next] + "m"
        } else if suffix.isEmpty, next < w.count, ["am", "pm"].contains(w[next]) {
            suffix = w[next]
        }
        // A bare number after "at" is a time only with a clock's minutes or a.m./p.m. ("at 3 posts" is not).
        guard suffix.isEmpty ? (w[j].contains(":") || w[j].contains(".") || next == j + 3) : h <= 12 else {
            return nil
        }
        if suffix == "pm" && h < 12 { h += 12 }
        if suffix == "am" && h == 12 { h = 0 }
        return h * 60 + minute
    }
}
