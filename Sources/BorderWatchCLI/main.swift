import GeometryCore

// Self-check until the incidents give the tool its main job.
print("BorderWatch self-check")
print("  GEOS \(LibraryVersions.geos), PROJ \(LibraryVersions.proj)")
let sotk = try Coordinate(longitude: 45.8756, latitude: 40.2056)
let goris = try Coordinate(longitude: 46.3417, latitude: 39.5111)
let d = Geodesic.inverse(from: sotk, to: goris)
print("  Sotk → Goris: \(String(format: "%.3f", d.distance)) m geodesic, azimuth \(String(format: "%.1f", d.initialAzimuth))°")
