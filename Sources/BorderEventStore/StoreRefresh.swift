import BorderGeodata
import BorderIncidents
import BorderQueries
import Synchronization

/// Relating a stale store again: once, whole, in one transaction, a batch
/// of incidents at a time so that memory is bounded by a batch, not the store.
public enum StoreRefresh {
    /// Incidents read, related and written at a time.
    public static let batchSize = 20_000

    /// Relates every stored incident with `relater` and writes the relations,
    /// the reference layers and `digest` in one transaction; `progress`
    /// gets the fraction related. Returns how many incidents were related.
    @discardableResult
    public static func refresh(
        _ store: some EventStore, relater: Relater, digest: String, batchSize: Int = batchSize,
        progress: (@Sendable (Double) -> Void)? = nil
    ) async throws -> Int {
        let total = max(1, try await store.info().incidents)
        // The workers' geodata copies are made once for every batch.
        let bulk = try BulkRelater(relater: relater).keepingWorkers()
        let done = Mutex(0)
        progress?(0)
        let count = try await store.refresh(reference: relater.geodata, digest: digest, batchSize: batchSize) {
            incidents in
            let relations = try StoredRelations.relate(incidents, bulk: bulk)
            let related = done.withLock {
                $0 += incidents.count; return $0
            }
            progress?(Double(related) / Double(total))
            return relations
        }
        progress?(1)
        return count
    }
}
