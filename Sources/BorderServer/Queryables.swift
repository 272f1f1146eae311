import GeometryCore

/// OGC API – Features Part 3 queryables: every property a collection's
/// features carry, with its JSON type, and the geometry.
enum Queryables {
    static func schema(_ c: FeatureCollections.Collection, base: String) -> JSONValue {
        var properties: JSONObject = [
            "geometry": .object(["format": "geometry-any", "title": "the feature's geometry"])
        ]
        for p in c.properties { properties[p.name] = .object(["type": .string(p.type), "title": .string(p.name)]) }
        return .object([
            "$schema": "https://json-schema.org/draft/2019-09/schema",
            "$id": .string("\(base)/collections/\(c.id)/queryables"),
            "type": "object",
            "title": .string(c.title),
            "properties": .object(properties),
            "additionalProperties": false,
        ])
    }
}
