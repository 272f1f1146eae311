import BorderQueries
import Foundation
import GeometryCore

/// The incidents collection answered from a store page by page: `bbox` and
/// `datetime` select places in the outline, property filters read the
/// candidates' incidents from the store a chunk at a time, and a page
/// reads and encodes only its own incidents. The answers are those of the
/// collection built from the whole store related (`FeatureCollections`).
final class StoreIncidents: Sendable {
    let reader: any IncidentStoreReader
    let outline: IncidentOutline
    /// The collection's description and queryables; its features are a sample of the first incidents.
    let described: FeatureCollections.Collection
    let cache = MatchCache()
    /// Features encoded once, by their place in the collection: pages asked again are served from these
    /// bytes, while a million features are never held encoded whole.
    let encoded = BudgetCache<Int, [UInt8]>(budgetBytes: 64 << 20)
    let writer = GeoJSONWriter(decimals: 6)
    /// Incidents read from the store at a time while filtering on properties.
    static let chunk = 2_000
    /// Incidents whose features name the queryables (every feature carries the same keys).
    static let sample = 1_000

    init(reader: any IncidentStoreReader) throws {
        self.reader = reader
        let outline = try reader.outline()
        self.outline = outline
        let first = Array(outline.incidentIDs.prefix(Self.sample))
        var c = FeatureCollections.Collection(
            id: FeatureCollections.incidentsID, title: FeatureCollections.incidentsTitle,
            description: FeatureCollections.incidentsDescription,
            features: MapLayers(related: try reader.related(only: first)).incidents())
        c.extent = outline.extent
        c.temporal = outline.temporal
        described = c
    }

    func items(query: [(String, String)], base: String) throws -> OGCResponse {
        let request = try ItemsRequest(query: query, properties: Set(described.properties.map(\.name)))
        let matching = try cache.matches(request.selectionKey(collection: described.id)) { try select(request) }
        let page = Array(matching.dropFirst(request.offset).prefix(request.limit))
        return ItemsPage.response(
            collection: described.id, features: try encode(page), matched: matching.count, request: request,
            query: query, base: base)
    }

    /// The feature with this id (`INCIDENT#N`), read from the store; nil when there is none.
    func feature(id: String) throws -> [UInt8]? {
        guard let hash = id.lastIndex(of: "#") else { return nil }
        let incident = String(id[..<hash])
        let related = try reader.related(only: [incident])
        guard let f = MapLayers(related: related).incidents().first(where: { $0.id == .string(id) }) else {
            return nil
        }
        return bytes(f)
    }

    /// The places that pass `request`, in feature order.
    private func select(_ request: ItemsRequest) throws -> [Int] {
        let places = outline.places
        let whereAndWhen = places.indices.filter { k in
            let p = places[k]
            let point = Envelope(
                minLongitude: p.longitude, minLatitude: p.latitude, maxLongitude: p.longitude, maxLatitude: p.latitude)
            return request.overlaps(point) && request.overlaps(outline.days[Int(p.incident)])
        }
        guard request.filtersProperties else { return whereAndWhen }
        var kept: [Int] = []
        var start = 0
        while start < whereAndWhen.count {
            // A chunk ends at an incident boundary so that each incident is read once.
            var end = min(whereAndWhen.count, start + Self.chunk)
            while end < whereAndWhen.count, places[whereAndWhen[end]].incident == places[whereAndWhen[end - 1]].incident
            {
                end += 1
            }
            let part = whereAndWhen[start..<end]
            let features = try self.features(of: Array(part))
            kept += part.filter { features[outline.featureID($0)].map(request.acceptsProperties) ?? false }
            start = end
        }
        return kept
    }

    /// The features of these places by id, from their incidents read from the store.
    private func features(of places: [Int]) throws -> [String: Feature] {
        var seen = Set<Int32>()
        let ids = places.map { outline.places[$0].incident }.filter { seen.insert($0).inserted }
            .map { outline.incidentIDs[Int($0)] }
        let features = MapLayers(related: try reader.related(only: ids)).incidents()
        var byID: [String: Feature] = [:]
        for f in features { if case let .string(id)? = f.id { byID[id] = f } }
        return byID
    }

    /// The encoded features of these places, in order: from the cache, else read and encoded now.
    private func encode(_ page: [Int]) throws -> [[UInt8]] {
        var bytes = encoded.values(for: page)
        let missing = page.indices.filter { bytes[$0] == nil }
        guard !missing.isEmpty else { return bytes.map { $0! } }
        let features = try self.features(of: missing.map { page[$0] })
        var made: [(key: Int, value: [UInt8], size: Int)] = []
        for k in missing {
            guard let f = features[outline.featureID(page[k])] else {
                throw OGCError(
                    status: 500, code: "ServerError",
                    description: "feature \(outline.featureID(page[k])) is no longer in the store")
            }
            let b = self.bytes(f)
            made.append((page[k], b, b.count + 48))
            bytes[k] = b
        }
        encoded.keep(made)
        return bytes.map { $0! }
    }

    private func bytes(_ f: Feature) -> [UInt8] {
        var w = JSONWriter()
        writer.write(f, into: &w)
        return w.bytes
    }
}
