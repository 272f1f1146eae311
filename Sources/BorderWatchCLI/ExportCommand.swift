import ArgumentParser
import BorderEventStore
import BorderExchange
import BorderGeodata
import BorderPostGIS
import BorderQueries
import BorderStore
import BorderStores
import Foundation
import GeometryCore

/// `borderwatch export acled|ucdp|geojson|gpkg|claims-csv`: the store out.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the store's events as ACLED or UCDP GED CSV, GeoJSON, a GeoPackage copy, or claims CSV."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case acled, ucdp, geojson, gpkg
        case claimsCSV = "claims-csv"
    }

    @Argument(help: "acled, ucdp, geojson, gpkg or claims-csv.")
    var format: Format

    @Option(help: "Write to this file instead of standard output (required for gpkg).")
    var out: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        if format == .gpkg { return try copyStore() }
        if format == .claimsCSV {
            let related = try storeOptions.related()
            return try OutputOptions.write(ClaimsCSV.render(related.relations, catalog: related.catalog), to: out)
        }
        let geodata = try BundledData.geodata()
        let (events, sources) =
            if let store = try storeOptions.openForReading() {
                try blocking { try await StoreCatalog.exportedEvents(store, geodata: geodata) }
            } else {
                StoreCatalog.exportedEvents(try BundledData.related())
            }
        let text =
            switch format {
            case .acled: ACLEDFormat.write(events, sources: sources, sides: SideWords(theatres: geodata.theatres))
            case .ucdp: UCDPFormat.write(events, sources: sources, sides: SideWords(theatres: geodata.theatres))
            default: GeoJSONEvents.write(events, sources: sources)
            }
        try OutputOptions.write(text, to: out)
    }

    /// A consistent copy of the whole store, written beside the target and moved into place.
    private func copyStore() throws {
        guard let out else { throw CLIError.badInput("export gpkg needs --out FILE.gpkg") }
        guard let store = try storeOptions.openForReading() else {
            // No store yet: the copy is what a new store would hold, the bundled catalog and geodata.
            let bundled = try BundledData.related()
            let (geodata, catalog) = (bundled.geodata, bundled.catalog)
            do { try blocking { try await StoreCatalog.create(at: out, geodata: geodata, catalog: catalog) } } catch {
                throw CLIError.badInput("cannot write \(out): \(error)")
            }
            return print("wrote \(out)")
        }
        if let file = store as? GeoPackageStore {
            let url = URL(fileURLWithPath: out)
            let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
            try? FileManager.default.removeItem(at: temporary)
            try blocking { try await file.copy(to: temporary) }
            guard rename(temporary.path, url.path) == 0 else { throw CLIError.badInput("cannot write \(out)") }
        } else {
            let geodata = try BundledData.geodata()
            do { try blocking { try await StoreCatalog.copy(from: store, toGeoPackage: out, geodata: geodata) } } catch
            {
                throw CLIError.badInput("cannot copy \(storeOptions.displayName) to \(out): \(error)")
            }
        }
        print("wrote \(out)")
    }
}
