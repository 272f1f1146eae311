// swift-tools-version:6.0
import PackageDescription

// Layers, each importing only those below it:
//   CGEOS, CPROJ (C shims) → GeometryCore → BorderGeodata → BorderIncidents
//   → BorderQueries → borderwatch (command-line tool)
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
        .executableTarget(
            name: "BorderWatchCLI",
            dependencies: [
                "GeometryCore",
                "BorderGeodata",
                "BorderIncidents",
                "BorderQueries",
                "BorderIngest",
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
            dependencies: ["BorderIngest", "BorderQueries", "BorderIncidents", "BorderGeodata", "GeometryCore"],
            exclude: ["Baseline"]
        ),
        .testTarget(
            name: "BorderWatchCLITests",
            dependencies: ["BorderWatchCLI", "GeometryCore"]
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
        ("FuzzIngest", ["BorderIngest", "BorderIncidents"]),
    ]
    package.targets.append(.target(name: "FuzzSupport", path: "Tests/Fuzz/Harnesses/FuzzSupport"))
    for h in harnesses {
        package.targets.append(.executableTarget(name: h.name, dependencies: h.dependencies + ["FuzzSupport"],
                                                 path: "Tests/Fuzz/Harnesses/\(h.name)"))
    }
}
