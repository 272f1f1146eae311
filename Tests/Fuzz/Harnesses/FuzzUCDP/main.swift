import BorderExchange
import BorderGeodata
import Foundation
import FuzzSupport

// The UCDP GED CSV reader on arbitrary bytes.
runFuzzer { data, size in
    _ = try? UCDPFormat.read(Data(fuzzBytes(data, size)), file: "fuzz.csv", sides: SideWords(theatres: []))
    return 0
}
