import BorderEventStore
import BorderExchange
import BorderGeodata
import BorderIncidents
import BorderStore
import Foundation
import Testing

/// Import → export gives back every column an ACLED or UCDP file had, as
/// read, except those the engine owns (README, "The store, import and
/// export"): the id of a linked row (the row's own id then stands in
/// `source_event_id`) and the dates, written as ISO 8601 calendar dates.
@Suite struct OriginalFieldsTests {
    /// A CSV file's header and rows, read without the engine's readers.
    struct Table {
        var header: [String]
        var rows: [[String]]

        init(_ text: String) {
            let records = DelimitedRecords(Data(text.utf8)).map { $0.fields ?? [] }
            header = records.first ?? []
            rows = Array(records.dropFirst())
        }

        func column(_ name: String) -> Int? { header.firstIndex(of: name) }

        /// The row whose `column` holds `value`, when exactly one does.
        func row(where column: String, is value: String) -> [String]? {
            guard let k = self.column(column) else { return nil }
            let found = rows.filter { $0[k] == value }
            return found.count == 1 ? found[0] : nil
        }
    }

    /// "13 September 2022" or "2022-09-14 00:00:00.000" as YYYY-MM-DD, read by Foundation rather than the engine.
    static func isoDay(_ text: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "d MMMM yyyy"
        guard let date = formatter.date(from: text) else { return String(text.prefix(10)) }
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }

    /// Every column of every row of `original` has the same text in
    /// `exported`, the row found by its id in `source_event_id`; the id
    /// column holds `ids[id]` (the engine's id) where given, and date columns the ISO day.
    static func expectKept(
        _ original: Table, in exported: Table, idColumn: String, dates: Set<String>,
        ids: [String: String] = [:]
    ) throws {
        let idIndex = try #require(original.column(idColumn))
        #expect(original.rows.count >= 2)
        for row in original.rows {
            let id = row[idIndex]
            let out = try #require(exported.row(where: "source_event_id", is: id), "no exported row for \(id)")
            for (k, column) in original.header.enumerated() {
                let at = try #require(exported.column(column), "the export lacks \(column)")
                let expected = column == idColumn ? ids[id] ?? id : dates.contains(column) ? isoDay(row[k]) : row[k]
                #expect(out[at] == expected, "\(id) \(column): \(out[at]) ≠ \(expected)")
            }
        }
    }

    func export(_ store: GeoPackageStore, _ write: ([ExportedEvent], [String: SourceReport]) -> String) async throws
        -> Table
    {
        let (events, sources) = try await StoreCatalog.exportedEvents(store, geodata: Shared.geodata)
        return Table(write(events, sources))
    }

    func fixture(_ name: String) throws -> Table {
        Table(try String(contentsOf: Shared.fixture(name), encoding: .utf8))
    }

    @Test func acledComesBackColumnForColumn() async throws {
        let store = try await Shared.emptyStore()
        let summary = try await Shared.importing(try Shared.read("acled", "acled-am-az.csv"), into: store)
        #expect(summary == EventImporter.Summary(new: 4))
        let original = try fixture("acled-am-az.csv"),
            exported = try await export(store, { ACLEDFormat.write($0, sources: $1, sides: Shared.sides) })
        // The standard columns, the source's id beside the engine's, then the file's own extra column.
        #expect(
            exported.header == Array(ACLEDFormat.columns.prefix(1)) + ["source_event_id"]
                + ACLEDFormat.columns.dropFirst()
                + ["population_best"])
        try Self.expectKept(original, in: exported, idColumn: "event_id_cnty", dates: ["event_date"])
        // What the issue saw lost, by name.
        let jermuk = try #require(exported.row(where: "event_id_cnty", is: "ARM1546"))
        let sotk = try #require(exported.row(where: "event_id_cnty", is: "ARM1551"))
        #expect(jermuk[try #require(exported.column("admin2"))] == "Jermuk")
        #expect(sotk[try #require(exported.column("admin3"))] == "Sotk")
        #expect(jermuk[try #require(exported.column("source_scale"))] == "National")
        #expect(jermuk[try #require(exported.column("timestamp"))] == "1663617612")
        #expect(jermuk[try #require(exported.column("event_date"))] == "2022-09-13")
        #expect(
            jermuk[try #require(exported.column("notes"))].contains(#"called it "the largest attack since 2020". 3"#))
    }

