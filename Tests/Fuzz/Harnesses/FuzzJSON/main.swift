import Foundation
import FuzzSupport
import GeometryCore

// The JSON parser and the GeoJSON reader on arbitrary bytes: any input must
// give a value or a typed error, never a crash, a hang or a leak.
runFuzzer { data, size in
    let bytes = fuzzBytes(data, size)
    _ = try? JSONParser.parse(bytes)
    _ = try? GeoJSONReader.read(Data(bytes))
    return 0
}
