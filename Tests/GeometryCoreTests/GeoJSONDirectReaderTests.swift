import Foundation
import Testing

@testable import GeometryCore

/// The direct reading must give exactly what the general reading gives, or nothing.
@Suite struct GeoJSONDirectReaderTests {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Asserts the contract on `text`: where the direct reading answers, the general one answers the same.
    private func expectAgreement(_ bytes: [UInt8], _ comment: Comment? = nil) {
        let direct = GeoJSONDirectReader.featureCollection(bytes)
        let general = try? GeoJSONReader.read(Data(bytes), directly: false)
        if let direct {
            #expect(general == .featureCollection(direct), comment)
        }
    }

    @Test func everyBundledLayerIsReadDirectlyAsTheGeneralReadingReadsIt() throws {
        let theatres = Self.repository.appendingPathComponent("geodata/theatres")
        let files = try FileManager.default.subpathsOfDirectory(atPath: theatres.path)
            .filter { $0.hasSuffix(".geojson") }
        #expect(files.count >= 10)
        var positions = 0
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: theatres.appendingPathComponent(file)))
            let direct = try #require(GeoJSONDirectReader.featureCollection(bytes), "\(file)")
            #expect(try GeoJSONReader.read(Data(bytes), directly: false) == .featureCollection(direct), "\(file)")
            positions += direct.features.compactMap(\.geometry).flatMap(\.polygons).reduce(0) {
                $0 + $1.exterior.coordinates.count
            }
        }
        #expect(positions > 100_000)
    }

    @Test func shapesLeftToTheGeneralReadingAreNotAnswered() throws {
        let valid = [
            #"{"type":"Point","coordinates":[45,40]}"#,
            #"{"type":"Feature","geometry":null,"properties":{}}"#,
            "\u{FEFF}" + #"{"type":"FeatureCollection","features":[]}"#,
            #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":null,"#
                + #""geometry":{"type":"GeometryCollection","geometries":[]}}]}"#,
            #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":null,"#
                + #""geometry":{"type":"MultiPoint","coordinates":[]}}]}"#,
        ]
        for text in valid {
            #expect(GeoJSONDirectReader.featureCollection(Array(text.utf8)) == nil, "\(text)")
            #expect(throws: Never.self) { try GeoJSONReader.read(text) }
        }
    }

    @Test func whatTheGeneralReadingRejectsIsNotReadDirectly() {
        func collection(_ feature: String) -> String { #"{"type":"FeatureCollection","features":["# + feature + "]}" }
        let point = #"{"type":"Point","coordinates":[45,40]}"#
        let rejected = [
            collection(#"{"type":"Feature","geometry":"# + point + #","properties":{},"properties":{}}"#),
            collection(#"{"type":"Feature","geometry":{"type":"Point","coordinates":[45,91]},"properties":{}}"#),
            collection(#"{"type":"Feature","geometry":{"type":"Point","coordinates":[45]},"properties":{}}"#),
            collection(
                #"{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]},"#
                    + #""properties":{}}"#),
            collection(#"{"type":"Feature","geometry":"# + point + #","properties":"x"}"#),
            collection(#"{"type":"Feature","id":{},"geometry":"# + point + #","properties":{}}"#),
            collection(#"{"type":"Feature","geometry":"# + point + "}"),
            collection(#"{"type":"Feature","geometry":{"type":"Point","coordinates":[[45,40]]},"properties":{}}"#),
            collection(
                #"{"type":"Feature","geometry":{"type":"Line","coordinates":[[45,40],[46,41]]},"properties":{}}"#),
            collection(#"{"type":"Feature","geometry":"# + point + #","properties":{}}"#) + " x",
            #"{"type":"Feature","features":[]}"#,
        ]
        for text in rejected {
            #expect(GeoJSONDirectReader.featureCollection(Array(text.utf8)) == nil, "\(text)")
            #expect(throws: GeoJSONError.self, "\(text)") { try GeoJSONReader.read(text) }
        }
    }

    /// Every one-byte change of a small collection with each geometry type: whatever the direct reading
    /// accepts, the general reading accepts with the same value.
    @Test func everyOneByteChangeOfACollectionIsReadAlikeOrLeftToTheGeneralReading() throws {
        let text = """
            {"type": "FeatureCollection", "name": "x", "features": [
              {"type": "Feature", "id": 7, "properties": {"name": "Sotk", "n": [1, {"a": null}]},
               "geometry": {"type": "Point", "coordinates": [45.86951, 40.20007, 2010.5]}},
              {"type": "Feature", "id": "b", "geometry": {"type": "MultiLineString",
               "coordinates": [[[45, 40], [45.5, 40.5]], [[46, 41], [46.5, 41.5], [47, 41]]]}, "properties": null},
              {"type": "Feature", "geometry": {"type": "MultiPolygon", "bbox": [0, 0, 1, 1], "coordinates":
               [[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]], [[0.2, 0.2], [0.2, 0.4], [0.4, 0.4], [0.2, 0.2]]]]},
               "properties": {}},
              {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[1e1, -2.5E-1], [3, 4]]},
               "properties": {"t": true}}
            ]}
            """
        let bytes = Array(text.utf8)
        let direct = try #require(GeoJSONDirectReader.featureCollection(bytes))
        #expect(direct.features.count == 4)
        expectAgreement(bytes)
        let replacements = Array("0-9.,[]{}\" :e".utf8)
        var answered = 0, accepted = 0
        for k in bytes.indices {
            var removed = bytes
            removed.remove(at: k)
            expectAgreement(removed, "without byte \(k)")
            for r in replacements where r != bytes[k] {
                var changed = bytes
                changed[k] = r
                expectAgreement(changed, "byte \(k) as \(Character(Unicode.Scalar(r)))")
                if GeoJSONDirectReader.featureCollection(changed) != nil { answered += 1 }
                if (try? GeoJSONReader.read(Data(changed), directly: false)) != nil { accepted += 1 }
            }
        }
        // Of the changed documents that are still GeoJSON, the direct reading answers almost all itself.
        #expect(answered > 100)
        #expect(Double(answered) >= 0.9 * Double(accepted))
    }
}
