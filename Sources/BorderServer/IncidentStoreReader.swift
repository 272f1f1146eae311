import BorderIncidents
import BorderQueries
import BorderStats

/// A store the server reads page by page instead of holding every incident:
/// where and when each located place is, and the few incidents of one page,
/// related from what the store keeps (nothing is related again).
public protocol IncidentStoreReader: Sendable {
    /// Every located place of every incident, in catalog order.
    func outline() throws -> IncidentOutline
    /// The incidents with these ids, in catalog order, with their relations.
    func related(only ids: [String]) throws -> RelatedCatalog
    /// The whole store related: what the answers pages cannot give need.
    func whole() throws -> RelatedCatalog
    /// The facts of the incidents `query` matches, in the order its hits
    /// come, with the reports they cite: what counting needs, read without
    /// relating or building incidents. Nil when the store was related with
    /// other geodata than the server's (then only `whole()` answers).
    func matchedFacts(_ query: IncidentQuery) throws -> MatchedFacts?
    /// Counts what `query` matches into `tally` as the store reads it, never
    /// holding every incident's facts; how many matched and how many reports
    /// the store holds. Nil as for `matchedFacts` (then nothing was added).
    func tally(_ query: IncidentQuery, into tally: StatsTally) throws -> (matched: Int, sourceCount: Int)?
    /// Every incident's facts (all its places) to `body`, in catalog order, as the store reads them;
    /// false as `matchedFacts` gives nil (then `body` was never called).
    func forEachIncident(_ body: @escaping @Sendable (IncidentFacts) throws -> Void) throws -> Bool
    /// Every location that names a gazetteer settlement, in catalog order: the settlement's id and the
    /// incident's. Nil as `matchedFacts` gives nil.
    func settlementMentions() throws -> [(settlementID: String, incidentID: String)]?
}

/// What a store holds of the incidents a query matches, for counting.
public struct MatchedFacts: Sendable {
    public var facts: [IncidentFacts]
    /// The reports the facts cite.
    public var sources: [SourceReport]
    /// How many reports the store holds.
    public var sourceCount: Int

    public init(facts: [IncidentFacts], sources: [SourceReport], sourceCount: Int) {
        (self.facts, self.sources, self.sourceCount) = (facts, sources, sourceCount)
    }
}
