import BorderIncidents
import Foundation
import FuzzSupport

// The incident catalog reader (geodata/incidents.json's format) on arbitrary bytes.
runFuzzer { data, size in
    _ = try? CatalogReader.read(Data(fuzzBytes(data, size)))
    return 0
}
