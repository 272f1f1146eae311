import BorderQueries
import GeometryCore

/// The collections the server offers, built once from the map layers, with
/// each feature's box and dated interval ready for filtering.
public struct FeatureCollections: Sendable {
    public struct Collection: Sendable {
        public var id: String
        public var title: String
        public var description: String
        public var features: [Feature]
        /// Per feature: its GeoJSON text, written once (pages are served from these bytes).
        var encoded: [[UInt8]]
        /// Per feature: its box, and for dated features the first and last day (ISO text).
        var boxes: [Envelope?]
        var intervals: [(start: String, end: String)?]
        public var extent: Envelope?
        /// The earliest and latest day of the dated features.
        public var temporal: (String, String)?
        /// Property names and JSON types ("string", "number", "boolean") found in the features.
        public var properties: [(name: String, type: String)]

        init(id: String, title: String, description: String, features: [Feature]) {
            self.id = id
            self.title = title
            self.description = description
            self.features = features
            let writer = GeoJSONWriter(decimals: 6)
            // On the machine's cores: encoding a million features was a third of a large store's start.
            encoded = features.concurrentMap { f in
                var w = JSONWriter()
                writer.write(f, into: &w)
                return w.bytes
            }
            boxes = features.map { $0.geometry?.envelope }
            intervals = features.map { f in
                guard let s = f["date_start"]?.stringValue, let e = f["date_end"]?.stringValue else { return nil }
                return (s, e)
            }
            extent = boxes.compactMap { $0 }.reduce(nil) { (sum: Envelope?, box: Envelope) in
                sum.map { $0.union(box) } ?? box
            }
            let dated = intervals.compactMap { $0 }
            temporal = dated.isEmpty ? nil : (dated.map(\.start).min()!, dated.map(\.end).max()!)
            var seen: [String: String] = [:]
            var order: [String] = []
            for f in features {
                for key in f.properties?.keys ?? [] {
                    guard let value = f[key], !value.isNull else { continue }
                    let type = value.numberValue != nil ? "number" : value.boolValue != nil ? "boolean" : "string"
                    if seen[key] == nil { order.append(key) }
                    seen[key] = seen[key] ?? type
                }
            }
            properties = order.map { ($0, seen[$0]!) }
        }

        /// Finds a feature by its id as written in URLs.
        public func feature(id: String) -> Feature? { index(id: id).map { features[$0] } }

        func index(id: String) -> Int? {
            features.firstIndex { f in
                switch f.id {
                case let .string(s)?: s == id
                case let .number(n)?: String(Int(n)) == id
                default: false
                }
            }
        }
    }

    public let all: [Collection]

    static let incidentsID = "incidents"
    static let incidentsTitle = "Incidents"
    static let incidentsDescription =
        "One feature per located place of each incident, with its claims side by side."

    public init(related: RelatedCatalog) throws {
        let layers = MapLayers(related: related)
        func numbered(_ features: [Feature], _ key: String) -> [Feature] {
            features.enumerated().map { k, f in
                var f = f
                if f.id == nil { f.id = f[key].flatMap(\.stringValue).map(JSONValue.string) ?? .string("\(k + 1)") }
                return f
            }
        }
        all = [
            Collection(
                id: Self.incidentsID, title: Self.incidentsTitle, description: Self.incidentsDescription,
                features: layers.incidents()),
            Self.settlements(layers.settlements(includeUnmentioned: true)),
            Self.provinces(layers.provinces()),
            Collection(
                id: "border", title: "Border segments",
                description: "The border lines of the loaded theatres, by segment.",
                features: numbered(layers.border(), "id")),
            Collection(
                id: "border-bands", title: "Border bands",
                description: "Bands of 0–5 and 5–15 km on each side of the border.",
                features: numbered(try layers.borderBands(), "band")),
            Collection(
                id: "countries", title: "Countries", description: "Country outlines, the base of the map.",
                features: layers.countries()),
        ]
    }

    /// The settlements collection of the settlements layer's features (`MapLayers.settlements`, every
    /// settlement of the gazetteer: each has its id).
    static func settlements(_ features: [Feature]) -> Collection {
        Collection(
            id: "settlements", title: "Settlements",
            description: "Every settlement of the gazetteer, with the incidents that name it.", features: features)
    }

    /// The provinces collection of the provinces layer's features (`MapLayers.provinces`: each has its id).
    static func provinces(_ features: [Feature]) -> Collection {
        Collection(
            id: "provinces", title: "Provinces",
            description: "First-level units (marzes, rayons, oblasts, regions) with incident counts and casualty sums.",
            features: features)
    }

    public func collection(_ id: String) -> Collection? { all.first { $0.id == id } }

    private init(all: [Collection]) { self.all = all }

    /// These collections with `c` in place of the one with its id.
    func replacing(_ c: Collection) -> FeatureCollections {
        FeatureCollections(all: all.map { $0.id == c.id ? c : $0 })
    }
}
