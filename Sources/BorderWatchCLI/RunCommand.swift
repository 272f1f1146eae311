import GeometryCore
import ArgumentParser
import BorderQueries
import Foundation

/// `borderwatch run`: the main job on the bundled data.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Relate the whole catalog: write the map layers and the proximity report, print a summary table."
    )

    @Option(help: "Folder for the outputs.")
    var out = "out"

    @Option(help: "Radius in km for 'other incidents nearby' in the report.")
    var radiusKm: Double = 10

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let started = Date()
        let related = try storeOptions.related(create: true)
        let dir = URL(fileURLWithPath: out)
        let layers = try MapLayers(related: related).write(to: dir.appendingPathComponent("layers"))
        let report = ProximityReport.catalog(related, radiusMetres: radiusKm * 1000)
        for (name, text) in [
            ("proximity.md", report.markdown), ("proximity.json", report.json), ("proximity.csv", report.csv),
        ] {
            try AtomicFile.write(text, to: dir.appendingPathComponent(name))
        }
        print(SummaryTable.render(related))
        print(
            "\(related.relations.count) incidents from \(related.catalog.sources.count) sources in \(storeOptions.displayName); "
                + "\(layers.count) layers in \(dir.path)/layers, proximity report in \(dir.path)/proximity.{md,json,csv} "
                + "(\(Int(Date().timeIntervalSince(started) * 1000)) ms)")
    }
}
