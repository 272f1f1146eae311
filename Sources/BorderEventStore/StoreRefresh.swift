import BorderGeodata
import BorderIncidents

/// Relating a stale store again: once, whole, in one transaction.
public enum StoreRefresh {
    /// Relates every stored incident with `relater` and writes the relations,
    /// the reference layers and `digest` in one transaction; `progress`
    /// gets the fraction related. Returns how many incidents were related.
    @discardableResult
    public static func refresh(
        _ store: some EventStore, relater: Relater, digest: String, progress: ((Double) -> Void)? = nil
    ) async throws -> Int {
        let incidents = try await store.catalog().incidents
        let relations = try StoredRelations.relate(incidents, relater: relater, progress: progress)
        try await store.refresh(relations, reference: relater.geodata, digest: digest)
        return incidents.count
    }
}
