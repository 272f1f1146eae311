import BorderIncidents
import Foundation

/// What `run` puts in a new store: the catalogs of every installed theatre pack.
enum BundledCatalog {
    static func incidentCount() throws -> Int {
        try CatalogReader.readBundled(in: CommandRunner.repository.appendingPathComponent("geodata")).incidents.count
    }
}
