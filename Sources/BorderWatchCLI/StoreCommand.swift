import ArgumentParser
import BorderEventStore
import BorderGeodata
import BorderIncidents
import Foundation
import GeometryCore

/// `borderwatch store info|refresh|undo`: looking after the store itself.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Inspect the store, relate it again after the geodata changed, or undo an import.",
        subcommands: [StoreInfoCommand.self, StoreRefreshCommand.self, StoreUndoCommand.self]
    )
}

/// `borderwatch store info`: counts, schema version, geodata digest and staleness, and the imports.
struct StoreInfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Counts, schema version, the digest of the geodata the store was related with, and its imports."
    )

    @Option(help: "Output format: table or json.")
    var format: OutputFormat = .table

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        guard format == .table || format == .json else { throw CLIError.badInput("--format takes table or json") }
        guard let store = try storeOptions.openForReading(warnIfStale: false) else {
            throw CLIError.badInput("there is no store at \(storeOptions.displayName) (`borderwatch run` makes one)")
        }
        let info = try blocking { try await store.info() }
        let current = GeodataDigest.bundled
        let stale = current.map { info.isStale(against: $0) } ?? false
        print(
            format == .json ? json(info, current: current, stale: stale) : table(info, current: current, stale: stale))
    }

    private func table(_ info: StoreInfo, current: String?, stale: Bool) -> String {
        var lines = [
            "store          \(storeOptions.displayName)",
            "schema version \(info.schemaVersion)",
            "incidents      \(info.incidents)",
            "locations      \(info.locations)",
            "imported rows  \(info.importedRows)",
            "imports        \(info.imports.count)",
            "geodata        \(info.geodataDigest ?? "(none recorded)")",
            "stale          "
                + (stale ? "yes: the geodata now is \(current ?? "?"); run `borderwatch store refresh`" : "no"),
        ]
        if !info.imports.isEmpty {
            let rows =
                [["import", "when", "new", "updated", "linked", "unchanged", "what"]]
                + info.imports.map { i in
                    [
                        String(i.id ?? 0), i.importedAt ?? "", String(i.new), String(i.updated), String(i.linked),
                        String(i.unchanged), i.label,
                    ]
                }
            let widths = (0..<7).map { c in rows.map { $0[c].count }.max() ?? 0 }
            lines.append("")
            for row in rows {
                let cells = row.enumerated().map { c, cell in
                    c == 6 ? cell : cell + String(repeating: " ", count: widths[c] - cell.count)
                }
                lines.append(cells.joined(separator: "  "))
            }
        }
        return lines.joined(separator: "\n")
    }

    private func json(_ info: StoreInfo, current: String?, stale: Bool) -> String {
        func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
        let imports = info.imports.map { i -> JSONValue in
            .object([
                "id": .number(Double(i.id ?? 0)), "imported_at": optional(i.importedAt), "label": .string(i.label),
                "geodata_digest": optional(i.geodataDigest), "new": .number(Double(i.new)),
                "updated": .number(Double(i.updated)), "linked": .number(Double(i.linked)),
                "unchanged": .number(Double(i.unchanged)),
            ])
        }
        var w = JSONWriter()
        w.value(
            .object([
                "store": .string(storeOptions.displayName), "schema_version": .number(Double(info.schemaVersion)),
                "incidents": .number(Double(info.incidents)), "locations": .number(Double(info.locations)),
                "imported_rows": .number(Double(info.importedRows)), "geodata_digest": optional(info.geodataDigest),
                "current_geodata_digest": optional(current), "stale": .bool(stale), "imports": .array(imports),
            ]))
        return w.string
    }
}

/// `borderwatch store refresh`: relate every stored incident again with the geodata loaded now.
struct StoreRefreshCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refresh",
        abstract: "Relate every stored incident again with the current geodata, in one transaction.",
        discussion:
            "Needed once after the geodata changed (`store info` says whether it did); the next import does it too."
    )

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try storeOptions.openExisting()
        let relater = try BundledData.related().relater
        guard let digest = GeodataDigest.bundled else { throw CLIError.badInput("cannot read the bundled geodata") }
        let bar = ProgressBar()
        let count: Int
        do {
            count = try blocking {
                try await StoreRefresh.refresh(store, relater: relater, digest: digest) {
                    bar.update("refreshing", $0)
                }
            }
        } catch {
            bar.finish()
            throw CLIError.badInput("\(storeOptions.displayName): nothing refreshed: \(error)")
        }
        bar.finish()
        print("\(storeOptions.displayName): \(count) incidents related again with geodata \(digest)")
    }
}

/// `borderwatch store undo IMPORT`: remove what one import wrote.
struct StoreUndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Remove what one import wrote (its id is in `store info`), in one transaction.",
        discussion:
            "Refused, changing nothing, for an unknown id, an import that updated rows imported before, "
            + "or one a later import added to (undo that one first)."
    )

    @Argument(help: "The import's id, as `store info` lists it.")
    var importID: Int

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try storeOptions.openExisting()
        let id = importID
        let summary: ImportUndo.Summary
        do { summary = try blocking { try await store.undoImport(id) } } catch let error as ImportUndo.UndoError {
            throw CLIError.badInput("\(storeOptions.displayName): \(error)")
        }
        print("\(storeOptions.displayName): \(summary.line)")
    }
}

/// The one-line warning a read gives when the store was related with other geodata.
enum StaleStoreWarning {
    static func check(_ store: some EventStore, name: String) async throws {
        guard let current = GeodataDigest.bundled, try await store.isStale(against: current) else { return }
        FileHandle.standardError.write(
            Data(
                """
                warning: \(name) was related with other geodata than is loaded now (\(current)); answers use its \
                stored relations; run `borderwatch store refresh` to relate it again\n
                """.utf8))
    }
}
