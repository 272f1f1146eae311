import ArgumentParser
import BorderIncidents
import BorderQueries
import Foundation
import GeometryCore

/// `borderwatch relate`: everything the engine says of a point, a place or an incident.
struct RelateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relate",
        abstract: "Relate a point, a place or an incident: province, border distance and side, nearby places.",
        discussion: """
            Example: borderwatch relate --lat 40.2 --lon 45.87 --format json
            With --date, also the side on that day by the version of the line then in force, the side now,
            and whether they differ (side_at_date, side_now, side_changed).
            """
    )

    @OptionGroup var point: PointOptions

    @Option(help: "A place name from the gazetteer (any spelling, such as Zod or Kəlbəcər).")
    var place: String?

    @Option(help: "An incident id from the catalog.")
    var incident: String?

    @Option(help: "Also answer for this day (YYYY-MM-DD): the side by the line in force then, and now.")
    var date: String?

    @OptionGroup var output: OutputOptions

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let day = try BundledData.day(date, "--date")
        let related = try storeOptions.related()
        let given = [point.lat != nil || point.lon != nil, place != nil, incident != nil].filter { $0 }.count
        guard given == 1 else { throw CLIError.badInput("give exactly one of --lat/--lon, --place or --incident") }
        if let id = incident {
            guard var r = related.relation(id: id) else {
                throw CLIError.nothingFound(
                    "no incident '\(id)'; known: \(related.relations.map(\.incident.id).joined(separator: ", "))")
            }
            if let day { r.locations = r.locations.map { dated($0, day, related) } }
            try output.emit(
                QueryOutput.relation(
                    r.locations, title: r.incident.title, incident: r, related: related, format: output.resultFormat))
            return
        }
        var location: LocationRelation
        if let place {
            location = try BundledData.relatePlace(place, in: related)
        } else {
            location = try related.relater.relate(point: try point.coordinate()!)
        }
        if let day { location = dated(location, day, related) }
        try output.emit(
            QueryOutput.relation(
                [location], title: location.location.name, incident: nil, related: related, format: output.resultFormat)
        )
    }

    private func dated(_ l: LocationRelation, _ day: Day, _ related: RelatedCatalog) -> LocationRelation {
        var l = l
        l.dated = related.relater.datedSide(of: l, on: day)
        return l
    }
}
