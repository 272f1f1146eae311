import BorderIncidents
import BorderQueries
import BorderStats
import Foundation
import GeometryCore

/// What the server answers, independent of the HTTP framework: the OGC API –
/// Features resources and the engine's own answers, computed by the same
/// library functions the command line uses.
public struct OGCResponse: Sendable {
    public var status: Int
    public var contentType: String
    /// The body as text; for an answer made as UTF-8 bytes, decoded from them when asked.
    public var body: String {
        get { text ?? String(decoding: bytes ?? [], as: UTF8.self) }
        set { (text, bytes) = (newValue, nil) }
    }
    /// The body as bytes: files that are not text (Leaflet's images, whose `body` is empty), and pages of
    /// features put together from encoded bytes, sent as they are rather than decoded and encoded again
    /// (a third of a cached page's time).
    public var bytes: [UInt8]?
    private var text: String?

    init(status: Int, contentType: String, body: String, bytes: [UInt8]? = nil) {
        (self.status, self.contentType, self.text, self.bytes) = (status, contentType, body, bytes)
    }

    /// The body's size in bytes, for what keeps answers.
    var byteCount: Int { bytes?.count ?? text?.utf8.count ?? 0 }

    /// An answer made as UTF-8 bytes.
    init(status: Int, contentType: String, utf8: [UInt8]) {
        (self.status, self.contentType, self.text, self.bytes) = (status, contentType, nil, utf8)
    }

    static func json(_ value: JSONValue, status: Int = 200, type: String = "application/json") -> OGCResponse {
        var w = JSONWriter()
        w.value(value)
        return OGCResponse(status: status, contentType: type, body: w.string)
    }

    static func error(_ e: OGCError) -> OGCResponse {
        OGCResponse(status: e.status, contentType: "application/json", body: e.json)
    }

    /// 503: the data for this answer is not ready yet (the server adds Retry-After).
    static func unavailable(_ error: any Error) -> OGCResponse {
        .error(OGCError(status: 503, code: "ServiceUnavailable", description: "\(error)"))
    }
}

public final class OGCService: Sendable {
    public let related: RelatedCatalog
    public let collections: FeatureCollections
    let cache = MatchCache()
    /// Distances along the border segments, measured once for `/stats`.
    let chainage: LineChainage
    /// For a service over a store read page by page: the incidents collection, and the whole store
    /// loaded on first need for what pages cannot answer. Nil when `related` holds every incident.
    let store: StoreIncidents?
    let whole: WholeCatalog?
    /// `/stats` and the provinces' counts from the store's facts, when its relations are the server's geodata's.
    let storeStats: StoreStats?

