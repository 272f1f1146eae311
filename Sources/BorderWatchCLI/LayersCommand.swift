import ArgumentParser
import BorderQueries
import Foundation

/// `borderwatch layers --out DIR`: the map layers.
struct LayersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layers",
        abstract:
            "Write RFC 7946 GeoJSON map layers: incidents, settlements, provinces (choropleth), border, border bands."
    )

    @Option(help: "Folder to write the layers to.")
    var out: String

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let related = try storeOptions.related()
        for url in try MapLayers(related: related).write(to: URL(fileURLWithPath: out)) {
            print("wrote \(url.path)")
        }
    }
}
