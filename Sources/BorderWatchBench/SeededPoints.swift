import Foundation
import GeometryCore

/// SplitMix64: a fixed seed gives the same points on every machine.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }
}

enum SeededPoints {
    /// The Armenia + Azerbaijan box of the benchmark.
    static let box = Envelope(minLongitude: 43.4, minLatitude: 38.3, maxLongitude: 50.5, maxLatitude: 42.0)

    static func generate(count: Int, seed: UInt64) -> [Coordinate] {
        var rng = SplitMix64(state: seed)
        return (0..<count).map { _ in
            let lon = box.minLongitude + rng.unit() * (box.maxLongitude - box.minLongitude)
            let lat = box.minLatitude + rng.unit() * (box.maxLatitude - box.minLatitude)
            return try! Coordinate(longitude: lon, latitude: lat)
        }
    }

    /// Little-endian float64 pairs (lon, lat), for the baseline to read with numpy.
    static func write(_ points: [Coordinate], to url: URL) throws {
        var data = Data(capacity: points.count * 16)
        for p in points {
            withUnsafeBytes(of: p.longitude.bitPattern.littleEndian) { data.append(contentsOf: $0) }
            withUnsafeBytes(of: p.latitude.bitPattern.littleEndian) { data.append(contentsOf: $0) }
        }
        try data.write(to: url)
    }
}
