import BorderGeodata
import BorderQueries
import BorderStats
import Foundation
import Synchronization

/// What a store-backed service counts from the facts the store reads
/// instead of the whole store related: `/stats` of the asked selection
/// (`IncidentStoreReader.matchedFacts`, or tallied as the store reads them)
/// and the provinces' counts. One read of facts at a time: the map page asks
/// for several charts of one selection at once, and a million incidents'
/// facts hold a gigabyte, so the last selection's facts are kept for the
/// next question about it.
final class StoreStats: @unchecked Sendable {
    /// The query's filter parameters, decoded, in the order asked: what selects the counted incidents.
    typealias Selection = [[String]]

    private let reader: any IncidentStoreReader
    private let lock = NSLock()
    private var last: (selection: Selection, facts: MatchedFacts?)?
    /// The provinces and settlements collections with the store's incidents, once made (the store does not
    /// change while served).
    private let provinces = MadeOnce<FeatureCollections.Collection>()
    private let settlements = MadeOnce<FeatureCollections.Collection>()
    /// `/stats` answers by their whole query, decoded: the map page asks the same charts at each load, and a
    /// listed chart of a million incidents takes seconds to count again.
    let answers = BudgetCache<[[String]], OGCResponse>(budgetBytes: 128 << 20)

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

    /// The provinces collection counted from every incident's facts as the
    /// store reads them, its incidents in catalog order (`catalogOrder`, the
    /// ids in it: the store reads facts by id); nil when the store cannot
    /// answer from its facts.
    func provinces(geodata: Geodata, catalogOrder: [String]) throws -> FeatureCollections.Collection? {
        try provinces.value { try self.countedProvinces(geodata: geodata, catalogOrder: catalogOrder) }
    }

    private func countedProvinces(geodata: Geodata, catalogOrder: [String]) throws -> FeatureCollections.Collection? {
        let counts = Mutex<[MapLayers.ProvinceCount]>([])
        let read = try reader.forEachIncident { f in
            let count = MapLayers.ProvinceCount(f)
            if !count.provinces.isEmpty { counts.withLock { $0.append(count) } }
        }
        guard read else { return nil }
        let rank = Dictionary(catalogOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let ordered = counts.withLock { $0 }.sorted { (rank[$0.id] ?? .max, $0.id) < (rank[$1.id] ?? .max, $1.id) }
        return FeatureCollections.provinces(MapLayers.provinces(of: ordered, geodata: geodata))
    }

    /// The settlements collection of the places the store's incidents name;
    /// nil when the store cannot answer from its facts.
    func settlements(geodata: Geodata) throws -> FeatureCollections.Collection? {
        try settlements.value {
            guard let mentions = try self.reader.settlementMentions() else { return nil }
            return FeatureCollections.settlements(
                MapLayers.settlements(mentioned: mentions, geodata: geodata, includeUnmentioned: true))
        }
    }

    /// Counts what `query` matches into `tally` (`IncidentStoreReader.tally`):
    /// nothing held, so reads run side by side.
    func tally(_ query: IncidentQuery, into tally: StatsTally) throws -> (matched: Int, sourceCount: Int)? {
        try reader.tally(query, into: tally)
    }
}

/// A value made once, when first asked, by one caller at a time (whoever waited takes what was made); a
/// make that gives nil keeps nothing, so the next caller tries again.
private final class MadeOnce<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Value?

    func value(_ make: () throws -> Value?) throws -> Value? {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        made = try make()
        return made
    }
}
