@testable import BorderEventStore
@testable import BorderStore
import BorderIncidents
import Testing

/// A large selection read in two halves at once gives what one read gives.
@Suite struct HalvedReadTests {
    @Test func halvesMergeIntoTheOrderOfOneRead() async throws {
        let store = try await LocationDaysIndexTests.made.value
        let all = try await store.catalog().incidents.map(\.id)
        #expect(all.count > 400)
        // Ids in an order of their own (every third first), as a selection may give them.
        let ids =
            stride(from: 0, to: all.count, by: 3).map { all[$0] }
            + all.enumerated().filter { $0.offset % 3 != 0 }
            .map(\.element)
        let halved = try await store.selected(only: ids, withRelations: true, halvingFrom: 2)
        let whole = try await store.pool.read { db in try GeoPackageStore.selected(db, only: ids, withRelations: true) }
        #expect(halved.catalog.incidents == whole.catalog.incidents)
        #expect(halved.catalog.incidents.map(\.id) == all)
        #expect(halved.catalog.sources == whole.catalog.sources)
        #expect(Set(halved.catalog.sources.map(\.id)).count == halved.catalog.sources.count)
        #expect(Set(halved.relations) == Set(whole.relations))
        #expect(halved.relations.count == whole.relations.count)
    }
}
