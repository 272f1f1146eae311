import ArgumentParser
import BorderEventStore
import BorderExchange
import BorderGeodata
import BorderIncidents
import BorderPostGIS
import BorderStore
import BorderStores
import Foundation

/// `borderwatch import acled|ucdp|geojson|catalog FILE`: rows into the store.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import ACLED, UCDP GED, GeoJSON or catalog events into the store, relating every location.",
        discussion:
            "Each row is new, updated (same id, new content), linked (another source's report of a stored event: "
            + "same day ±1, within 5 km, compatible type) or unchanged. Bad rows are listed with their line and reason; "
            + "exit code 2 if any was rejected. The import is one transaction, read and written in batches of 10,000 rows."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case acled, ucdp, geojson, catalog }

    @Argument(help: "acled, ucdp, geojson or catalog.")
    var format: Format

    @Argument(help: "The file to import.")
    var file: String

    @Flag(help: "Read, check, link and relate, but write nothing.")
    var dryRun = false

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let url = URL(fileURLWithPath: file)
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw CLIError.badInput("\(file): cannot read (no readable file there)")
        }
        let relater = try BundledData.related().relater
        let geodata = relater.geodata
        let source: any EventSource
        do {
            switch format {
            case .acled, .ucdp:
                // Read from disk a batch at a time; the header is checked here, before the store is opened.
                let streamed = EventFile(
                    url: url, format: format == .acled ? .acled : .ucdp, sides: SideWords(theatres: geodata.theatres))
                _ = try streamed.batches(of: 1)
                source = streamed
            case .geojson: source = try GeoJSONEvents.read(try Data(contentsOf: url), file: url.lastPathComponent)
            case .catalog: source = try CatalogRecords.read(try Data(contentsOf: url), file: url.lastPathComponent)
            }
        } catch { throw CLIError.badInput("\(file): \(error)") }
        // A dry run against a store that does not exist yet checks against a throwaway one made from the bundled data.
        var target = storeOptions
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "borderwatch-dry-run-\(getpid()).gpkg")
        if dryRun && !storeOptions.exists { target.store = scratch.path }
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: scratch.path + suffix) }
        }
        let store = try target.open()
        let bar = ProgressBar()
        let dryRun = self.dryRun, label = "\(format.rawValue) \(url.lastPathComponent)"
        let summary: EventImporter.Summary
        do {
            summary = try blocking {
                try await EventImporter(relater: relater).run(
                    source, into: store, dryRun: dryRun, label: label, progress: bar.update)
            }
        } catch {
            bar.finish()
            throw CLIError.badInput("\(file): nothing imported: \(error)")
        }
        bar.finish()
        for r in summary.rejected { FileHandle.standardError.write(Data("\(file): \(r)\n".utf8)) }
        print("\(file): \(summary.line)\(dryRun ? " (dry run: nothing written)" : " → \(storeOptions.displayName)")")
        if !summary.rejected.isEmpty { throw CLIError(message: "\(summary.rejected.count) rows rejected", code: 2) }
    }
}

/// A one-line progress bar on standard error, drawn only when it is a terminal.
final class ProgressBar: @unchecked Sendable {
    private let enabled = isatty(2) == 1
    private let lock = NSLock()

    func update(_ stage: String, _ fraction: Double) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let width = 30, filled = Int((fraction * Double(width)).rounded())
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        FileHandle.standardError.write(
            Data("\r\(stage.padding(toLength: 10, withPad: " ", startingAt: 0)) [\(bar)] \(Int(fraction * 100))%".utf8))
    }

    func finish() {
        if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
