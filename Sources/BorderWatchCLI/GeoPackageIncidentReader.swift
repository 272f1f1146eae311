import BorderEventStore
import BorderIncidents
import BorderQueries
import BorderServer
import BorderStats
import BorderStore

/// `serve --store FILE.gpkg` reading the store page by page: the outline in
/// one pass over the incidents and locations, a page's incidents by id,
/// each related from the relations stored on import.
struct GeoPackageIncidentReader: IncidentStoreReader {
    let store: GeoPackageStore
    let relater: Relater
    /// The digest of the geodata `relater` was built from (`GeodataDigest`):
    /// a store related with other geodata is counted only whole. Nil: always whole.
    let geodataDigest: String?

    func outline() throws -> IncidentOutline {
        var outline = IncidentOutline()
        try store.forEachPlace { id, start, end, index, coordinate in
            outline.append(incidentID: id, start: start, end: end, index: index, coordinate: coordinate)
        }
        return outline
    }

    func related(only ids: [String]) throws -> RelatedCatalog {
        let (catalog, stored) = try store.selectedNow(only: ids)
        return try StoredRelations.related(catalog, stored: stored, relater: relater)
    }

    func whole() throws -> RelatedCatalog {
        let (store, relater) = (store, relater)
        return try blocking { try await StoreCatalog.related(from: store, relater: relater) }
    }

    func matchedFacts(_ query: IncidentQuery) throws -> MatchedFacts? {
        let relater = relater
        return try whenRelatedAlike { store in
            let read = try await StoreCatalog.matchedFacts(
                for: query, from: store, geodata: relater.geodata, gazetteer: relater.gazetteer)
            return MatchedFacts(facts: read.facts, sources: read.sources, sourceCount: read.sourceCount)
        }
    }

    func tally(_ query: IncidentQuery, into tally: StatsTally) throws -> (matched: Int, sourceCount: Int)? {
        let relater = relater
        return try whenRelatedAlike { store in
            try await StoreCatalog.tally(
                for: query, from: store, geodata: relater.geodata, gazetteer: relater.gazetteer,
                addCounted: { try tally.add($0) }, add: { try tally.add($0) })
        }
    }

    func forEachIncident(_ body: @escaping @Sendable (IncidentFacts) throws -> Void) throws -> Bool {
        let relater = relater
        let read: Int? = try whenRelatedAlike { store in
            try await StoreCatalog.forEachMatchedFact(
                for: IncidentQuery(), from: store, geodata: relater.geodata, gazetteer: relater.gazetteer, body)
        }
        return read != nil
    }

    func settlementMentions() throws -> [(settlementID: String, incidentID: String)]? {
        try whenRelatedAlike { store in
            var mentions: [(settlementID: String, incidentID: String)] = []
            try store.forEachSettlementMention { mentions.append(($0, $1)) }
            return mentions
        }
    }

    /// `read` of the store when it was related with the server's geodata; nil otherwise (without a digest too).
    private func whenRelatedAlike<T: Sendable>(_ read: @escaping @Sendable (GeoPackageStore) async throws -> T?)
        throws -> T?
    {
        guard let digest = geodataDigest else { return nil }
        let store = store
        return try blocking {
            guard try await !store.isStale(against: digest) else { return nil }
            return try await read(store)
        }
    }
}
