import GeometryCore

/// Makes first-level units tile their country exactly.
///
/// Natural Earth's generalized admin-1 polygons follow its own country
/// outlines within about 1.2 km, not DCW-GMT's border, so clipped to the
/// country they leave slivers of gap and overlap. Overlaps go to the unit
/// listed first; gaps are grown into from all neighbours in steps of about
/// 200 m, which splits a long sliver between the units along it the way a
/// Voronoi partition would; anything left goes to the nearest unit.
struct ProvinceTiler {
    static let stepDegrees = 0.002
    static let maximumSteps = 40

    let country: Geometry
    let units: [Geometry]

    struct Result {
        var tiles: [Geometry]
        var grownSteps: Int
        var leftoverParts: Int
    }

    func tile() throws(GeometryError) -> Result {
        var tiles: [Geometry] = []
        var taken = Geometry.multiPolygon(MultiPolygon([]))
        for unit in units {
            let clipped = try unit.makeValid().polygonal.intersection(country).polygonal
            let own = taken.isEmpty ? clipped : try clipped.difference(taken).polygonal
            tiles.append(own)
            taken = try taken.union(own).polygonal
        }
        var remaining = try country.difference(taken).polygonal.droppingSlivers(minimumAreaSquareDegrees: 1e-12)
        var steps = 0
        while !remaining.isEmpty && steps < Self.maximumSteps {
            steps += 1
            let remainingBox = remaining.envelope!.expanded(byDegrees: Self.stepDegrees)
            for i in tiles.indices {
                guard let box = tiles[i].envelope, box.intersects(remainingBox) else { continue }
                let grow = try tiles[i].buffer(degrees: Self.stepDegrees, quadrantSegments: 2)
                    .intersection(remaining).polygonal
                guard !grow.isEmpty else { continue }
                tiles[i] = try tiles[i].union(grow).polygonal
                remaining = try remaining.difference(grow).polygonal.droppingSlivers(minimumAreaSquareDegrees: 1e-12)
                if remaining.isEmpty { break }
            }
        }
        let leftovers = remaining.polygons
        for part in leftovers {
            let g = Geometry.polygon(part)
            var best = 0
            var bestDistance = Double.infinity
            for (i, tile) in tiles.enumerated() where !tile.isEmpty {
                let d = try tile.planarDistance(to: g)
                if d < bestDistance { best = i; bestDistance = d }
            }
            tiles[best] = try tiles[best].union(g).polygonal
        }
        // Pieces grown in separate steps touch along edges; dissolve them so
        // that each unit is one valid (multi)polygon.
        return Result(
            tiles: try tiles.map { t throws(GeometryError) in try t.makeValid().polygonal.unaryUnion().polygonal },
            grownSteps: steps, leftoverParts: leftovers.count)
    }
}
