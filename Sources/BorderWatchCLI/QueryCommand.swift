import ArgumentParser
import BorderGeodata
import BorderIncidents
import BorderQueries
import Foundation
import GeometryCore

/// `borderwatch query incidents|settlements`: filters that combine.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract:
            "Find incidents or settlements by place, radius, box, polygon, province, border band, side, date, type or casualties.",
        discussion: """
            Every filter given must hold. Radius and border bands are geodesic metres on WGS84.
            Examples:
              borderwatch query incidents --near Sotk --radius-km 10
              borderwatch query incidents --side ARM --from 2021-01-01 --to 2021-12-31 --format csv
              borderwatch query settlements --province Syunik --border-max-km 5
            """
    )

    enum Subject: String, ExpressibleByArgument, CaseIterable { case incidents, settlements }

    @Argument(help: "What to find: incidents or settlements.")
    var subject: Subject

    @OptionGroup var filters: IncidentFilterOptions

    @OptionGroup var output: OutputOptions

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        switch subject {
        case .incidents:
            let found = try filters.matches(in: storeOptions)
            // Each location's side on its incident's first day and today.
            let relater = found.related.relater
            let hits = found.hits.map { h in
                var h = h
                let day = h.relation.incident.date.start
                let dated = { (l: LocationRelation) in
                    var l = l
                    l.dated = relater.datedSide(of: l, on: day)
                    return l
                }
                h.locations = h.locations.map(dated)
                h.relation.locations = h.relation.locations.map(dated)
                return h
            }
            try output.emit(QueryOutput.incidents(hits, related: found.related, format: output.resultFormat))
        case .settlements:
            // Settlements are the bundled geodata's, whatever the store.
            let places = try BundledData.related()
            var q = SettlementQuery()
            q.spatial = try filters.spatialFilter(places: places)
            q.country = filters.side?.uppercased()
            let hits: [SettlementQuery.Hit]
            do { hits = try q.run(on: places.geodata, gazetteer: places.relater.gazetteer) } catch let e as QueryError {
                throw CLIError.badInput(e.description)
            }
            guard !hits.isEmpty else { throw CLIError.nothingFound("no settlement matches") }
            try output.emit(QueryOutput.settlements(hits, related: places, format: output.resultFormat))
        }
    }
}
