import BorderGeodata
import Foundation
import GeometryCore

/// The hand-kept `gazetteer-additions.tsv` of each theatre pack: more names for features
/// the generated layers already have (Azerbaijani, Armenian and Soviet-era
/// names; Karvachar = Kalbajar), and features they lack (lakes, mountains,
/// regions such as Nakhchivan or Nagorno-Karabakh as wholes), each row with
/// the page it was read from. Kept apart from the generated layers so that
/// rebuilding them cannot lose it.
public struct GazetteerAdditions: Sendable {
    /// More names for an existing settlement or province.
    public struct Alias: Sendable, Hashable {
        public var names: [String]
        /// A settlement id ("geonames:616041") or province id ("AM-GR").
        public var target: String
        public var citation: String
    }

    /// A feature the layers lack.
    public struct Feature: Sendable, Hashable {
        public var id: String
        /// "settlement", "lake", "mountain", "pass" or "region".
        public var kind: String
        public var name: String
        public var otherNames: [String]
        public var coordinate: Coordinate
        /// For a region, the provinces it covers; else the province it lies in.
        public var covers: [String]
        public var citation: String
        public var note: String
    }

    public struct ReadError: Error, Equatable, Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    public var aliases: [Alias] = []
    public var features: [Feature] = []

    public static let empty = GazetteerAdditions()
    public static let fileName = "gazetteer-additions.tsv"
    static let kinds: Set<String> = ["alias", "settlement", "lake", "mountain", "pass", "region"]

    /// The files of the selected bundled packs (`TheatrePack.selected`), one
    /// after the other; empty when there are none. A malformed file also
    /// gives none here (the tests read it strictly).
    public static let bundled: GazetteerAdditions = {
        guard let dir = Geodata.bundledDirectory(), let packs = try? TheatrePack.selected(in: dir) else {
            return .empty
        }
        var result = GazetteerAdditions()
        for pack in packs {
            let url = pack.directory.appendingPathComponent(fileName)
            guard FileManager.default.fileExists(atPath: url.path), let read = try? read(contentsOf: url) else {
                continue
            }
            result.aliases += read.aliases
            result.features += read.features
        }
        return result
    }()

    public static func read(contentsOf url: URL) throws(ReadError) -> GazetteerAdditions {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw ReadError(file: url.path, line: 0, message: "cannot read: \(error.localizedDescription)")
        }
        return try parse(text, file: url.path)
    }

    public static func parse(_ text: String, file: String) throws(ReadError) -> GazetteerAdditions {
        var result = GazetteerAdditions()
        var header: [String]?
        for record in DelimitedRecords.tsv(Data(text.utf8)) {
            func fail(_ message: String) -> ReadError { ReadError(file: file, line: record.line, message: message) }
            guard let raw = record.fields else { throw fail(record.problem ?? "unreadable line") }
            let fields = raw.map(GazetteerFields.trimmed)
            guard let columns = header else {
                guard fields.starts(with: ["kind", "id", "name", "other_names", "lat", "lon", "target", "source_url"])
                else {
                    throw fail("expected the header kind, id, name, other_names, lat, lon, target, source_url, note")
                }
                header = fields
                continue
            }
            guard fields.count == columns.count else {
                throw fail("expected \(columns.count) tab-separated fields, found \(fields.count)")
            }
            let kind = fields[0],
                names = GazetteerFields.names(fields[3])
            guard kinds.contains(kind) else {
                throw fail("unknown kind '\(kind)'; expected one of \(kinds.sorted().joined(separator: ", "))")
            }
            guard fields[7].hasPrefix("http") else {
                throw fail("source_url '\(fields[7])': every row needs the page it was read from")
            }
            if kind == "alias" {
                guard !fields[6].isEmpty, !names.isEmpty else {
                    throw fail("an alias needs other_names and a target id")
                }
                result.aliases.append(Alias(names: names, target: fields[6], citation: fields[7]))
                continue
            }
            guard !fields[1].isEmpty, !fields[2].isEmpty else { throw fail("a new feature needs an id and a name") }
            guard let lat = Double(fields[4]), let lon = Double(fields[5]),
                let c = try? Coordinate(longitude: lon, latitude: lat)
            else {
                throw fail("lat '\(fields[4])', lon '\(fields[5])': expected WGS84 degrees")
            }
            result.features.append(
                Feature(
                    id: fields[1], kind: kind, name: fields[2], otherNames: names, coordinate: c,
                    covers: fields[6].split(separator: ",").map(String.init), citation: fields[7],
                    note: fields.count > 8 ? fields[8] : ""))
        }
        guard header != nil else { throw ReadError(file: file, line: 1, message: "no header line") }
        return result
    }

    /// A new feature as a gazetteer place, given its country and province by the polygons.
    func settlement(_ f: Feature, in geodata: Geodata) -> Settlement {
        let province = geodata.province(at: f.coordinate)
        return Settlement(
            id: f.id, geonameID: nil, name: f.name, asciiName: NameFolding.ascii(f.name), alternateNames: f.otherNames,
            population: nil, coordinate: f.coordinate,
            country: province?.country ?? geodata.country(at: f.coordinate)?.iso3,
            province: province?.id, inToleranceBand: false, source: GazetteerAdditions.fileName, citation: f.citation,
            sourcedAdmin: nil, statedCountry: nil, note: "\(f.kind): \(f.note)")
    }
}
