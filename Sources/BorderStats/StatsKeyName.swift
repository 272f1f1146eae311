/// Reading a `--by` (or `by=`) word as a key, shared by the command and the server.
extension StatsKey {
    /// The key `word` names, in any case.
    public static func named(_ word: String) throws(StatsKeyError) -> StatsKey {
        if let key = StatsKey(rawValue: word.lowercased()) { return key }
        throw StatsKeyError(
            word: word, problem: "expected one of \(StatsKey.allCases.map(\.rawValue).joined(separator: ", "))")
    }

    /// What `--by` accepts, for help texts.
    public static var helpList: String {
        allCases.map(\.rawValue).joined(separator: ", ")
            + " (district: second-level units, in the packs that have them; elsewhere \(StatsKey.district.noValue))"
    }
}

/// A `--by` word that is no key.
public struct StatsKeyError: Error, Sendable, CustomStringConvertible {
    public var word: String
    public var problem: String

    /// "'colour': expected one of …"; the caller puts its flag before it.
    public var description: String { "'\(word)': \(problem)" }
}
