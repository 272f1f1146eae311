import BorderExchange
import BorderGeodata
import Foundation
import FuzzSupport

// The ACLED CSV reader (and under it the delimited-text records) on arbitrary bytes.
runFuzzer { data, size in
    _ = try? ACLEDFormat.read(Data(fuzzBytes(data, size)), file: "fuzz.csv", sides: SideWords(theatres: []))
    return 0
}
