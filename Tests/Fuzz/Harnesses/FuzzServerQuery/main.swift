import BorderServer
import FuzzSupport
import GeometryCore

// The server's query-string checks and the CQL2-text parser, on arbitrary
// text: the whole input as a filter, and as a query string of name=value pairs.
let feature = Feature(
    id: "1", geometry: .point(Point(try! Coordinate(longitude: 45.87, latitude: 40.2))),
    properties: ["side": "ARM", "border_distance_m": 7909.3, "province": "Gegharkunik", "date_start": "2021-07-28"])
let properties: Set<String> = ["side", "border_distance_m", "province", "date_start"]

runFuzzer { data, size in
    let text = String(decoding: fuzzBytes(data, size), as: UTF8.self)
    if let filter = try? CQL2.parse(text) { _ = filter.matches(feature) }
    let pairs = text.split(separator: "&").map { part -> (String, String) in
        let kv = part.split(separator: "=", maxSplits: 1).map(String.init)
        return (kv.first ?? "", kv.count > 1 ? kv[1] : "")
    }
    _ = try? ItemsRequest(query: pairs, properties: properties)
    return 0
}
