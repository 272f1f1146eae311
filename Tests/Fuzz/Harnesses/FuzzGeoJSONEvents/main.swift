import BorderExchange
import Foundation
import FuzzSupport

// The GeoJSON events reader on arbitrary bytes.
runFuzzer { data, size in
    _ = try? GeoJSONEvents.read(Data(fuzzBytes(data, size)), file: "fuzz.geojson")
    return 0
}
