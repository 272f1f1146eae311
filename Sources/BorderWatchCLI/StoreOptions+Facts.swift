import BorderEventStore
import BorderGeodata
import BorderIncidents
import BorderQueries
import BorderStats
import BorderStores
import Foundation

extension StoreOptions {
    /// What the filters match in a store (GeoPackage or PostGIS), as facts
    /// read without relating (`StoreCatalog.matchedFacts`), with the sources
    /// they cite; nil when that cannot answer as a related catalog would: no
    /// store, a store related with other geodata, or theatres picked with
    /// `--theatre` (then the caller reads the store as a related catalog).
    func matchedFacts(_ filters: IncidentFilterOptions, citing: Bool = true) throws -> (
        facts: [IncidentFacts], sources: [SourceReport], sourceCount: Int, query: IncidentQuery, geodata: Geodata
    )? {
        let read = try readingFacts(filters) { store, query, geodata, gazetteer in
            try await StoreCatalog.matchedFacts(
                for: query, from: store, geodata: geodata, gazetteer: gazetteer, citing: citing)
        }
        return read.map { ($0.read.facts, $0.read.sources, $0.read.sourceCount, $0.query, $0.geodata) }
    }

    /// What the filters match, counted by the tally `tally` makes as the
    /// store reads it (`StoreCatalog.tally`), with how many matched and how
    /// many reports the store holds; nil as for `matchedFacts`.
    func tallied(_ filters: IncidentFilterOptions, into tally: @escaping @Sendable (Geodata) throws -> StatsTally)
        throws
        -> (tally: StatsTally, matched: Int, sourceCount: Int, query: IncidentQuery)?
    {
        // A GeoPackage's counted incidents are read while the bundled packs load: reading them needs none.
        let readAhead = filters.givesOnlyDateTypeParty ? self.readAhead { try await $0()?.countedIncidents() } : nil
        let read = try readingFacts(filters) { store, query, geodata, gazetteer in
            let counting = try tally(geodata)
            let (matched, sourceCount) = try await StoreCatalog.tally(
                for: query, from: store, geodata: geodata, gazetteer: gazetteer,
                readAhead: try? await readAhead?.value, addCounted: { try counting.add($0) },
                add: { try counting.add($0) })
            return (counting, matched, sourceCount)
        }
        return read.map { ($0.read.0, $0.read.1, $0.read.2, $0.query) }
    }

    /// `read` of the opened store, for the filters' query; nil when the facts
    /// cannot answer (see `matchedFacts`).
    private func readingFacts<R: Sendable>(
        _ filters: IncidentFilterOptions,
        _ read: @escaping @Sendable (any EventStore, IncidentQuery, Geodata, Gazetteer) async throws -> R
    ) throws -> (read: R, query: IncidentQuery, geodata: Geodata)? {
        guard exists, !TheatreSelection.isRestricted, let digest = GeodataDigest.bundled else {
            return nil
        }
        let places = try BundledData.related()
        let query = try filters.incidentQuery(places: places)
        guard let store = try openForReading(warnIfStale: false) else { return nil }
        let (geodata, gazetteer, name) = (places.geodata, places.relater.gazetteer, displayName)
        do {
            let result: R? = try blocking {
                guard try await !store.isStale(against: digest) else { return nil }
                return try await read(store, query, geodata, gazetteer)
            }
            return result.map { ($0, query, geodata) }
        } catch let error as QueryError { throw CLIError.badInput(error.description) } catch {
            throw CLIError.badInput("cannot read the store \(name): \(error)")
        }
    }
}
