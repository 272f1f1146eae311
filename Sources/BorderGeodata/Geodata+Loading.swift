import Foundation
import GeometryCore

extension Geodata {
    /// The layer files of a pack, in the order they are read.
    public static let layerFiles = [
        "countries.geojson", "provinces.geojson", "border.geojson",
        "historical-lines.geojson", "settlements.geojson",
    ]

    /// A layer a pack may have: second-level units where a source gives them.
    public static let optionalLayerFiles = ["districts.geojson"]

    /// Loads the theatre packs under `directory/theatres/` (those named by
    /// `theatres`, else by `$BORDERWATCH_THEATRES`, else all) as one union;
    /// `directory` may also be one pack, or a bare folder of the five layers.
    public convenience init(directory: URL, theatres ids: [String]? = nil) throws(GeodataError) {
        let fm = FileManager.default
        let isBareFolder =
            !fm.fileExists(atPath: directory.appendingPathComponent(TheatrePack.manifestFile).path)
            && !fm.fileExists(atPath: directory.appendingPathComponent("theatres").path)
        if isBareFolder {
            let layers = try Layers(directory: directory)
            try self.init(
                countries: layers.countries, provinces: layers.provinces, border: layers.border,
                historicalLines: layers.historicalLines, settlements: layers.settlements, districts: layers.districts)
            return
        }
        var union = Layers()
        var membership = TheatreMembership()
        var dated = DatedLines()
        let packs = try TheatrePack.selected(in: directory, ids: ids)
        // Parsing the packs' GeoJSON is most of a command's start; each pack on its own core.
        let loaded = try packs.concurrentMap { pack throws(GeodataError) in
            try Layers(directory: pack.directory, pack: pack.id)
        }
        for (pack, layers) in zip(packs, loaded) {
            try membership.add(
                pack: pack.id, countries: layers.countries, provinces: layers.provinces, border: layers.border,
                settlements: layers.settlements, districts: layers.districts)
            union.append(layers)
            try dated.add(pack)
        }
        try self.init(
            countries: union.countries, provinces: union.provinces, border: union.border,
            historicalLines: union.historicalLines, settlements: union.settlements, districts: union.districts,
            theatres: packs.map(\.manifest), membership: membership, datedLines: dated)
    }

    /// The bundled `geodata/` folder: `$BORDERWATCH_GEODATA` when set; else
    /// the installed copy beside the running binary (`PREFIX/bin/borderwatch`
    /// → `PREFIX/share/borderwatch/geodata`, laid out by `make install`);
    /// else the first `geodata/theatres/` found from the current folder
    /// upwards (a checkout of the repository).
    public static func bundledDirectory() -> URL? {
        if let explicit = ProcessInfo.processInfo.environment["BORDERWATCH_GEODATA"] {
            return URL(fileURLWithPath: explicit)
        }
        let hasPacks = { (dir: URL) in
            FileManager.default.fileExists(atPath: dir.appendingPathComponent("theatres").path)
        }
        if let installed = installedDirectory(), hasPacks(installed) { return installed }
        var dir = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        for _ in 0..<8 {
            let candidate = dir.appendingPathComponent("geodata")
            if hasPacks(candidate) { return candidate }
            dir.deleteLastPathComponent()
        }
        return nil
    }

    /// `../share/borderwatch/geodata` from the running executable, whose path
    /// the kernel gives through /proc/self/exe (links resolved).
    static func installedDirectory() -> URL? {
        guard let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        return URL(fileURLWithPath: exe).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/borderwatch/geodata")
    }

    /// Loads the bundled packs (see `bundledDirectory()` and `init(directory:theatres:)`).
    public static func loadBundled(theatres ids: [String]? = nil) throws(GeodataError) -> Geodata {
        guard let dir = bundledDirectory() else { throw .missingLayer("geodata/ (set BORDERWATCH_GEODATA)") }
        return try Geodata(directory: dir, theatres: ids)
    }
}

/// The five layers of one folder, and its districts if it has them, decoded.
struct Layers: Sendable {
    var countries: [Country] = []
    var provinces: [Province] = []
    var border: [BorderSegment] = []
    var historicalLines: [HistoricalLine] = []
    var settlements: [Settlement] = []
    var districts: [District] = []

    init() {}

    /// Reads the layers of `directory`; `pack` prefixes the layer in errors.
    init(directory: URL, pack: String? = nil) throws(GeodataError) {
        func features(_ file: String) throws(GeodataError) -> [Feature] {
            let url = directory.appendingPathComponent(file)
            guard FileManager.default.fileExists(atPath: url.path) else { throw .missingLayer(url.path) }
            do { return try GeoJSONReader.read(contentsOf: url).features } catch {
                throw .badLayer(
                    layer: pack.map { "theatres/\($0)/\(file)" } ?? file, path: error.path, problem: error.message)
            }
        }
        func decode<T>(_ file: String, _ make: (Feature, Int) throws(GeodataError) -> T) throws(GeodataError) -> [T] {
            var result: [T] = []
            for (i, f) in try features(file).enumerated() { result.append(try make(f, i)) }
            return result
        }
        countries = try decode("countries.geojson") { f, i throws(GeodataError) in try Country(f, index: i) }
        provinces = try decode("provinces.geojson", Province.init)
        border = try decode("border.geojson", BorderSegment.init)
        historicalLines = try decode("historical-lines.geojson", HistoricalLine.init)
        settlements = try decode("settlements.geojson", Settlement.init)
        if FileManager.default.fileExists(atPath: directory.appendingPathComponent("districts.geojson").path) {
            districts = try decode("districts.geojson", District.init)
        }
    }

    mutating func append(_ other: Layers) {
        countries += other.countries
        provinces += other.provinces
        border += other.border
        historicalLines += other.historicalLines
        settlements += other.settlements
        districts += other.districts
    }
}
