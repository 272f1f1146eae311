import Foundation
import GeometryCore

/// The dated versions of the lines of the packs that have more than one,
/// each older version with the countries that decide a point's side then.
public struct DatedLines: Sendable {
    /// One version of one pack's line; `countries` is empty for the version
    /// in force today, whose countries are the pack's current layer.
    public struct Version: Sendable {
        public var version: LineVersion
        public var countries: [Country]
        let shapes: [PreparedGeometry]

        init(version: LineVersion, countries: [Country]) throws(GeometryError) {
            self.version = version
            self.countries = countries
            shapes = try countries.map { c throws(GeometryError) in try PreparedGeometry(c.geometry) }
        }

        public var isCurrent: Bool { version.file == LineVersion.currentFile }

        /// The country of this version whose polygon covers the point.
        func country(at c: Coordinate) -> String? {
            shapes.indices.first { (try? shapes[$0].coversPoint(c)) == true }.map { countries[$0].iso3 }
        }
    }

    /// The versions of each pack with more than one, by pack id, oldest first.
    var byTheatre: [String: [Version]] = [:]

    public init() {}

    /// Reads the older versions' layers of `pack` when its manifest lists
    /// more than one version; a pack with one or none adds nothing.
    mutating func add(_ pack: TheatrePack) throws(GeodataError) {
        guard let listed = pack.manifest.lineVersions, listed.count > 1 else { return }
        var versions: [Version] = []
        for v in listed {
            var countries: [Country] = []
            if v.file != LineVersion.currentFile {
                let url = pack.directory.appendingPathComponent(v.file)
                let layer = "theatres/\(pack.id)/\(v.file)"
                guard FileManager.default.fileExists(atPath: url.path) else { throw .missingLayer(url.path) }
                let features: [Feature]
                do { features = try GeoJSONReader.read(contentsOf: url).features } catch {
                    throw .badLayer(layer: layer, path: error.path, problem: error.message)
                }
                for (i, f) in features.enumerated() {
                    countries.append(try Country(f, index: i, layer: layer))
                }
            }
            do { versions.append(try Version(version: v, countries: countries)) } catch {
                throw .geometry("\(pack.id) line version \(v.id): \(error.description)")
            }
        }
        byTheatre[pack.id] = versions
    }

    /// A copy with GEOS handles of its own (see `Geodata.workerCopy()`).
    func copy() throws(GeometryError) -> DatedLines {
        var copy = DatedLines()
        for (id, versions) in byTheatre {
            copy.byTheatre[id] = try versions.map { v throws(GeometryError) in
                try Version(version: v.version, countries: v.countries)
            }
        }
        return copy
    }
}

extension Geodata {
    /// What the versions of a pack's line say of a point on a day.
    public enum DatedCountry: Sendable, Equatable {
        /// The version in force that day is today's: the current layers answer.
        case current(LineVersion)
        /// An older version is in force; `country` is the one of its
        /// polygons that covers the point (nil: none of its polygons does).
        case older(LineVersion, country: String?)
        /// The day is before the first version.
        case noVersion
    }

    /// Whether the pack lists more than one version of its line.
    public func hasLineVersions(theatre id: String) -> Bool { datedLines.byTheatre[id] != nil }

    /// The versions of a pack's line, oldest first (empty for a pack with one).
    public func lineVersions(theatre id: String) -> [LineVersion] {
        datedLines.byTheatre[id]?.map(\.version) ?? []
    }

    /// Which version of the pack's line is in force on `day` ("YYYY-MM-DD")
    /// and what it says of the point; nil when the pack has one version.
    public func datedCountry(at c: Coordinate, theatre id: String, on day: String) -> DatedCountry? {
        guard let versions = datedLines.byTheatre[id] else { return nil }
        guard let v = versions.first(where: { $0.version.isInForce(on: day) }) else { return .noVersion }
        return v.isCurrent ? .current(v.version) : .older(v.version, country: v.country(at: c))
    }
}
