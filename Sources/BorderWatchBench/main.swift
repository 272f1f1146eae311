import BorderExchange
import BorderGeodata
import BorderIncidents
import BorderQueries
import Foundation
import GeometryCore

// `make bench`: relates seeded random points against the bundled geodata and
// prints one JSON object with each stage's figures, for
// Baseline/shapely_baseline.py to set beside Shapely 2's.

func argument(_ name: String, _ fallback: String) -> String {
    let args = CommandLine.arguments
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return fallback }
    return args[i + 1]
}

// --acled-csv FILE --rows N: only writes N synthetic ACLED rows, for the import benchmark.
if CommandLine.arguments.contains("--acled-csv") {
    let rows = Int(argument("--rows", "100000"))!, seed = UInt64(argument("--seed", "42"))!
    try AtomicFile.write(
        SyntheticACLED.csv(rows: rows, seed: seed), to: URL(fileURLWithPath: argument("--acled-csv", "acled.csv")))
    exit(0)
}

let count = Int(argument("--points", "1000000"))!
let seed = UInt64(argument("--seed", "42"))!
let workers = Int(argument("--workers", String(ProcessInfo.processInfo.activeProcessorCount)))!
let out = URL(fileURLWithPath: argument("--out", ".build-bench"))
try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)

// `--ingest N`: the news-ingest benchmark instead (IngestBench.swift).
if CommandLine.arguments.contains("--ingest") {
    try IngestBench.run(reports: Int(argument("--ingest", "1000"))!, seed: seed)
    exit(0)
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func peakMemoryBytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kb = Int(line.split(separator: " ").dropFirst().first ?? "")
    else { return 0 }
    return kb * 1024
}

let points = SeededPoints.generate(count: count, seed: seed)
try SeededPoints.write(points, to: out.appendingPathComponent("points.bin"))

// Load: all layers into prepared, indexed structures; median of 5 loads.
var loads: [Double] = []
var geodata: Geodata!
// The first theatre only: the baselines read the same one pack.
for _ in 0..<5 { loads.append(try seconds { geodata = try Geodata.loadBundled(theatres: ["am-az"]) }) }
loads.sort()
let relater = Relater(geodata: geodata)

// --profile: each part of the one-point path alone, single-threaded, on the first 100,000 points.
if CommandLine.arguments.contains("--profile") {
    let sample = Array(points.prefix(100_000))
    var sink = 0.0
    let parts: [(String, () -> Void)] = [
        ("province", { for c in sample { sink += geodata.province(at: c) == nil ? 0 : 1 } }),
        ("country", { for c in sample { sink += geodata.country(at: c) == nil ? 0 : 1 } }),
        ("border distance", { for c in sample { sink += (try? geodata.borderProximity(at: c).distance) ?? 0 } }),
        ("nearest settlement", { for c in sample { sink += geodata.nearestSettlement(to: c)?.distance ?? 0 } }),
        ("geodesic inverse", { for c in sample { sink += Geodesic.distance(c, sample[0]) } }),
        ("projection", { for c in sample { sink += (try? MetricProjection.caucasus.project(c).x) ?? 0 } }),
    ]
    for (name, body) in parts {
        let t = seconds(body)
        FileHandle.standardError.write(
            Data("profile: \(name): \(String(format: "%.2f", t * 1e6 / Double(sample.count))) µs per point\n".utf8))
    }
    if sink.isNaN { print(sink) }
}

var facts: [Relater.PointFacts] = []
let relateTime = try seconds { facts = try BulkRelater(relater: relater, workers: workers).facts(for: points) }
let memoryAfterRelate = peakMemoryBytes()

var written = 0
let writeTime = try seconds {
    written = try BulkRelater.writeLayer(points, facts, to: out.appendingPathComponent("points-swift.geojson"))
}

// Radius queries over the loaded points: 1,000 centres, 10 km each.
var index: SpatialIndex!
let indexTime = try seconds { index = try SpatialIndex(points.map { .point(Point($0)) }) }
var rng = SplitMix64(state: seed ^ 0xABCDEF)
var latencies: [Double] = []
var found = 0
for _ in 0..<1000 {
    let c = points[Int(rng.next() % UInt64(points.count))]
    latencies.append(
        seconds {
            index.forEach(in: Envelope.around(c, metres: 10_000)) { i in
                if Geodesic.isWithin(c, points[i], metres: 10_000) { found += 1 }
            }
        })
}
latencies.sort()

let summary: [String: Any] = [
    "engine":
        "BorderWatch (Swift \(ProcessInfo.processInfo.environment["SWIFT_VERSION"] ?? "6"), GEOS \(LibraryVersions.geos), PROJ \(LibraryVersions.proj))",
    "points": count, "seed": seed, "workers": workers,
    "load_ms_median": loads[2] * 1000, "load_ms_first": loads.first! * 1000,
    "relate_s": relateTime, "write_s": writeTime, "written_features": written,
    "end_to_end_s": relateTime + writeTime,
    "index_build_s": indexTime, "radius_median_ms": latencies[500] * 1000, "radius_p99_ms": latencies[990] * 1000,
    "radius_mean_hits": Double(found) / 1000,
    "peak_memory_bytes_after_relate": memoryAfterRelate, "peak_memory_bytes": peakMemoryBytes(),
    "sides": Dictionary(grouping: facts.map(\.side), by: { $0 }).mapValues(\.count),
]
let json = try JSONSerialization.data(withJSONObject: summary, options: [.prettyPrinted, .sortedKeys])
print(String(decoding: json, as: UTF8.self))

// Every point's answers, for the PostGIS baseline to compare its own with (postgis_baseline.py).
var factsCSV = "id,country,province,border_m,nearest_settlement\n"
factsCSV.reserveCapacity(points.count * 48)
for (k, f) in facts.enumerated() {
    factsCSV +=
        "\(k),\(f.country ?? ""),\(f.province ?? ""),\(String(format: "%.3f", f.borderDistance)),\(f.nearestSettlement ?? "")\n"
}
try AtomicFile.write(factsCSV, to: out.appendingPathComponent("facts-swift.csv"))
