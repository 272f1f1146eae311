import BorderGeodata
import FuzzSupport

// The CSV (RFC 4180 quoting) and TSV readers on arbitrary text.
runFuzzer { data, size in
    let text = String(decoding: fuzzBytes(data, size), as: UTF8.self)
    _ = try? DelimitedText(csv: text, file: "fuzz.csv")
    _ = try? DelimitedText(tsv: text, file: "fuzz.tsv")
    return 0
}