    /// RFC 3339 UTC time of a response (a formatter object per request costs more than the page).
    static func timestamp(_ date: Date = Date()) -> String {
        var seconds = time_t(date.timeIntervalSince1970)
        var t = tm()
        gmtime_r(&seconds, &t)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", t.tm_year + 1900, t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min,
            t.tm_sec)
    }

    public static let conformance = [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
        "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
        "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
        "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions",
    ]

    public init(related: RelatedCatalog) throws {
        self.related = related
        collections = try FeatureCollections(related: related)
        chainage = try LineChainage(related.geodata.border)
        store = nil
        whole = nil
        storeStats = nil
    }

    /// A service over a store too large to hold: the incidents collection is
    /// answered page by page from `reader`; `reference` is the geodata with
    /// no incidents (the reference layers, `/relate`, `/places`). What needs
    /// every incident related at once (proximity reports, the settlements'
    /// incident counts, and `/stats` and the provinces' counts of a store
    /// related with other geodata) loads the whole store once, in the
    /// background, when first asked, and is answered 503 until then;
    /// `/stats` and the provinces' counts are otherwise counted from the
    /// facts the store reads.
    public init(store reader: any IncidentStoreReader, reference: RelatedCatalog) throws {
        related = reference
        let store = try StoreIncidents(reader: reader)
        collections = try FeatureCollections(related: reference).replacing(store.described)
        chainage = try LineChainage(reference.geodata.border)
        self.store = store
        whole = WholeCatalog { try OGCService(related: reader.whole()) }
        storeStats = StoreStats(reader: reader)
    }

    /// Whether a store-backed service needs the whole store for the resource at `parts` when it cannot
    /// answer from what it reads of the store (proximity reports always can: they read around the incident).
    static func needsWhole(_ parts: [String]) -> Bool {
        switch parts.first {
        case "stats": return true
        case "collections":
            return parts.count >= 3 && parts[2] == "items" && ["settlements", "provinces"].contains(parts[1])
        default: return false
        }
    }

    /// Answers a GET of `path` with `query` (decoded pairs, in order);
    /// `base` is the server's own URL for links ("http://127.0.0.1:8080").
    public func get(_ path: String, query: [(String, String)], base: String, wantsHTML: Bool) -> OGCResponse {
        let parts = path.split(separator: "/").map(String.init)
        if let storeStats, let answer = Self.answering({ try storeAnswer(parts, query: query, base: base, storeStats) })
        {
            return answer
        }
        if let whole, Self.needsWhole(parts) {
            do { return try whole.service().get(path, query: query, base: base, wantsHTML: wantsHTML) } catch {
                return .unavailable(error)
            }
        }
        do {
            switch parts.count {
            case 0: return wantsHTML && !query.contains { $0.0 == "f" } ? MapPage.response() : landing(base)
            case 1 where parts[0] == "conformance":
                return .json(.object(["conformsTo": .array(Self.conformance.map(JSONValue.string))]))
            case 1 where parts[0] == "api":
                return OGCResponse(
                    status: 200, contentType: "application/vnd.oai.openapi+json;version=3.0",
                    body: OpenAPIDocument.json(collections: collections))
            case 1 where parts[0] == "collections":
                return .json(
                    .object([
                        "links": .array([link(base + "/collections", "self", "application/json")]),
                        "collections": .array(collections.all.map { .object(describe($0, base)) }),
                    ]))
            case 2 where parts[0] == "collections":
                return .json(.object(describe(try collection(parts[1]), base)))
            case 3 where parts[0] == "collections" && parts[2] == "items":
                return try items(try collection(parts[1]), query: query, base: base)
            case 3 where parts[0] == "collections" && parts[2] == "queryables":
                return .json(Queryables.schema(try collection(parts[1]), base: base), type: "application/schema+json")
            case 4 where parts[0] == "collections" && parts[2] == "items":
                let c = try collection(parts[1])
                if let store, c.id == store.described.id {
                    guard let bytes = try store.feature(id: parts[3]) else {
                        throw OGCError.notFound("no feature '\(parts[3])' in collection '\(c.id)'")
                    }
                    return OGCResponse(
                        status: 200, contentType: "application/geo+json", body: String(decoding: bytes, as: UTF8.self))
                }
                return try feature(parts[3], of: c)
            case 1 where parts[0] == "relate": return try EngineAnswers.relate(query, related: related)
            case 1 where parts[0] == "places": return try EngineAnswers.places(query, related: related)
            case 2 where parts[0] == "reports" && parts[1] == "proximity":
                return try EngineAnswers.proximity(query, related: related)
            case 2 where parts[0] == "static": return try MapPage.asset(parts[1])
            case 3 where parts[0] == "static" && parts[1] == "images": return try MapPage.image(parts[2])
            case 1 where parts[0] == "stats": return try StatsAnswer.answer(query, related: related, chainage: chainage)
            default: throw OGCError.notFound("no resource at \(path)")
            }
        } catch let e as OGCError {
            return .error(e)
        } catch {
            return .error(OGCError(status: 500, code: "ServerError", description: "\(error)"))
        }
    }

    /// The answer `answer` gives, errors as OGC exceptions; nil when it gives none.
    private static func answering(_ answer: () throws -> OGCResponse?) -> OGCResponse? {
        do { return try answer() } catch let e as OGCError { return .error(e) } catch {
            return .error(OGCError(status: 500, code: "ServerError", description: "\(error)"))
        }
    }

    /// What a store-backed service answers from what it reads of the store
    /// instead of the whole store related: `/stats` and the provinces' items
    /// (counted from facts), and an incident's proximity report (from the
    /// incidents near it); nil for every other resource, or when the store
    /// cannot answer so.
    private func storeAnswer(_ parts: [String], query: [(String, String)], base: String, _ stats: StoreStats) throws
        -> OGCResponse?
    {
        if parts == ["stats"] {
            let key = query.map { [$0.0, $0.1] }
            if let kept = stats.answers.value(for: key) { return kept }
            let answer = try StatsAnswer.answer(query, store: stats, reference: related, chainage: chainage)
            if let answer, answer.status == 200 { stats.answers.keep(answer, for: key, size: answer.byteCount) }
            return answer
        }
        if parts == ["reports", "proximity"], let store {
            // The incident's places come from the outline, so the store is read once, for it and its neighbours.
            return try EngineAnswers.proximity(query) { id, radius in
                let near = store.outline.incidentIDs(
                    near: store.outline.coordinates(ofIncident: id), within: radius)
                return try store.reader.related(only: near.contains(id) ? near : near + [id])
            }
        }
        guard parts.count == 3 || parts.count == 4, parts[0] == "collections", parts[2] == "items" else { return nil }
        let counted: FeatureCollections.Collection?
        switch parts[1] {
        case "provinces":
            counted = try stats.provinces(geodata: related.geodata, catalogOrder: store?.outline.incidentIDs ?? [])
        case "settlements": counted = try stats.settlements(geodata: related.geodata)
        default: return nil
        }
        guard let counted else { return nil }
        return parts.count == 3 ? try items(counted, query: query, base: base) : try feature(parts[3], of: counted)
    }

    /// The feature of `c` with this id, as written once.
    private func feature(_ id: String, of c: FeatureCollections.Collection) throws -> OGCResponse {
        guard let i = c.index(id: id) else { throw OGCError.notFound("no feature '\(id)' in collection '\(c.id)'") }
        return OGCResponse(
            status: 200, contentType: "application/geo+json", body: String(decoding: c.encoded[i], as: UTF8.self))
    }

    func collection(_ id: String) throws(OGCError) -> FeatureCollections.Collection {
        guard let c = collections.collection(id) else {
            throw .notFound("no collection '\(id)'; collections: \(collections.all.map(\.id).joined(separator: ", "))")
        }
        return c
    }

    func link(_ href: String, _ rel: String, _ type: String, title: String? = nil) -> JSONValue {
        var o: JSONObject = ["href": .string(href), "rel": .string(rel), "type": .string(type)]
        if let title { o["title"] = .string(title) }
        return .object(o)
    }

    func landing(_ base: String) -> OGCResponse {
        .json(
            .object([
                "title": "BorderWatch",
                "description": "Located, attributed events on the Armenia–Azerbaijan border (OGC API – Features).",
                "links": .array([
                    link(base + "/?f=json", "self", "application/json"),
                    link(base + "/", "alternate", "text/html", title: "the map"),
                    link(base + "/api", "service-desc", "application/vnd.oai.openapi+json;version=3.0"),
                    link(base + "/conformance", "conformance", "application/json"),
                    link(base + "/collections", "data", "application/json"),
                ]),
            ]))
    }

    func describe(_ c: FeatureCollections.Collection, _ base: String) -> JSONObject {
        var o: JSONObject = [
            "id": .string(c.id), "title": .string(c.title), "description": .string(c.description),
            "itemType": "feature", "crs": .array(["http://www.opengis.net/def/crs/OGC/1.3/CRS84"]),
        ]
        var extent: JSONObject = [:]
        if let e = c.extent {
            extent["spatial"] = .object([
                "bbox": .array([
                    .array([e.minLongitude, e.minLatitude, e.maxLongitude, e.maxLatitude].map(JSONValue.number))
                ]),
                "crs": "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
            ])
        }
        if let t = c.temporal {
            extent["temporal"] = .object([
                "interval": .array([.array([.string(t.0 + "T00:00:00Z"), .string(t.1 + "T23:59:59Z")])])
            ])
        }
        o["extent"] = .object(extent)
        o["links"] = .array([
            link("\(base)/collections/\(c.id)", "self", "application/json"),
            link("\(base)/collections/\(c.id)/items", "items", "application/geo+json"),
            link(
                "\(base)/collections/\(c.id)/queryables", "http://www.opengis.net/def/rel/ogc/1.0/queryables",
                "application/schema+json"),
        ])
        return o
    }

    func items(_ c: FeatureCollections.Collection, query: [(String, String)], base: String) throws -> OGCResponse {
        if let store, c.id == store.described.id { return try store.items(query: query, base: base) }
        let request = try ItemsRequest(query: query, properties: Set(c.properties.map(\.name)))
        // The same selection is asked for page after page: the parsed filters, not limit/offset, are the key.
        let matching = cache.matches(request.selectionKey(collection: c.id)) {
            c.features.indices.filter { request.accepts(c, $0) }
        }
        let page = matching.dropFirst(request.offset).prefix(request.limit)
        return ItemsPage.response(
            collection: c.id, features: page.map { c.encoded[$0] }, matched: matching.count, request: request,
            query: query, base: base)
    }

    static func escape(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~,:"))) ?? s
    }
}
