import Foundation
import CPROJ

/// Geodesics on the WGS84 ellipsoid, through PROJ's copy of GeographicLib
/// (`geodesic.h`). These metres are the lengths users read everywhere.
public enum Geodesic {
    /// WGS84: a = 6378137 m, f = 1/298.257223563.
    nonisolated(unsafe) private static let wgs84: UnsafeMutablePointer<geod_geodesic> = {
        // Allocated once and never freed: it is immutable after geod_init
        // and read by every thread.
        let g = UnsafeMutablePointer<geod_geodesic>.allocate(capacity: 1)
        geod_init(g, 6_378_137, 1 / 298.257223563)
        return g
    }()

    static func withWGS84<R>(_ body: (UnsafePointer<geod_geodesic>) -> R) -> R {
        body(UnsafePointer(wgs84))
    }

    /// The solution of the inverse problem between two points.
    public struct Inverse: Sendable, Equatable {
        /// Distance in metres.
        public var distance: Double
        /// Azimuth at the first point, degrees clockwise from north.
        public var initialAzimuth: Double
        /// Azimuth at the second point, degrees clockwise from north.
        public var finalAzimuth: Double
    }

    public static func inverse(from a: Coordinate, to b: Coordinate) -> Inverse {
        var s12 = 0.0, azi1 = 0.0, azi2 = 0.0
        withWGS84 {
            geod_inverse($0, a.latitude, a.longitude, b.latitude, b.longitude, &s12, &azi1, &azi2)
        }
        return Inverse(distance: s12, initialAzimuth: azi1, finalAzimuth: azi2)
    }

    /// Distance in metres between two points.
    public static func distance(_ a: Coordinate, _ b: Coordinate) -> Double {
        inverse(from: a, to: b).distance
    }

    /// Initial azimuth from `a` towards `b`, degrees clockwise from north in [0, 360).
    public static func azimuth(from a: Coordinate, to b: Coordinate) -> Double {
        let azi = inverse(from: a, to: b).initialAzimuth
        return azi < 0 ? azi + 360 : azi
    }

    /// The point reached by going `distance` metres from `start` on `azimuth`.
    public static func destination(from start: Coordinate, azimuth: Double, distance: Double) -> Coordinate {
        var lat2 = 0.0, lon2 = 0.0, azi2 = 0.0
        withWGS84 {
            geod_direct($0, start.latitude, start.longitude, azimuth, distance, &lat2, &lon2, &azi2)
        }
        return Coordinate(uncheckedLongitude: lon2, latitude: lat2)
    }

    /// Length in metres of a path whose edges are geodesics.
    public static func length(of coordinates: [Coordinate]) -> Double {
        guard coordinates.count > 1 else { return 0 }
        var total = 0.0
        for i in 1..<coordinates.count { total += distance(coordinates[i - 1], coordinates[i]) }
        return total
    }

    public static func length(of line: LineString) -> Double { length(of: line.coordinates) }

    /// Area in m² enclosed by a ring with geodesic edges (always positive).
    public static func area(of ring: LinearRing) -> Double {
        var lats = ring.coordinates.dropLast().map(\.latitude)
        var lons = ring.coordinates.dropLast().map(\.longitude)
        var area = 0.0, perimeter = 0.0
        withWGS84 {
            geod_polygonarea($0, &lats, &lons, Int32(lats.count), &area, &perimeter)
        }
        return abs(area)
    }

    /// Area in m² of a polygon: the exterior less its holes.
    public static func area(of polygon: Polygon) -> Double {
        area(of: polygon.exterior) - polygon.holes.reduce(0) { $0 + area(of: $1) }
    }

    /// Area in m² of every polygon in a geometry.
    public static func area(of geometry: Geometry) -> Double {
        geometry.polygons.reduce(0) { $0 + area(of: $1) }
    }

    /// Length in metres of every line in a geometry (polygon rings excluded).
    public static func length(of geometry: Geometry) -> Double {
        geometry.lineStrings.reduce(0) { $0 + length(of: $1) }
    }

    /// A flat-earth estimate of the distance in metres (equirectangular at
    /// the mean latitude, with WGS84's meridional and prime-vertical radii):
    /// within 0.3% of the geodesic up to 300 km, and far cheaper. Only for
    /// deciding which candidates need the real `distance`.
    public static func flatDistance(_ a: Coordinate, _ b: Coordinate) -> Double {
        let phi = (a.latitude + b.latitude) / 2 * .pi / 180
        let e2 = 0.00669437999014, semiMajor = 6_378_137.0
        let w = 1 - e2 * sin(phi) * sin(phi)
        let meridional = semiMajor * (1 - e2) / (w * w.squareRoot())
        let primeVertical = semiMajor / w.squareRoot()
        var dLon = b.longitude - a.longitude
        if dLon > 180 { dLon -= 360 } else if dLon < -180 { dLon += 360 }
        let dy = (b.latitude - a.latitude) * .pi / 180 * meridional
        let dx = dLon * .pi / 180 * primeVertical * cos(phi)
        return (dx * dx + dy * dy).squareRoot()
    }

    /// Whether `b` lies within `metres` of `a` (geodesic), solving the
    /// geodesic only when the flat estimate is within 1% of the radius.
    public static func isWithin(_ a: Coordinate, _ b: Coordinate, metres: Double) -> Bool {
        guard metres <= 300_000 else { return distance(a, b) <= metres }
        let flat = flatDistance(a, b)
        if flat < metres * 0.99 { return true }
        if flat > metres * 1.01 { return false }
        return distance(a, b) <= metres
    }

    /// The point `fraction` (0...1) of the way along the geodesic from `a` to `b`.
    public static func intermediate(from a: Coordinate, to b: Coordinate, fraction: Double) -> Coordinate {
        let inv = inverse(from: a, to: b)
        return destination(from: a, azimuth: inv.initialAzimuth, distance: inv.distance * fraction)
    }
}

/// A compass direction such as "SE", for "4.2 km SE of Sotk".
public enum CompassPoint {
    private static let names = [
        "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
        "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW",
    ]

    /// The 16-point compass name of an azimuth in degrees.
    public static func name(forAzimuth azimuth: Double) -> String {
        let normalized = (azimuth.truncatingRemainder(dividingBy: 360) + 360).truncatingRemainder(dividingBy: 360)
        return names[Int((normalized / 22.5).rounded()) % 16]
    }
}
