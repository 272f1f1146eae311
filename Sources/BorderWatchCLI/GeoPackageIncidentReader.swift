import BorderEventStore
import BorderIncidents
import BorderQueries
import BorderServer
import BorderStore

/// `serve --store FILE.gpkg` reading the store page by page: the outline in
/// one pass over the incidents and locations, a page's incidents by id,
/// each related from the relations stored on import.
struct GeoPackageIncidentReader: IncidentStoreReader {
    let store: GeoPackageStore
    let relater: Relater

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
}
