import Foundation
import FuzzSupport
import GeometryCore

// The JSON parser and the GeoJSON reader on arbitrary bytes: any input must
// give a value or a typed error, never a crash, a hang or a leak. And the
// direct reading of a feature collection, where it answers, must answer
// exactly what the general reading answers.
runFuzzer { data, size in
    let bytes = fuzzBytes(data, size)
    _ = try? JSONParser.parse(bytes)
    let general = try? GeoJSONReader.read(Data(bytes), directly: false)
    if let direct = GeoJSONDirectReader.featureCollection(bytes) {
        precondition(general == .featureCollection(direct), "the direct and the general GeoJSON reading differ")
    }
    return 0
}
