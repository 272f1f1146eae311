import BorderQueries
import BorderStats
import Foundation

/// `/stats` of a store-backed service, counted from the facts the store
/// reads for the asked selection (`IncidentStoreReader.matchedFacts`), or
/// tallied as it reads them, instead of the whole store related. One read
/// of facts at a time: the map page
/// asks for several charts of one selection at once, and each read of a
/// million incidents' facts holds a gigabyte, so the last selection's
/// facts are kept for the next question about it.
final class StoreStats: @unchecked Sendable {
    /// The query's filter parameters, decoded, in the order asked: what selects the counted incidents.
    typealias Selection = [[String]]

    private let reader: any IncidentStoreReader
    private let lock = NSLock()
    private var last: (selection: Selection, facts: MatchedFacts?)?

    init(reader: any IncidentStoreReader) { self.reader = reader }

    /// The facts `query` matches (`selection` names it); nil when the store
    /// cannot answer from its facts.
    func facts(_ query: IncidentQuery, selection: Selection) throws -> MatchedFacts? {
        lock.lock()
        defer { lock.unlock() }
        if let last, last.selection == selection { return last.facts }
        last = nil
        let read = try reader.matchedFacts(query)
        last = (selection, read)
        return read
    }

    /// Counts what `query` matches into `tally` (`IncidentStoreReader.tally`):
    /// nothing held, so reads run side by side.
    func tally(_ query: IncidentQuery, into tally: StatsTally) throws -> (matched: Int, sourceCount: Int)? {
        try reader.tally(query, into: tally)
    }
}
