/// Distinct incidents per segment and per stretch of it, counted as the
/// incidents stream by in order: an incident is known by its ordinal, and
/// counts again in a stretch only if it is not the last one counted there
/// (its places come together), so no set of ids is kept.
struct DistinctTally: Sendable {
    private struct Counted: Sendable {
        var count = 0
        var last = -1

        mutating func add(_ ordinal: Int, times: Int) {
            if last != ordinal { count += times }
            last = ordinal
        }
    }

    private var segments: [String: Counted] = [:]
    private var stretches: [String: [Int: Counted]] = [:]

    /// Counts incident `ordinal` near `segment`, in its stretch `stretch`, as
    /// `times` incidents (that many placed alike, counted together).
    /// Ordinals must not decrease from one call to the next.
    mutating func count(_ ordinal: Int, in segment: String, stretch: Int, times: Int = 1) {
        segments[segment, default: Counted()].add(ordinal, times: times)
        stretches[segment, default: [:]][stretch, default: Counted()].add(ordinal, times: times)
    }

    func incidents(near segment: String) -> Int { segments[segment]?.count ?? 0 }

    /// Distinct incidents per stretch of `segment`, by stretch index.
    func perStretch(of segment: String) -> [(stretch: Int, incidents: Int)] {
        (stretches[segment] ?? [:]).map { ($0.key, $0.value.count) }
    }
}
