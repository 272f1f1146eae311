import Foundation
@testable import GeometryCore

/// Shapes and reference files shared by the tests.
enum Fixtures {
    static func c(_ lon: Double, _ lat: Double) -> Coordinate {
        try! Coordinate(longitude: lon, latitude: lat)
    }

    /// The unit square with corners (0,0) and (1,1), counter-clockwise.
    static let unitSquare = Geometry.polygon(try! Polygon(rings: [[c(0, 0), c(1, 0), c(1, 1), c(0, 1), c(0, 0)]]))

    /// A square from 2 to 6 with a hole from 3 to 4, the exterior clockwise
    /// and the hole counter-clockwise: both the wrong way for RFC 7946.
    static let squareWithHole = Geometry.polygon(
        try! Polygon(rings: [
            [c(2, 2), c(2, 6), c(6, 6), c(6, 2), c(2, 2)],
            [c(3, 3), c(4, 3), c(4, 4), c(3, 4), c(3, 3)],
        ]))

    static let referenceDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Reference")

    /// Rows of a tab-separated reference file, comments dropped.
    static func referenceRows(_ name: String) throws -> [[String]] {
        let text = try String(contentsOf: referenceDirectory.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
            $0.split(separator: "\t").map(String.init)
        }
    }

    /// The line of `point-to-line.tsv`, read from its header.
    static func referenceLine() throws -> LineString {
        let text = try String(
            contentsOf: referenceDirectory.appendingPathComponent("point-to-line.tsv"), encoding: .utf8)
        let header = text.split(separator: "\n").first { $0.hasPrefix("# line: ") }!
        let pairs = header.dropFirst("# line: ".count).split(separator: " ").map { pair in
            let xy = pair.split(separator: ",").map { Double($0)! }
            return c(xy[0], xy[1])
        }
        return try LineString(pairs)
    }
}
