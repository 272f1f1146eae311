import BorderEventStore
import BorderIncidents
import BorderQueries
import GeometryCore
import Testing

/// A selection read before the packs were loaded is used only when it is the query's own.
@Suite struct SelectionReadAheadTests {
    @Test func aReadOfAnotherSelectionIsNotUsed() async throws {
        let store = try await StoredFactsStatsTests.made.value.store
        var query = IncidentQuery()
        query.spatial.center = try Coordinate(longitude: 45.86951, latitude: 40.20007)
        query.spatial.radiusMetres = 30_000
        let own = try #require(StoreSelection(unresolved: query))
        let read = try #require(try await StoreCatalog.selected(own, from: store))
        let fresh = try await StoreCatalog.related(for: query, from: store, relater: Shared.relater)
        #expect(!fresh.relations.isEmpty)
        let reused = try await StoreCatalog.related(
            for: query, from: store, relater: Shared.relater, readAhead: (own, read))
        #expect(reused.relations.map(\.incident.id) == fresh.relations.map(\.incident.id))
        // A read of a guess that missed (another centre): the query's own selection is read instead.
        var elsewhere = query
        elsewhere.spatial.center = try Coordinate(longitude: 45.0, latitude: 41.0)
        let other = try #require(StoreSelection(unresolved: elsewhere))
        let empty = (catalog: Catalog(sources: [], incidents: []), relations: [StoredRelation]())
        let guarded = try await StoreCatalog.related(
            for: query, from: store, relater: Shared.relater, readAhead: (other, empty))
        #expect(guarded.relations.map(\.incident.id) == fresh.relations.map(\.incident.id))
        // The same selection's read is taken as it is: it is what the store selected.
        let taken = try await StoreCatalog.related(
            for: query, from: store, relater: Shared.relater, readAhead: (own, empty))
        #expect(taken.relations.isEmpty)
    }
}
