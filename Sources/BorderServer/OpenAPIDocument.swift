import GeometryCore

/// The OpenAPI 3.0 description of the server (`/api`), written from the
/// same lists the handlers use.
enum OpenAPIDocument {
    static func json(collections: FeatureCollections) -> String {
        func parameter(
            _ name: String, _ place: String, _ description: String, _ schema: JSONValue, required: Bool = false
        ) -> JSONValue {
            .object([
                "name": .string(name), "in": .string(place), "description": .string(description),
                "required": .bool(required || place == "path"), "schema": schema,
            ])
        }
        func ok(_ description: String, _ type: String) -> JSONValue {
            .object([
                "200": .object([
                    "description": .string(description),
                    "content": .object([type: .object(["schema": .object(["type": "object"])])]),
                ]),
                "400": .object(["$ref": "#/components/responses/Exception"]),
                "404": .object(["$ref": "#/components/responses/Exception"]),
            ])
        }
        func get(_ id: String, _ summary: String, _ parameters: [JSONValue], _ responses: JSONValue) -> JSONValue {
            .object([
                "get": .object([
                    "operationId": .string(id), "summary": .string(summary), "parameters": .array(parameters),
                    "responses": responses,
                ])
            ])
        }
        let collectionID = parameter(
            "collectionId", "path", "a collection: " + collections.all.map(\.id).joined(separator: ", "),
            .object(["type": "string", "enum": .array(collections.all.map { .string($0.id) })]))
        let items: [JSONValue] = [
            collectionID,
            parameter(
                "bbox", "query", "minLon,minLat,maxLon,maxLat in CRS84",
                .object([
                    "type": "array", "minItems": 4, "maxItems": 6,
                    "items": .object(["type": "number"]),
                ])),
            parameter(
                "datetime", "query",
                "an RFC 3339 date, date-time or interval (open ends with ..); a dated feature matches when its interval overlaps",
                .object(["type": "string"])),
            parameter(
                "limit", "query", "features per page",
                .object([
                    "type": "integer", "minimum": 1,
                    "maximum": .number(Double(ItemsRequest.maximumLimit)),
                    "default": .number(Double(ItemsRequest.defaultLimit)),
                ])),
            parameter("offset", "query", "features to skip", .object(["type": "integer", "minimum": 0, "default": 0])),
            parameter(
                "filter", "query",
                "a CQL2-text filter on the queryables (comparisons, AND/OR/NOT, LIKE, BETWEEN, IN, IS NULL, S_INTERSECTS)",
                .object(["type": "string"])),
            parameter("filter-lang", "query", "cql2-text", .object(["type": "string", "enum": ["cql2-text"]])),
        ]
        let doc: JSONValue = .object([
            "openapi": "3.0.3",
            "info": .object([
                "title": "BorderWatch", "version": "1.0.0",
                "description": "OGC API – Features over the BorderWatch catalog and geodata.",
            ]),
            "paths": .object([
                "/": get("landing", "landing page (JSON; HTML is the map)", [], ok("links", "application/json")),
                "/conformance": get("conformance", "conformance classes", [], ok("conformance", "application/json")),
                "/api": get(
                    "api", "this document", [], ok("OpenAPI 3.0", "application/vnd.oai.openapi+json;version=3.0")),
                "/collections": get("collections", "the collections", [], ok("collections", "application/json")),
                "/collections/{collectionId}": get(
                    "collection", "one collection", [collectionID], ok("collection", "application/json")),
                "/collections/{collectionId}/items": get(
                    "items", "features, filtered and paged", items, ok("features", "application/geo+json")),
                "/collections/{collectionId}/items/{featureId}": get(
                    "item", "one feature",
                    [collectionID, parameter("featureId", "path", "the feature's id", .object(["type": "string"]))],
                    ok("a feature", "application/geo+json")),
                "/collections/{collectionId}/queryables": get(
                    "queryables", "the properties filters can use", [collectionID],
                    ok("JSON schema", "application/schema+json")),
                "/relate": get(
                    "relate", "province, border distance and side, nearby places of a point",
                    [
                        parameter("lat", "query", "latitude", .object(["type": "number"]), required: true),
                        parameter("lon", "query", "longitude", .object(["type": "number"]), required: true),
                    ],
                    ok("the relation", "application/json")),
                "/places": get(
                    "places", "gazetteer lookup with ambiguity and suggestions",
                    [
                        parameter(
                            "q", "query", "a place name in any spelling the gazetteer knows",
                            .object(["type": "string"]), required: true)
                    ],
                    ok("the match", "application/json")),
                "/reports/proximity": get(
                    "proximity", "proximity report of an incident",
                    [
                        parameter("incident", "query", "an incident id", .object(["type": "string"]), required: true),
                        parameter("radius_km", "query", "radius for other incidents", .object(["type": "number"])),
                        parameter(
                            "f", "query", "json, markdown or csv",
                            .object(["type": "string", "enum": ["json", "markdown", "csv"]])),
                    ],
                    ok("the report", "application/json")),
                "/stats": get(
                    "stats",
                    "incidents counted by time, place, type, side or claimant, as `borderwatch stats` counts them",
                    StatsAnswer.described.map {
                        parameter($0.name, "query", $0.description, .object(["type": "string"]))
                    },
                    ok("the counts", "application/json")),
            ]),
            "components": .object([
                "responses": .object([
                    "Exception": .object([
                        "description": "an error, as OGC API exception JSON",
                        "content": .object([
                            "application/json": .object([
                                "schema": .object([
                                    "type": "object", "required": ["code"],
                                    "properties": .object([
                                        "code": .object(["type": "string"]), "description": .object(["type": "string"]),
                                    ]),
                                ])
                            ])
                        ]),
                    ])
                ])
            ]),
        ])
        var w = JSONWriter()
        w.value(doc)
        return w.string
    }
}
