import BorderIncidents
import BorderQueries
import Foundation

/// What `run` puts in a new store: the catalogs of every installed theatre pack.
enum BundledCatalog {
    static func incidentCount() throws -> Int {
        try CatalogReader.readBundled(in: CommandRunner.repository.appendingPathComponent("geodata")).incidents.count
    }

    /// Features of the incidents collection a new store serves: one per located place, as the library counts them.
    static func locatedPlaceCount() throws -> Int {
        MapLayers(related: try RelatedCatalog.loadBundled()).incidents().count
    }
}
