import FuzzSupport
import GeometryCore

// WKT and WKB readers (GEOS's, behind GeometryCore) on arbitrary bytes; what
// parses must also write back, and the WKB written must read again.
runFuzzer { data, size in
    let bytes = fuzzBytes(data, size)
    if let g = try? Geometry(wkb: bytes), let again = try? g.wkb() { _ = try? Geometry(wkb: again) }
    if let g = try? Geometry(wkt: String(decoding: bytes, as: UTF8.self)) { _ = try? g.wkt() }
    return 0
}
