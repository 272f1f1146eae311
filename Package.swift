// swift-tools-version:6.0
import PackageDescription

// Layers, each importing only those below it:
//   CGEOS, CPROJ (C shims) → GeometryCore → BorderGeodata → BorderIncidents
//   → BorderQueries → BorderExchange (event formats) → BorderStore (GeoPackage),
//     → BorderPostGIS (the same store on PostgreSQL + PostGIS),
//     BorderIngest (news text → proposed events), BorderServer (OGC API – Features)
//   → borderwatch (command-line tool)
let package = Package(
    name: "BorderWatch",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "GeometryCore", targets: ["GeometryCore"]),
        .library(name: "BorderGeodata", targets: ["BorderGeodata"]),
        .library(name: "BorderIncidents", targets: ["BorderIncidents"]),
        .library(name: "BorderQueries", targets: ["BorderQueries"]),
        .library(name: "BorderIngest", targets: ["BorderIngest"]),
        .executable(name: "borderwatch", targets: ["BorderWatchCLI"]),
        .executable(name: "borderwatch-bench", targets: ["BorderWatchBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
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
        .target(
            name: "GeometryCore",
            dependencies: ["CGEOS", "CPROJ"]
        ),
        .target(
            name: "BorderGeodata",
            dependencies: ["GeometryCore"]
        ),
        .target(
            name: "BorderIncidents",
            dependencies: ["BorderGeodata", "GeometryCore"]
        ),
        .target(
            name: "BorderQueries",
            dependencies: ["BorderIncidents", "BorderGeodata", "GeometryCore"]
        ),
        .target(
            name: "BorderIngest",
            dependencies: ["BorderQueries", "BorderIncidents", "BorderGeodata", "GeometryCore"]
        ),
        .target(
            name: "BorderServer",
            dependencies: ["BorderQueries", "BorderIncidents", "BorderGeodata", "GeometryCore",
                           .product(name: "Hummingbird", package: "hummingbird")]
        ),
        .target(
            name: "BorderExchange",
            dependencies: ["BorderQueries", "BorderIncidents", "GeometryCore"]
        ),
        .target(
            name: "BorderStore",
            dependencies: ["BorderExchange", "BorderQueries", "BorderIncidents", "BorderGeodata", "GeometryCore",
                           .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "BorderPostGIS",
            dependencies: ["BorderStore", "BorderExchange", "BorderQueries", "BorderIncidents", "BorderGeodata", "GeometryCore",
                           .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        .executableTarget(
            name: "BorderWatchCLI",
            dependencies: [
                "BorderServer",
                "BorderIngest",
                "GeometryCore",
                "BorderGeodata",
                "BorderIncidents",
                "BorderQueries",
                "BorderExchange",
                "BorderStore",
                "BorderPostGIS",
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
            dependencies: ["BorderIngest", "BorderExchange", "BorderQueries", "BorderIncidents", "BorderGeodata", "GeometryCore"],
            exclude: ["Baseline"]
        ),
        .testTarget(
            name: "BorderWatchCLITests",
            dependencies: ["BorderWatchCLI", "BorderServer", "BorderStore", "BorderExchange", "BorderQueries", "BorderIncidents",
                           "BorderGeodata", "GeometryCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "BorderQueriesTests",
            dependencies: ["BorderQueries", "BorderIncidents", "BorderGeodata", "GeometryCore"],
            exclude: ["Reference"]
        ),
        .testTarget(
            name: "BorderIncidentsTests",
            dependencies: ["BorderIncidents", "BorderGeodata", "GeometryCore"],
            exclude: ["Reference"]
        ),
        .testTarget(
            name: "BorderServerTests",
            dependencies: ["BorderServer", "GeometryCore"]
        ),
        .testTarget(
            name: "BorderStoreTests",
            dependencies: ["BorderStore", "BorderExchange", "BorderQueries", "BorderIncidents", "BorderGeodata", "GeometryCore",
                           .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "BorderIngestTests",
            dependencies: ["BorderIngest", "BorderQueries", "BorderIncidents", "BorderGeodata", "GeometryCore"],
            exclude: ["DevSet"]
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
    ]
    package.targets.append(.target(name: "FuzzSupport", path: "Tests/Fuzz/Harnesses/FuzzSupport"))
    for h in harnesses {
        package.targets.append(.executableTarget(name: h.name, dependencies: h.dependencies + ["FuzzSupport"],
                                                 path: "Tests/Fuzz/Harnesses/\(h.name)"))
    }
}