    @Test func ucdpComesBackColumnForColumn() async throws {
        let store = try await Shared.emptyStore()
        let summary = try await Shared.importing(try Shared.read("ucdp", "ucdp-ged-am-az.csv"), into: store)
        #expect(summary == EventImporter.Summary(new: 2))
        let original = try fixture("ucdp-ged-am-az.csv"),
            exported = try await export(store, { UCDPFormat.write($0, sources: $1, sides: Shared.sides) })
        #expect(original.header == UCDPFormat.columns && original.header.count == 49)
        #expect(exported.header == ["id", "source_event_id"] + UCDPFormat.columns.dropFirst())
        try Self.expectKept(original, in: exported, idColumn: "id", dates: ["date_start", "date_end"])
        // The two-day event the issue names: its conflict, relid and date_prec 1 as read.
        let jermuk = try #require(exported.row(where: "id", is: "447211"))
        func value(_ column: String) throws -> String { jermuk[try #require(exported.column(column))] }
        #expect(try value("conflict_name") == "Armenia, Azerbaijan")
        #expect(try value("date_prec") == "1")
        #expect(try value("relid") == "ARM-2022-1-13699-3")
        #expect(try value("code_status") == "Clear" && value("country_id") == "371")
        #expect(try value("where_description") == "Jermuk and its surroundings, Vayots Dzor")
        #expect(try value("date_start") == "2022-09-13" && value("date_end") == "2022-09-14")
    }

    /// An ACLED row linked into a UCDP incident is written under the
    /// incident's id with its own beside it; the UCDP row under its own.
    @Test func aLinkedRowKeepsItsFieldsUnderTheEnginesID() async throws {
        let store = try await Shared.emptyStore()
        _ = try await Shared.importing(try Shared.read("ucdp", "ucdp-ged-am-az.csv"), into: store)
        let summary = try await Shared.importing(try Shared.read("acled", "acled-am-az.csv"), into: store)
        #expect(summary == EventImporter.Summary(new: 3, linked: 1))
        let acled = try await export(store, { ACLEDFormat.write($0, sources: $1, sides: Shared.sides) })
        try Self.expectKept(
            try fixture("acled-am-az.csv"), in: acled, idColumn: "event_id_cnty", dates: ["event_date"],
            ids: ["ARM1546": "ucdp-447211"])
        // UCDP's Fuzuli event holds no ACLED row: written from the model, with no source id.
        let fuzuli = try #require(acled.row(where: "event_id_cnty", is: "ucdp-380142"))
        #expect(fuzuli[try #require(acled.column("source_event_id"))] == "")
        #expect(fuzuli[try #require(acled.column("population_best"))] == "")

        let ucdp = try await export(store, { UCDPFormat.write($0, sources: $1, sides: Shared.sides) })
        try Self.expectKept(
            try fixture("ucdp-ged-am-az.csv"), in: ucdp, idColumn: "id", dates: ["date_start", "date_end"])
        #expect(ucdp.rows.count == 5)
        let sotk = try #require(ucdp.row(where: "id", is: "acled-ARM1551"))
        #expect(sotk[try #require(ucdp.column("source_event_id"))] == "")
    }

    /// The fields outlive an update of the row and a copy of the store.
    @Test func fieldsAreReplacedByAnUpdateAndCopied() async throws {
        let store = try await Shared.emptyStore()
        _ = try await Shared.importing(try Shared.read("ucdp", "ucdp-ged-am-az.csv"), into: store)
        let text = try String(contentsOf: Shared.fixture("ucdp-ged-am-az.csv"), encoding: .utf8)
        let revised = text.replacingOccurrences(of: "Jermuk community", with: "Jermuk urban community")
        #expect(revised != text)
        let summary = try await Shared.importing(
            try UCDPFormat.read(Data(revised.utf8), file: "revised.csv", sides: Shared.sides), into: store)
        #expect(summary == EventImporter.Summary(updated: 1, unchanged: 1))
        let records = try await store.importedRecords(withFields: true)
        #expect(records["ucdp:447211"]?.fields?.value(of: "adm_2") == "Jermuk urban community")
        #expect(try await store.importedRecords()["ucdp:447211"]?.fields == nil, "read without fields unless asked")

        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bw-copy-\(UUID().uuidString).gpkg")
            .path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try await StoreCatalog.copy(from: store, toGeoPackage: path, geodata: Shared.geodata)
        let copy = try await GeoPackageStore.open(path: path)
        #expect(try await copy.importedRecords(withFields: true) == records)
        let a = try await export(store, { UCDPFormat.write($0, sources: $1, sides: Shared.sides) }),
            b = try await export(copy, { UCDPFormat.write($0, sources: $1, sides: Shared.sides) })
        #expect(a.header == b.header && a.rows == b.rows)
    }

    @Test func fieldsReadBackAsWritten() throws {
        let fields = try #require(RecordFields(names: ["id", " Notes ", "id"], values: ["1", "a \"b\",\nc\u{0}", ""]))
        #expect(try RecordFields(json: fields.json) == fields)
        #expect(
            fields.value(of: "NOTES") == "a \"b\",\nc\u{0}" && fields.value(of: "id") == "1"
                && fields.value(of: "x") == nil)
        #expect(RecordFields(names: ["a"], values: []) == nil)
        #expect(throws: (any Error).self) { try RecordFields(json: #"{"id":"1"}"#) }
    }
}
