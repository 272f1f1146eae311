// swift-tools-version:6.0
import PackageDescription

// Layers, each importing only those below it:
//   CGEOS, CPROJ, CLibPQ (C shims) → GeometryCore, PostgresClient (libpq), BorderHTTP (HTTP/1.1 on sockets)
//   → BorderGeodata → BorderIncidents → BorderQueries → BorderStats (counts, casualties, charts)
//   → BorderExchange (event formats) → BorderEventStore (the store protocol, importer, selection)
//     → BorderStore (GeoPackage), BorderPostGIS (PostgreSQL + PostGIS) → BorderStores (open either by name)
//   → BorderIngest (news text → proposed events), BorderServer (OGC API – Features)
//   → borderwatch (command-line tool)
// The only Swift packages are swift-argument-parser and GRDB; PostgreSQL is
// reached through libpq, a system library like GEOS and PROJ.
// The modules that parse, index and relate the geodata are optimised in debug
// builds too: every command loads several megabytes of GeoJSON at start, and
// unoptimised that costs seconds per run (the tests run the binary hundreds of times).
let optimisedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "BorderWatch",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "GeometryCore", targets: ["GeometryCore"]),
        .library(name: "PostgresClient", targets: ["PostgresClient"]),
        .library(name: "BorderHTTP", targets: ["BorderHTTP"]),
        .library(name: "BorderGeodata", targets: ["BorderGeodata"]),
        .library(name: "BorderIncidents", targets: ["BorderIncidents"]),
        .library(name: "BorderQueries", targets: ["BorderQueries"]),
        .library(name: "BorderStats", targets: ["BorderStats"]),
        .library(name: "BorderExchange", targets: ["BorderExchange"]),
        .library(name: "BorderEventStore", targets: ["BorderEventStore"]),
        .library(name: "BorderStore", targets: ["BorderStore"]),
        .library(name: "BorderPostGIS", targets: ["BorderPostGIS"]),
        .library(name: "BorderStores", targets: ["BorderStores"]),
        .library(name: "BorderIngest", targets: ["BorderIngest"]),
        .library(name: "BorderServer", targets: ["BorderServer"]),
        .executable(name: "borderwatch", targets: ["BorderWatchCLI"]),
        .executable(name: "borderwatch-bench", targets: ["BorderWatchBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGEOS",
            pkgConfig: "geos",
            providers: [.apt(["libgeos-dev"]), .brew(["geos"])]
        ),
        .systemLibrary(
            name: "CPROJ",
            pkgConfig: "proj",
            providers: [.apt(["libproj-dev"]), .brew(["proj"])]
        ),
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"]), .brew(["libpq"])]
        ),
        .target(
            name: "GeometryCore",
            dependencies: ["CGEOS", "CPROJ"],
            swiftSettings: optimisedInDebug
        ),
        .target(
            name: "PostgresClient",
            dependencies: ["CLibPQ"]
        ),
        .target(
            name: "BorderHTTP"
        ),
        .target(
            name: "BorderGeodata",
            dependencies: ["GeometryCore"],
            swiftSettings: optimisedInDebug
        ),
        .target(
            name: "BorderIncidents",
            dependencies: ["BorderGeodata", "GeometryCore"],
            swiftSettings: optimisedInDebug
        ),
        .target(
            name: "BorderQueries",
            dependencies: ["BorderIncidents", "BorderGeodata", "GeometryCore"]
        ),
        .target(
            name: "BorderStats",
            dependencies: ["BorderQueries", "BorderIncidents", "BorderGeodata", "GeometryCore"]
        ),
        .target(
            name: "BorderIngest",
            dependencies: ["BorderQueries", "BorderIncidents", "BorderGeodata", "GeometryCore"]
        ),
        .target(
            name: "BorderServer",
            dependencies: [
                "BorderHTTP", "BorderStats", "BorderQueries", "BorderIncidents", "BorderGeodata", "GeometryCore",
            ]
        ),
        .target(
            name: "BorderExchange",
            dependencies: ["BorderGeodata", "BorderQueries", "BorderIncidents", "GeometryCore"]
        ),
        .target(
            name: "BorderEventStore",
            dependencies: ["BorderExchange", "BorderQueries", "BorderIncidents", "BorderGeodata", "GeometryCore"]
        ),
        .target(
            name: "BorderStore",
            dependencies: [
                "BorderEventStore", "BorderExchange", "BorderQueries", "BorderIncidents", "BorderGeodata",
                "GeometryCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the import's prepared inserts (`BoundInsert`).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "BorderPostGIS",
            dependencies: [
                "BorderEventStore", "BorderExchange", "PostgresClient", "BorderIncidents", "BorderGeodata",
                "BorderQueries", "GeometryCore",
            ]
        ),
        .target(
            name: "BorderStores",
            dependencies: [
                "BorderStore", "BorderPostGIS", "BorderEventStore", "BorderExchange", "BorderQueries",
                "BorderIncidents",
                "BorderGeodata",
            ]
        ),
        .executableTarget(
            name: "BorderWatchCLI",
            dependencies: [
                "BorderServer",
                "BorderIngest",
                "BorderStats",
                "GeometryCore",
                "BorderGeodata",
                "BorderIncidents",
                "BorderQueries",
                "BorderExchange",
                "BorderEventStore",
                "BorderStore",
                "BorderPostGIS",
                "BorderStores",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "GeometryCoreTests",
            dependencies: ["GeometryCore"],
            exclude: ["Reference"]
        ),
        .executableTarget(
            name: "BorderWatchBench",
            dependencies: [
                "BorderIngest", "BorderExchange", "BorderQueries", "BorderIncidents", "BorderGeodata", "GeometryCore",
            ],
            exclude: ["Baseline"]
        ),
        .testTarget(
            name: "BorderWatchCLITests",
            dependencies: [
                "BorderWatchCLI", "BorderServer", "BorderEventStore", "BorderStore", "BorderPostGIS", "BorderExchange",
                "BorderQueries", "BorderIncidents",
                "BorderGeodata", "GeometryCore", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "BorderQueriesTests",
            dependencies: ["BorderQueries", "BorderIncidents", "BorderGeodata", "GeometryCore"],
            exclude: ["Reference"]
        ),
        .testTarget(
            name: "BorderStatsTests",
            dependencies: ["BorderStats", "BorderQueries", "BorderIncidents", "BorderGeodata", "GeometryCore"]
        ),
        .testTarget(
            name: "BorderIncidentsTests",
            dependencies: ["BorderIncidents", "BorderGeodata", "GeometryCore"],
            exclude: ["Reference"]
        ),
        .testTarget(
            name: "BorderServerTests",
            dependencies: [
                "BorderServer", "BorderHTTP", "BorderStats", "BorderQueries", "BorderIncidents", "BorderGeodata",
                "GeometryCore",
            ]
        ),
        .testTarget(
            name: "BorderStoreTests",
            dependencies: [
                "BorderEventStore", "BorderStore", "BorderExchange", "BorderQueries", "BorderStats", "BorderIncidents",
                "BorderGeodata", "GeometryCore",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "BorderIngestTests",
            dependencies: ["BorderIngest", "BorderQueries", "BorderIncidents", "BorderGeodata", "GeometryCore"],
            exclude: ["DevSet"]
        ),
        .testTarget(
            name: "BorderExchangeTests",
            dependencies: ["BorderExchange", "BorderGeodata"]
        ),
        .testTarget(
            name: "BorderEventStoreTests",
            dependencies: [
                "BorderEventStore", "BorderExchange", "BorderQueries", "BorderIncidents", "BorderGeodata",
                "GeometryCore",
            ]
        ),
        .testTarget(
            name: "BorderPostGISTests",
            dependencies: ["BorderPostGIS", "BorderEventStore"]
        ),
        .testTarget(
            name: "BorderStoresTests",
            dependencies: ["BorderStores"]
        ),
        .testTarget(
            name: "BorderHTTPTests",
            dependencies: ["BorderHTTP"]
        ),
        .testTarget(
            name: "PostgresClientTests",
            dependencies: ["PostgresClient"]
        ),
        .testTarget(
            name: "BorderGeodataTests",
            dependencies: ["BorderGeodata", "GeometryCore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer harnesses (`make fuzz`, FUZZING.md): built only when
// BORDERWATCH_FUZZ is set, by scripts/fuzz.sh with AddressSanitizer and
// libFuzzer's coverage counters; a normal build never sees them.
if Context.environment["BORDERWATCH_FUZZ"] != nil {
    let harnesses: [(name: String, dependencies: [Target.Dependency])] = [
        ("FuzzJSON", ["GeometryCore"]),
        ("FuzzWellKnown", ["GeometryCore"]),
        ("FuzzCatalog", ["BorderIncidents"]),
        ("FuzzDelimited", ["BorderGeodata"]),
        ("FuzzServerQuery", ["BorderServer", "GeometryCore"]),
        ("FuzzIngest", ["BorderIngest", "BorderIncidents"]),
        ("FuzzACLED", ["BorderExchange", "BorderGeodata"]),
        ("FuzzUCDP", ["BorderExchange", "BorderGeodata"]),
        ("FuzzGeoJSONEvents", ["BorderExchange"]),
        ("FuzzGeoPackage", ["BorderEventStore", "BorderStore"]),
        ("FuzzHTTPHead", ["BorderHTTP"]),
    ]
    package.targets.append(.target(name: "FuzzSupport", path: "Tests/Fuzz/Harnesses/FuzzSupport"))
    for h in harnesses {
        package.targets.append(
            .executableTarget(
                name: h.name, dependencies: h.dependencies + ["FuzzSupport"],
                path: "Tests/Fuzz/Harnesses/\(h.name)"))
    }
}
