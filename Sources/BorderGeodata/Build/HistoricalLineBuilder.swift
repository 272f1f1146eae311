import GeometryCore

/// Natural Earth's breakaway lines for Nagorno-Karabakh, as dated features.
enum HistoricalLineBuilder {
    static func build(from features: [Feature]) throws(GeometryError) -> [HistoricalLine] {
        func lines(named name: String) throws(GeometryError) -> Geometry {
            let parts = features.filter { $0["name"]?.stringValue == name }.compactMap(\.geometry).flatMap(
                \.lineStrings)
            return try Geometry.multiLineString(MultiLineString(parts)).lineMerge().linear
        }
        let oblast = try lines(named: "Former USSR oblast in 1991")
        let (ring, widestGap) = try closeIntoRing(oblast.lineStrings)
        return [
            HistoricalLine(
                id: "nkao-1991-area", name: "Nagorno-Karabakh Autonomous Oblast, 1991 (area)",
                date: "1991", geometry: .polygon(Polygon(exterior: ring)),
                source: "Natural Earth 10m admin-1 breakaway lines, closed by this project",
                note:
                    "The oblast boundary pieces chained end to end; the widest gap closed with a straight segment is \(Int(widestGap.rounded())) m."
            ),
            HistoricalLine(
                id: "nkao-1991", name: "Nagorno-Karabakh Autonomous Oblast boundary, 1991",
                date: "1991", geometry: oblast,
                source:
                    "Natural Earth 10m admin-1 breakaway lines (world_map.gpkg disputed_borders, \"Former USSR oblast in 1991\")",
                note:
                    "The Soviet oblast's boundary as Natural Earth draws it; its pieces do not close into a ring as published."
            ),
            HistoricalLine(
                id: "ceasefire-1994", name: "Line of contact at the 1994 ceasefire",
                date: "1994-05-12", geometry: try lines(named: "Ceasefire Line 1994"),
                source:
                    "Natural Earth 10m admin-1 breakaway lines (world_map.gpkg disputed_borders, \"Ceasefire Line 1994\")",
                note: "The Bishkek Protocol ceasefire took effect on 12 May 1994; superseded by the war of 2020."),
        ]
    }

    /// Chains line pieces end to nearest end into one closed ring, and says
    /// how wide the widest gap it bridged was, in metres.
    static func closeIntoRing(_ pieces: [LineString]) throws(GeometryError) -> (LinearRing, Double) {
        guard var current = pieces.first?.coordinates else { throw .emptyGeometry("no oblast lines") }
        var rest = Array(pieces.dropFirst())
        var widest = 0.0
        while !rest.isEmpty {
            let end = current[current.count - 1]
            var best = 0, reversed = false, bestDistance = Double.infinity
            for (i, piece) in rest.enumerated() {
                let toStart = Geodesic.distance(end, piece.coordinates[0])
                let toEnd = Geodesic.distance(end, piece.coordinates[piece.coordinates.count - 1])
                if toStart < bestDistance { best = i; reversed = false; bestDistance = toStart }
                if toEnd < bestDistance { best = i; reversed = true; bestDistance = toEnd }
            }
            widest = max(widest, bestDistance)
            let next = rest.remove(at: best).coordinates
            current += reversed ? next.reversed() : next
        }
        widest = max(widest, Geodesic.distance(current[current.count - 1], current[0]))
        if current.first != current.last { current.append(current[0]) }
        return (try LinearRing(current), widest)
    }
}
