import Foundation
import Testing
@testable import GeometryCore

@Suite struct GeoJSONTests {
    @Test func featureCollectionRoundTrip() throws {
        var properties: JSONObject = ["name": "Sotk", "population": 2683, "border": true, "note": nil]
        properties["alt"] = ["Zod", "Սոթք"]
        let features = FeatureCollection([
            Feature(id: "616041", geometry: .point(Point(Fixtures.c(45.86951, 40.20007))), properties: properties),
            Feature(id: 7, geometry: Fixtures.squareWithHole, properties: nil),
            Feature(geometry: nil, properties: [:]),
        ])
        let text = GeoJSONWriter().string(features)
        let back = try GeoJSONReader.read(text)
        // The hole fixture is written re-oriented, so compare orientation-free.
        guard case let .featureCollection(read) = back else { Issue.record("not a collection"); return }
        #expect(read.features.count == 3)
        #expect(read.features[0] == features.features[0])
        #expect(read.features[0].properties?.keys == ["name", "population", "border", "note", "alt"])
        #expect(read.features[1].id == 7)
        #expect(read.features[1].properties == nil)
        #expect(try read.features[1].geometry!.planarArea == Fixtures.squareWithHole.planarArea)
        #expect(read.features[2].geometry == nil)
    }

    @Test func writtenRingsFollowTheRightHandRule() throws {
        let text = GeoJSONWriter().string(Fixtures.squareWithHole)
        guard case let .geometry(g) = try GeoJSONReader.read(text), let p = g.polygons.first else {
            Issue.record("not a polygon"); return
        }
        #expect(p.exterior.isCounterClockwise)
        #expect(p.holes.allSatisfy { !$0.isCounterClockwise })
        // The input had them the other way round.
        #expect(!Fixtures.squareWithHole.polygons[0].exterior.isCounterClockwise)
        #expect(Fixtures.squareWithHole.polygons[0].holes[0].isCounterClockwise)
    }

    @Test func coordinatesAreRoundedAndThereIsNoCRS() {
        let text = GeoJSONWriter(decimals: 6).string(.point(Point(Fixtures.c(45.869512345, -40.2000071))))
        #expect(text == #"{"type":"Point","coordinates":[45.869512,-40.200007]}"#)
        #expect(!text.contains("crs"))
        let coarse = GeoJSONWriter(decimals: 2).string(.point(Point(Fixtures.c(45.005, 40.0))))
        #expect(coarse == #"{"type":"Point","coordinates":[45.01,40]}"#)
    }

    @Test func bboxOnRequest() throws {
        let text = GeoJSONWriter(includeBBox: true).string(
            FeatureCollection([Feature(geometry: Fixtures.squareWithHole)]))
        let json = try JSONParser.parse(text)
        #expect(json.objectValue?["bbox"] == [2, 2, 6, 6])
    }

    @Test(arguments: [
        (
            #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1,2]}},{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1]]]}}]}"#,
            "features[1].geometry.coordinates[0]"
        ),
        (
            #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1,"2"]}}]}"#,
            "features[0].geometry.coordinates[1]"
        ),
        (
            #"{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[0,0],[200,1]]}}"#,
            "geometry.coordinates[1]"
        ),
        (#"{"type":"Feature","properties":[],"geometry":null}"#, "properties"),
        (#"{"type":"Feature","properties":{},"geometry":{"type":"Circle","coordinates":[0,0]}}"#, "geometry.type"),
        (#"{"type":"FeatureCollection","features":{}}"#, "features"),
        (#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0.5]]]}"#, "coordinates[0]"),
        (#"{"type":"Point","coordinates":[1,2,"high"]}"#, "coordinates[2]"),
        (#"{"type":"LineString","coordinates":[[0,0],[1,1],[1]]}"#, "coordinates[2]"),
        (#"{"type":"MultiPoint","coordinates":[[0,0],{}]}"#, "coordinates[1]"),
    ])
    func malformedInputNamesThePath(text: String, path: String) {
        #expect {
            try GeoJSONReader.read(text)
        } throws: { error in
            (error as? GeoJSONError)?.path == path
        }
    }

    @Test func syntaxErrorsGiveLineAndColumn() {
        #expect {
            try GeoJSONReader.read("{\n  \"type\": \"Point\",\n  \"coordinates\": [1, 2,]\n}")
        } throws: { error in
            "\(error)".contains("line 3, column 24")
        }
    }

    @Test func jsonParserHandlesEscapesAndNumbers() throws {
        let v = try JSONParser.parse(
            #"{"a":"K\u0259lb\u0259c\u0259r \ud83d\ude00\n","b":-1.5e3,"c":[true,false,null],"d":0}"#)
        #expect(v.objectValue?["a"] == "Kəlbəcər 😀\n")
        #expect(v.objectValue?["b"] == -1500)
        #expect(v.objectValue?["c"] == [true, false, nil])
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("01") }
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(#"{"a":1,"a":2}"#) }
    }
}

@Suite struct RFC7946CheckTests {
    @Test func writerOutputConforms() {
        let text = GeoJSONWriter(includeBBox: true).string(
            FeatureCollection([Feature(geometry: Fixtures.squareWithHole)]))
        #expect(RFC7946Check.problems(in: text).isEmpty)
    }

    @Test func findsWindingCRSAndBBox() {
        let text =
            #"{"type":"FeatureCollection","crs":{},"bbox":[1,2,3],"features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[0,1],[1,1],[1,0],[0,0]]]}}]}"#
        let paths = RFC7946Check.problems(in: text).map(\.path)
        #expect(paths == ["crs", "bbox", "features[0].geometry.coordinates[0]"])
    }

    @Test func reportsReaderErrorsToo() {
        let problems = RFC7946Check.problems(in: #"{"type":"Point","coordinates":[181,0]}"#)
        #expect(problems.map(\.path) == ["coordinates"])
    }
}

@Suite struct RoundingTests {
    /// A sliver thinner than the written precision must not come out with
    /// the wrong winding or as a zero-area ring.
    @Test func ringsCollapsedByRoundingAreDropped() throws {
        let sliver = try Polygon(rings: [
            [Fixtures.c(0, 0), Fixtures.c(1e-8, 1), Fixtures.c(2e-8, 0), Fixtures.c(0, 0)]
        ])
        let square = Fixtures.unitSquare.polygons[0]
        let text = GeoJSONWriter(decimals: 6).string(.multiPolygon(MultiPolygon([square, sliver])))
        guard case let .geometry(g) = try GeoJSONReader.read(text) else { Issue.record("not a geometry"); return }
        #expect(g.polygons.count == 1)
        #expect(RFC7946Check.problems(in: text).isEmpty)
        let alone = GeoJSONWriter(decimals: 6).string(.polygon(sliver))
        #expect(alone == #"{"type":"MultiPolygon","coordinates":[]}"#)
    }
}
