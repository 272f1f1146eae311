import ArgumentParser
import BorderGeodata
import BorderIncidents
import BorderQueries
import Foundation
import GeometryCore

/// `borderwatch place NAME`: what a name means in the gazetteer.
struct PlaceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "place",
        abstract: "Look a place up by any spelling; lists every place the name can mean."
    )

    @Argument(help: "The name, such as Sotk, Zod, Kelbajar or Vardenis.")
    var name: String

    @OptionGroup var output: OutputOptions

    func run() throws {
        let related = try BundledData.related()
        let gazetteer = related.relater.gazetteer
        let match = try BundledData.place(name, in: related, code: 1)
        let targets = [match.target] + match.alternatives
        switch output.format {
        case .table:
            var rows = [["place", "kind", "position", "province", "country", "id"]]
            for t in targets {
                switch t {
                case let .settlement(s):
                    rows.append([s.name, "settlement", String(format: "%.5f N, %.5f E", s.coordinate.latitude, s.coordinate.longitude),
                                 s.province.flatMap(related.geodata.province(id:))?.name ?? "—", s.country ?? "—", s.id])
                case let .province(p):
                    rows.append([p.name, p.kind, "—", p.name, p.country, p.id])
                }
            }
            try output.emit(SummaryTable.table(rows) + "\n" + match.explanation + "\n")
        case .json, .geojson, .csv:
            let features = targets.compactMap { t -> Feature? in
                guard let c = t.coordinate else { return nil }
                return Feature(geometry: .point(Point(c)), properties: ["name": .string(t.name), "description": .string(gazetteer.describe(t))])
            }
            if output.format == .csv {
                var csv = CSVWriter(header: ["name", "description", "longitude", "latitude"])
                for t in targets {
                    let c = t.coordinate
                    csv.append([t.name, gazetteer.describe(t), c.map { String(format: "%.6f", $0.longitude) } ?? "",
                                c.map { String(format: "%.6f", $0.latitude) } ?? ""])
                }
                try output.emit(csv.text)
            } else if output.format == .geojson {
                try output.emit(GeoJSONWriter().string(FeatureCollection(features)))
            } else {
                var w = JSONWriter()
                w.value(.object(["query": .string(name), "explanation": .string(match.explanation),
                                 "matches": .array(targets.map { .string(gazetteer.describe($0)) })]))
                try output.emit(w.string + "\n")
            }
        }
    }
}
