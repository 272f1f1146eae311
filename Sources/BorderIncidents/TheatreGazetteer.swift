import BorderGeodata
import Foundation
import GeometryCore

/// A theatre's swept gazetteer, `geodata/theatres/<theatre>/gazetteer.tsv`:
/// every settlement, height, pass, lake and border post near the line on both
/// sides, with the names both sides' media write (other_names), a position,
/// country, province and source per row. Built by the geodata pipeline, never
/// by hand; the engine reads it as is.
public struct TheatreGazetteer: Sendable {
    public struct Row: Sendable, Hashable {
        /// "geonames:616041" (the same id as a `settlements.geojson` place when
        /// the sweep took the place from there), "wiki:Kyzylart_Pass", …
        public var id: String
        /// "settlement", "mountain", "pass", "lake", "reservoir", "water-intake", "border-post", "region",
        /// "district" (a second-level unit, placed at its seat).
        public var kind: String
        public var name: String
        public var otherNames: [String]
        public var coordinate: Coordinate
        /// ISO 3166-1 alpha-3 as the sweep gives it (the polygon holding the point).
        public var country: String
        /// The province's name as the sweep gives it ("Tavush", "Sughd").
        public var province: String
        public var source: String
        public var note: String
    }

    public typealias ReadError = GazetteerAdditions.ReadError

    /// "am-az", from the folder the file lies in.
    public var theatre: String
    public var file: String
    public var rows: [Row]

    public static let fileName = "gazetteer.tsv"
    static let header = [
        "id", "kind", "name", "other_names", "lat", "lon", "country", "province", "border_km", "source", "note",
    ]

    /// The `gazetteer.tsv` of each selected pack under the bundled geodata
    /// folder (`TheatrePack.selected`); none when there is no such folder. A
    /// malformed file gives nothing here (`readAll` is the strict form, and
    /// the tests use it).
    public static let bundled: [TheatreGazetteer] = {
        guard let dir = Geodata.bundledDirectory() else { return [] }
        return (try? readAll(geodataDirectory: dir)) ?? []
    }()

    /// The files `<geodata>/theatres/<id>/gazetteer.tsv` of the packs named
    /// by `theatres` (else by `$BORDERWATCH_THEATRES`, else all), in pack order.
    public static func readAll(geodataDirectory dir: URL, theatres: [String]? = nil) throws(ReadError)
        -> [TheatreGazetteer]
    {
        let packs: [TheatrePack]
        do { packs = try TheatrePack.selected(in: dir, ids: theatres) } catch {
            throw ReadError(file: dir.path, line: 0, message: error.description)
        }
        var found: [TheatreGazetteer] = []
        for pack in packs {
            let url = pack.directory.appendingPathComponent(fileName)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            found.append(try read(contentsOf: url, theatre: pack.id))
        }
        return found
    }

    public static func read(contentsOf url: URL, theatre: String) throws(ReadError) -> TheatreGazetteer {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw ReadError(file: url.path, line: 0, message: "cannot read: \(error.localizedDescription)")
        }
        return try parse(text, file: url.path, theatre: theatre)
    }

    public static func parse(_ text: String, file: String, theatre: String) throws(ReadError) -> TheatreGazetteer {
        var rows: [Row] = []
        var sawHeader = false
        for record in DelimitedRecords.tsv(Data(text.utf8)) {
            func fail(_ message: String) -> ReadError { ReadError(file: file, line: record.line, message: message) }
            guard let raw = record.fields else { throw fail(record.problem ?? "unreadable line") }
            let fields = raw.map(GazetteerFields.trimmed)
            guard sawHeader else {
                guard fields == header else {
                    throw fail("expected the header \(header.joined(separator: ", "))")
                }
                sawHeader = true
                continue
            }
            guard fields.count == header.count else {
                throw fail("expected \(header.count) tab-separated fields, found \(fields.count)")
            }
            rows.append(try row(fields, fail: fail))
        }
        guard sawHeader else { throw ReadError(file: file, line: 1, message: "no header line") }
        return TheatreGazetteer(theatre: theatre, file: file, rows: rows)
    }

    static func row(_ f: [String], fail: (String) -> ReadError) throws(ReadError) -> Row {
        guard !f[0].isEmpty, !f[1].isEmpty, !f[2].isEmpty else { throw fail("a row needs an id, a kind and a name") }
        guard let lat = Double(f[4]), let lon = Double(f[5]), let c = try? Coordinate(longitude: lon, latitude: lat)
        else { throw fail("lat '\(f[4])', lon '\(f[5])': expected WGS84 degrees") }
        guard f[6].count == 3, f[6] == f[6].uppercased() else {
            throw fail("country '\(f[6])': expected an ISO 3166-1 alpha-3 code")
        }
        guard !f[9].isEmpty else { throw fail("row '\(f[0])' has no source") }
        let names = GazetteerFields.names(f[3])
        return Row(
            id: f[0], kind: f[1], name: f[2], otherNames: names, coordinate: c, country: f[6], province: f[7],
            source: f[9], note: f[10])
    }

    /// A row as a gazetteer place: its province the geodata's province of
    /// that country and name, else the one whose polygon holds the point.
    func settlement(_ r: Row, in geodata: Geodata) -> Settlement {
        let named = geodata.provinces.first { $0.country == r.country && $0.name == r.province }
        let province = named ?? geodata.province(at: r.coordinate).flatMap { $0.country == r.country ? $0 : nil }
        return Settlement(
            id: r.id, geonameID: nil, name: r.name, asciiName: NameFolding.ascii(r.name), alternateNames: r.otherNames,
            population: nil, coordinate: r.coordinate, country: r.country, province: province?.id,
            inToleranceBand: false, source: "theatres/\(theatre)/\(Self.fileName)", citation: r.source,
            sourcedAdmin: r.province.isEmpty ? nil : "\(r.province), \(r.country)", statedCountry: r.country,
            note: "\(r.kind): \(r.note)")
    }
}
