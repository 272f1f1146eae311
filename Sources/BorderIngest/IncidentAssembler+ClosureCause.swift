/// "The border was closed after clashes in 2021", "the checkpoints had been closed following armed clashes": fighting
/// named as the cause of a closure still in force is the background of the report, not an event it tells. Fighting
/// dated to a day ("the road was closed after shelling on Tuesday") is news, and so is fighting with losses.
extension IncidentAssembler {
    /// Words that close a border, a road or a crossing.
    static let closures: Set<String> = ["closed", "shut", "suspended", "halted"]
    /// Words before fighting that make it a cause.
    static let causes: Set<String> = ["after", "following"]

    static func isClosureCause(_ s: ReportIngester.Segment) -> Bool {
        guard s.type.map(EventTyper.family) == "fighting", s.claims.allSatisfy({ $0.figures.isEmpty }),
            let k = s.typeToken.map({ $0 - s.from }), s.words.indices.contains(k)
        else { return false }
        if let d = s.date?.date, d.end.ordinal - d.start.ordinal < 28 { return false }
        guard let j = (max(0, k - 3)..<k).last(where: { causes.contains(s.words[$0]) }) else { return false }
        return s.words[max(0, j - 10)..<j].contains(where: closures.contains)
    }
}
