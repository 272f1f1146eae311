import ArgumentParser
import BorderGeodata
import BorderIncidents
import BorderQueries
import Foundation
import GeometryCore

/// Output formats every command that prints results accepts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, geojson, csv
}

/// Where results go: standard output, or a file written atomically.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .table

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    var resultFormat: ResultFormat { ResultFormat(rawValue: format.rawValue)! }

    func emit(_ text: String) throws { try Self.write(text, to: out) }

    /// Prints `text`, or writes it atomically to `out` when given.
    static func write(_ text: String, to out: String?) throws {
        if let out {
            try AtomicFile.write(text, to: URL(fileURLWithPath: out))
        } else {
            print(text, terminator: text.unicodeScalars.last == "\n" ? "" : "\n")
        }
    }
}

/// A point typed as --lat/--lon (the one place latitude comes first).
struct PointOptions: ParsableArguments {
    @Option(help: "Latitude in degrees (WGS84).")
    var lat: Double?

    @Option(help: "Longitude in degrees (WGS84).")
    var lon: Double?

    func coordinate() throws -> Coordinate? {
        switch (lat, lon) {
        case (nil, nil): return nil
        case let (lat?, lon?):
            do { return try Coordinate(longitude: lon, latitude: lat) } catch {
                throw CLIError.badInput("--lat \(lat) --lon \(lon): \(error)")
            }
        default: throw CLIError.badInput("give both --lat and --lon")
        }
    }
}

/// The bundled data, loaded once per command.
enum BundledData {
    /// Loaded on first use, after `--theatre` has chosen the packs: parsing
    /// the packs is most of a command's start, so it happens once.
    private static let loaded = Result { try RelatedCatalog.loadBundled() }

    static func related() throws -> RelatedCatalog {
        do { return try loaded.get() } catch {
            throw CLIError.badInput(
                "cannot load the bundled data: \(error) (run from the repository, or set BORDERWATCH_GEODATA)")
        }
    }

    /// Where the gazetteer's additions, else the theatres' swept rows, put a
    /// place when exactly one position goes by that name (as typed, any
    /// case): both are read before the packs' layers, so this is a guess that
    /// a read started early may go on, checked against the loaded gazetteer's
    /// answer before anything is used.
    static func guessedPosition(of name: String) -> Coordinate? {
        let wanted = name.lowercased()
        func named(_ names: [String]) -> Bool { names.contains { $0.lowercased() == wanted } }
        let added = GazetteerAdditions.bundled.features.filter { named([$0.name] + $0.otherNames) }.map(\.coordinate)
        let swept = TheatreGazetteer.bundled.flatMap(\.rows).filter { named([$0.name] + $0.otherNames) }
        let found = added.isEmpty ? swept.map(\.coordinate) : added
        guard let first = found.first, found.allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    /// The bundled packs' geodata (the same value every loader of this command uses).
    static func geodata() throws -> Geodata { try related().geodata }

    /// Resolves a place name, turning an unknown name into a bad-input error
    /// with suggestions.
    static func place(_ name: String, in related: RelatedCatalog, code: Int32 = 2) throws -> Gazetteer.Match {
        do { return try related.relater.gazetteer.resolve(name) } catch {
            throw CLIError(message: error.description, code: code)
        }
    }

    /// Relates a named place; an unknown name is bad input with suggestions.
    static func relatePlace(_ name: String, in related: RelatedCatalog) throws -> LocationRelation {
        let location = IncidentLocation(kind: .place(name), precision: 1, relation: "at", claimedBy: nil, sources: [])
        do { return try related.relater.relate(location) } catch let .lookup(error) {
            throw CLIError.badInput(error.description)
        }
    }

    static func day(_ text: String?, _ flag: String) throws -> Day? {
        guard let text else { return nil }
        guard let d = Day(iso: text) else { throw CLIError.badInput("\(flag) '\(text)': expected a date YYYY-MM-DD") }
        return d
    }
}
