import GeometryCore

/// One page of an items request as GeoJSON: the features' encoded bytes,
/// the counts, and links that repeat the request's parameters with another offset.
enum ItemsPage {
    static func response(
        collection: String, features: [[UInt8]], matched: Int, request: ItemsRequest, query: [(String, String)],
        base: String
    ) -> OGCResponse {
        let kept = query.filter { $0.0 != "offset" }
        func url(offset: Int) -> String {
            var parts = kept.map { "\(OGCService.escape($0.0))=\(OGCService.escape($0.1))" }
            parts.append("offset=\(offset)")
            return "\(base)/collections/\(collection)/items?" + parts.joined(separator: "&")
        }
        func link(_ href: String, _ rel: String) -> JSONValue {
            .object(["href": .string(href), "rel": .string(rel), "type": "application/geo+json"])
        }
        var links: [JSONValue] = [link(url(offset: request.offset), "self")]
        if request.offset + features.count < matched {
            links.append(link(url(offset: request.offset + request.limit), "next"))
        }
        if request.offset > 0 {
            links.append(link(url(offset: max(0, request.offset - request.limit)), "prev"))
        }
        var w = JSONWriter()
        w.raw("{\"type\":\"FeatureCollection\",\"features\":[")
        for (k, bytes) in features.enumerated() {
            if k > 0 { w.raw(",") }
            w.bytes.append(contentsOf: bytes)
        }
        w.raw("],\"numberMatched\":")
        w.value(.number(Double(matched)))
        w.raw(",\"numberReturned\":")
        w.value(.number(Double(features.count)))
        w.raw(",\"timeStamp\":")
        w.value(.string(OGCService.timestamp()))
        w.raw(",\"links\":")
        w.value(.array(links))
        w.raw("}")
        return OGCResponse(status: 200, contentType: "application/geo+json", utf8: w.bytes)
    }
}
