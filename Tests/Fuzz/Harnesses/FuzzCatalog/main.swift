import BorderIncidents
import Foundation
import FuzzSupport

// The incident catalog reader (a theatre pack's incidents.json format) on arbitrary bytes.
runFuzzer { data, size in
    _ = try? CatalogReader.read(Data(fuzzBytes(data, size)))
    return 0
}
