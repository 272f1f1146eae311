import BorderExchange
import Foundation
import GeometryCore

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
