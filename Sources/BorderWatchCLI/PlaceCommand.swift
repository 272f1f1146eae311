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

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let related = try storeOptions.related()
        let match = try BundledData.place(name, in: related, code: 1)
        try output.emit(QueryOutput.place(name, match: match, related: related, format: output.resultFormat))
    }
}
