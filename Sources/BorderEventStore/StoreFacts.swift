import BorderExchange
import BorderGeodata
import BorderIncidents
import BorderQueries

extension StoreCatalog {
    /// The facts of the incidents `query` matches, each with the places that
    /// matched, in the order `query.run(on:)` gives its hits, and the sources
    /// they cite, and how many sources the store holds: what counting needs, read from the store's selection
    /// without relating or building incidents. The store must have been
    /// related with `geodata` (a stale store is refreshed first, or read as
    /// a related catalog); a province it names that `geodata` lacks is an error.
    /// Without `citing`, the cited reports are not read (`sources` is empty): an output that names no
    /// report's address needs only the count, and a million imported rows cite a million reports.
    public static func matchedFacts(
        for query: IncidentQuery, from store: some EventStore, geodata: Geodata, gazetteer: Gazetteer,
        citing: Bool = true
    ) async throws -> (facts: [IncidentFacts], sources: [SourceReport], sourceCount: Int) {
        let selection = try StoreSelection(query, geodata: geodata, gazetteer: gazetteer)
        let match = try matching(query, geodata: geodata, gazetteer: gazetteer)
        let hits = try await store.incidentFacts(matching: selection, keep: match)
        let facts = IncidentQuery.ordered(hits).map(\.facts)
        guard citing else { return (facts, [], try await store.sourceCount()) }
        var seen = Set<String>()
        let cited = facts.flatMap(\.sources).filter { seen.insert($0).inserted }
        return (facts, try await store.sources(only: cited), try await store.sourceCount())
    }

    /// Hands each incident `query` matches to `body` as the store reads it,
    /// in the store's order, each with the places that matched: the facts
    /// of `matchedFacts` without holding them all (a million incidents'
    /// facts are a gigabyte). Returns how many matched.
    public static func forEachMatchedFact(
        for query: IncidentQuery, from store: some EventStore, geodata: Geodata, gazetteer: Gazetteer,
        _ body: @escaping @Sendable (IncidentFacts) throws -> Void
    ) async throws -> Int {
        let selection = try StoreSelection(query, geodata: geodata, gazetteer: gazetteer)
        let match = try matching(query, geodata: geodata, gazetteer: gazetteer)
        // One empty value per match (a byte each) counts them.
        let counted: [Void] = try await store.incidentFacts(matching: selection) { facts -> Void? in
            guard let hit = try match(facts) else { return nil }
            try body(hit.facts)
            return ()
        }
        return counted.count
    }

    /// Counts what `query` matches as the store reads it: when the query
    /// filters by date, type and party alone and the store keeps counted
    /// incidents (or `readAhead` holds them), `addCounted` takes them all at
    /// once; otherwise `add` takes each matched incident's facts. Returns
    /// how many matched and how many reports the store held.
    public static func tally(
        for query: IncidentQuery, from store: some EventStore, geodata: Geodata, gazetteer: Gazetteer,
        readAhead: CountedIncidents? = nil, addCounted: (CountedIncidents) throws -> Void,
        add: @escaping @Sendable (IncidentFacts) throws -> Void
    ) async throws -> (matched: Int, sourceCount: Int) {
        if query.filtersOnlyDateTypeParty,
            let counted = try await countedIncidents(
                matching: query, from: store, geodata: geodata, gazetteer: gazetteer, readAhead: readAhead)
        {
            try addCounted(counted)
            // The reports the store held in the same read: an import since then is counted in neither.
            var sourceCount = counted.sourceCount
            if sourceCount == nil { sourceCount = try await store.sourceCount() }
            return (counted.count, sourceCount ?? 0)
        }
        let matched = try await forEachMatchedFact(for: query, from: store, geodata: geodata, gazetteer: gazetteer, add)
        return (matched, try await store.sourceCount())
    }

    /// Every incident of the store as counting reads it (or `readAhead`, what
    /// was read of it before), its provinces named from `geodata`; nil when
    /// the store does not keep them. A province `geodata` lacks is an error.
    public static func countedIncidents(
        from store: some EventStore, geodata: Geodata, readAhead: CountedIncidents? = nil
    ) async throws -> CountedIncidents? {
        var read = readAhead
        if read == nil { read = try await store.countedIncidents() }
        guard var counted = read else { return nil }
        if let missing = counted.nameUnits(UnitNames(geodata)) {
            throw StoreError.corrupt("a counted incident's \(missing) is not in the loaded geodata")
        }
        return counted
    }

    /// The store's counted incidents that `query`, a filter by date, type and
    /// party alone, matches; the query is checked first as every other path
    /// checks it (dates in order…). Nil when the store does not keep them.
    public static func countedIncidents(
        matching query: IncidentQuery, from store: some EventStore, geodata: Geodata, gazetteer: Gazetteer,
        readAhead: CountedIncidents? = nil
    ) async throws -> CountedIncidents? {
        _ = try query.factsMatcher(geodata: geodata, gazetteer: gazetteer)
        return try await countedIncidents(from: store, geodata: geodata, readAhead: readAhead)?.matching(query)
    }

    /// What `query` keeps of a store's incident facts, with the names of the
    /// provinces they are in; a province `geodata` lacks is an error.
    private static func matching(
        _ query: IncidentQuery, geodata: Geodata, gazetteer: Gazetteer
    ) throws -> @Sendable (IncidentFacts) throws -> IncidentQuery.FactsHit? {
        let matcher = try query.factsMatcher(geodata: geodata, gazetteer: gazetteer)
        let names = UnitNames(geodata)
        return { facts in
            var named = facts
            for k in named.places.indices {
                if let missing = names.name(&named.places[k]) {
                    throw StoreError.corrupt("incident \(facts.id): \(missing) is not in the loaded geodata")
                }
            }
            return try matcher.match(named)
        }
    }
}
