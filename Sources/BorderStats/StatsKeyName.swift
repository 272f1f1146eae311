/// Reading a `--by` (or `by=`) word as a key, shared by the command and the server.
extension StatsKey {
    /// The word for second-level units (rayons, districts). No theatre pack
    /// has them: no reachable source gives their boundaries (each pack's
    /// SOURCES.md says what was tried), so counting by them is refused.
    public static let districtName = "district"

    /// The key `word` names; `theatres` are the ids of the loaded packs, which a refusal names.
    public static func named(_ word: String, theatres: [String]) throws(StatsKeyError) -> StatsKey {
        if let key = StatsKey(rawValue: word.lowercased()) { return key }
        if word.lowercased() == districtName {
            throw StatsKeyError(
                word: word,
                problem: "no loaded theatre pack has districts (second-level units): "
                    + (theatres.isEmpty ? "no pack is loaded" : theatres.joined(separator: ", "))
                    + "; no reachable source gives their boundaries (see each pack's SOURCES.md); count by province")
        }
        throw StatsKeyError(
            word: word, problem: "expected one of \(StatsKey.allCases.map(\.rawValue).joined(separator: ", "))")
    }

    /// What `--by` accepts, for help texts.
    public static var helpList: String {
        allCases.map(\.rawValue).joined(separator: ", ") + " (\(districtName): refused, no pack has districts)"
    }
}

/// A `--by` word that is no key, or a key the loaded packs cannot count by.
public struct StatsKeyError: Error, Sendable, CustomStringConvertible {
    public var word: String
    public var problem: String

    /// "'colour': expected one of …"; the caller puts its flag before it.
    public var description: String { "'\(word)': \(problem)" }
}
