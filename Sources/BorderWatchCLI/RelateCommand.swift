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
        discussion: "Example: borderwatch relate --lat 40.2 --lon 45.87 --format json"
    )

    @OptionGroup var point: PointOptions

    @Option(help: "A place name from the gazetteer (any spelling, such as Zod or Kəlbəcər).")
    var place: String?

    @Option(help: "An incident id from the catalog.")
    var incident: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let related = try BundledData.related()
        let given = [point.lat != nil || point.lon != nil, place != nil, incident != nil].filter { $0 }.count
        guard given == 1 else { throw CLIError.badInput("give exactly one of --lat/--lon, --place or --incident") }
        if let id = incident {
            guard let r = related.relation(id: id) else {
                throw CLIError.nothingFound("no incident '\(id)'; known: \(related.relations.map(\.incident.id).joined(separator: ", "))")
            }
            try output.emit(render([r.locations], title: r.incident.title, relation: r, related))
            return
        }
        let location: LocationRelation
        if let place {
            _ = try BundledData.place(place, in: related)
            location = try related.relater.relate(IncidentLocation(kind: .place(place), precision: 1, relation: "at",
                                                                   claimedBy: nil, sources: []))
        } else {
            location = try related.relater.relate(point: try point.coordinate()!)
        }
        try output.emit(render([[location]], title: location.location.name, relation: nil, related))
    }

    private func render(_ groups: [[LocationRelation]], title: String, relation: IncidentRelation?, _ related: RelatedCatalog) throws -> String {
        let locations = groups.flatMap { $0 }
        switch output.format {
        case .json:
            var w = JSONWriter()
            if let relation { w.object(RelationJSON.relation(relation, catalog: related.catalog)) }
            else { w.object(RelationJSON.location(locations[0])) }
            return w.string + "\n"
        case .geojson:
            let features = locations.map { Feature(geometry: .point(Point($0.coordinate)), properties: RelationJSON.location($0)) }
            return GeoJSONWriter().string(FeatureCollection(features))
        case .csv:
            let subject = ProximityReport.Subject(title: title, relation: relation, locations: locations)
            return ProximityReport(subjects: [subject], radiusMetres: 10_000, related: related).csv
        case .table:
            var rows: [[String]] = [["field", "value"]]
            for l in locations {
                rows += [["location", "\(l.location.name) (\(l.resolution))"],
                         ["position", String(format: "%.5f N, %.5f E", l.coordinate.latitude, l.coordinate.longitude)],
                         ["country", l.country ?? "—"],
                         ["province", l.province.map { "\($0.name) (\($0.localName), \($0.iso3166_2 ?? $0.id))" } ?? "—"],
                         ["border", String(format: "%.0f m to the %@ segment", l.borderDistance, l.nearestSegment)],
                         ["side", l.withinTolerance ? "\(l.side) — within the \(Int(l.toleranceMetres)) m tolerance (\(l.sideBasis.rawValue))" : l.side],
                         ["1991 oblast", l.inside1991Oblast ? "inside" : "outside"],
                         ["near", l.nearby.map(\.phrase).joined(separator: "; ")]]
            }
            return SummaryTable.table(rows)
        }
    }
}
