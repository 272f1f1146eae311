import BorderEventStore
import BorderGeodata
import BorderIncidents
import BorderQueries
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
        guard exists, !TheatreSelection.isRestricted, let digest = GeodataDigest.bundled else {
            return nil
        }
        let places = try BundledData.related()
        let query = try filters.incidentQuery(places: places)
        guard let store = try openForReading(warnIfStale: false) else { return nil }
        let (geodata, gazetteer, name) = (places.geodata, places.relater.gazetteer, displayName)
        do {
            let read: (facts: [IncidentFacts], sources: [SourceReport], sourceCount: Int)? = try blocking {
                guard try await !store.isStale(against: digest) else { return nil }
                return try await StoreCatalog.matchedFacts(
                    for: query, from: store, geodata: geodata, gazetteer: gazetteer, citing: citing)
            }
            return read.map { ($0.facts, $0.sources, $0.sourceCount, query, geodata) }
        } catch let error as QueryError { throw CLIError.badInput(error.description) } catch {
            throw CLIError.badInput("cannot read the store \(name): \(error)")
        }
    }
}
