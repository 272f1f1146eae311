import ArgumentParser
import BorderIncidents
import BorderQueries
import Foundation
import GeometryCore

/// `borderwatch report …`: reports for reading and for tools.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write reports.",
        subcommands: [Proximity.self, SummaryCommand.self]
    )

    /// `borderwatch report proximity`.
    struct Proximity: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "What is around an incident, a place or a point, or every incident of the catalog.",
            discussion: "Without --incident, --place or --lat/--lon it reports on the whole catalog."
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json, csv }

        @Option(help: "An incident id.")
        var incident: String?

        @Option(help: "A place name.")
        var place: String?

        @OptionGroup var point: PointOptions

        @Option(help: "List other incidents within this many km.")
        var radiusKm: Double = 10

        @Option(help: "markdown, json or csv.")
        var format: Format = .markdown

        @Option(help: "Write to this file instead of standard output.")
        var out: String?

        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let related = try storeOptions.related()
            guard radiusKm > 0 else { throw CLIError.badInput("--radius-km \(radiusKm): must be positive") }
            let radius = radiusKm * 1000
            let report: ProximityReport
            if let incident {
                guard let r = related.relation(id: incident) else {
                    throw CLIError.nothingFound("no incident '\(incident)'")
                }
                report = ProximityReport(
                    subjects: [
                        .init(
                            title: "\(r.incident.date.iso) — \(r.incident.title)", relation: r,
                            locations: r.locations)
                    ], radiusMetres: radius, related: related)
            } else if let place {
                let l = try BundledData.relatePlace(place, in: related)
                report = ProximityReport(
                    subjects: [.init(title: place, relation: nil, locations: [l])], radiusMetres: radius,
                    related: related)
            } else if let c = try point.coordinate() {
                let l = try related.relater.relate(point: c)
                report = ProximityReport(
                    subjects: [.init(title: l.location.name, relation: nil, locations: [l])], radiusMetres: radius,
                    related: related)
            } else {
                report = ProximityReport.catalog(related, radiusMetres: radius)
            }
            let text =
                switch format {
                case .markdown: report.markdown
                case .json: report.json
                case .csv: report.csv
                }
            try OutputOptions.write(text, to: out)
        }
    }
}
