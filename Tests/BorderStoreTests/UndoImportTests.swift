import BorderEventStore
import BorderExchange
import BorderIncidents
import BorderQueries
import BorderStore
import Foundation
import Testing

/// Undoing an import by its record: exactly what it wrote goes, or nothing changes.
@Suite struct UndoImportTests {
    @Test func undoingTheLastImportGivesBackTheStoreBeforeIt() async throws {
        let store = try await Shared.emptyStore()
        _ = try await Shared.importing(try Shared.read("acled", "acled-sample.csv"), into: store)
        let afterACLED = try await Shared.contentDigest(store)
        #expect(try await Shared.importing(try Shared.read("ucdp", "ucdp-sample.csv"), into: store).linked == 1)
        let info = try await store.info()
        #expect(info.imports.map(\.id) == [1, 2] && info.imports.map(\.label) == ["import", "import"])

        // The UCDP import added to an ACLED incident: the ACLED import cannot go first.
        await #expect {
            _ = try await store.undoImport(1)
        } throws: { error in
            "\(error)".contains("undo import 2 first")
        }
        let undone = try await store.undoImport(2)
        #expect(undone.removedIncidents == 2 && undone.changedIncidents == 1 && undone.removedRows == 3)
        #expect(try await Shared.contentDigest(store) == afterACLED)
        // The incidents counting reads: the removed ones gone, the changed one as it was.
        let counted = try #require(try await store.countedIncidents())
        let catalog = try await store.catalog()
        #expect(counted.count == catalog.incidents.count)
        let stored = try await store.relations()
        let expected = try catalog.incidents.map { i in
            CountedIncident(try IncidentFacts(i, stored: stored.filter { $0.incidentID == i.id }))
        }
        let kept = stride(from: 0, to: counted.rows.count, by: 3).map { k in
            CountedIncident(
                counted.facts(
                    date: Int(counted.rows[k]), places: Int(counted.rows[k + 1]), what: Int(counted.rows[k + 2])))
        }
        let text = { (c: CountedIncident) in [c.date, c.places, c.what].joined(separator: "|") }
        #expect(kept.map(text).sorted() == expected.map(text).sorted())
        // No part is kept that no incident names (the removed incidents' and the changed one's earlier parts).
        Self.expectEveryPartNamed(counted)
        let relations = try await store.relations().filter { $0.incidentID == "acled-ARM1002" }
        #expect(relations.map(\.locationIndex) == [0] && relations.allSatisfy { $0.detail != nil })

        _ = try await store.undoImport(1)
        #expect(try await store.catalog().incidents.isEmpty)
        #expect(try await store.importedRecords().isEmpty)
        #expect(try await store.info().imports.isEmpty)
        await #expect {
            _ = try await store.undoImport(1)
        } throws: { error in
            "\(error)".contains("there is no import 1")
        }
    }

    @Test func anImportThatUpdatedRowsIsNotUndone() async throws {
        let store = try await Shared.emptyStore()
        _ = try await Shared.importing(try Shared.read("acled", "acled-sample.csv"), into: store)
        let text = try String(contentsOf: Shared.fixture("acled-sample.csv"), encoding: .utf8)
        let revised = text.replacingOccurrences(of: "long form.\",7,", with: "long form.\",9,")
        let summary = try await Shared.importing(
            try ACLEDFormat.read(Data(revised.utf8), file: "revised.csv", sides: Shared.sides), into: store)
        #expect(summary.updated == 1)
        // The updated incident's earlier parts went with its earlier row.
        Self.expectEveryPartNamed(try #require(try await store.countedIncidents()))
        let before = try await Shared.contentDigest(store)
        await #expect {
            _ = try await store.undoImport(2)
        } throws: { error in
            "\(error)".contains("updated 1 rows imported before")
        }
        #expect(try await Shared.contentDigest(store) == before)
    }

    /// No counted part is kept that no incident's row names.
    static func expectEveryPartNamed(_ counted: CountedIncidents, sourceLocation: SourceLocation = #_sourceLocation) {
        let named = { (offset: Int) in
            Set(stride(from: offset, to: counted.rows.count, by: 3).map { counted.rows[$0] })
        }
        #expect(counted.dates.compactMap { $0 }.count == named(0).count, sourceLocation: sourceLocation)
        #expect(counted.places.compactMap { $0 }.count == named(1).count, sourceLocation: sourceLocation)
        #expect(counted.whats.compactMap { $0 }.count == named(2).count, sourceLocation: sourceLocation)
    }
}
