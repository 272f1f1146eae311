/// The dots of one strip of `BorderStripChart`: one per located place, or,
/// when a strip has more places than a browser redraws in a frame, one per
/// drawn cell of `cellPixels` and type, sized by its places and naming all
/// their incidents (a million circles took a map page seconds per click).
struct StripDots {
    struct Dot {
        var x: Double
        var y: Double
        var type: String
        /// The incidents of the places drawn here, each once, in the order first placed.
        var incidents: [String]
        var places: Int
        /// Set when the dot is one place: its metres along the segment and signed from the line.
        var chainageMetres: Double?
        var signedMetres: Double?
    }

    /// Above this many places a strip draws cells.
    static let maximumDots = 4_000
    static let cellPixels = 4.0

    static func dots(
        _ placements: [LineProfile.Placement], position: (LineProfile.Placement) -> (x: Double, y: Double),
        maximum: Int = maximumDots
    ) -> [Dot] {
        guard placements.count > maximum else {
            return placements.map { p in
                let (x, y) = position(p)
                return Dot(
                    x: x, y: y, type: p.type.rawValue, incidents: [p.incidentID], places: 1,
                    chainageMetres: p.chainageMetres, signedMetres: p.signedMetres)
            }
        }
        struct Cell: Hashable {
            var column: Int
            var row: Int
            var type: String
        }
        var index: [Cell: Int] = [:]
        var dots: [Dot] = []
        var seen: [Set<String>] = []
        for p in placements {
            let (x, y) = position(p)
            let cell = Cell(
                column: Int((x / cellPixels).rounded(.down)), row: Int((y / cellPixels).rounded(.down)),
                type: p.type.rawValue)
            let (k, isNew) = index.position(of: cell)
            if isNew {
                // Drawn at the cell's centre.
                dots.append(
                    Dot(
                        x: (Double(cell.column) + 0.5) * cellPixels, y: (Double(cell.row) + 0.5) * cellPixels,
                        type: cell.type, incidents: [], places: 0))
                seen.append([])
            }
            dots[k].places += 1
            if seen[k].insert(p.incidentID).inserted { dots[k].incidents.append(p.incidentID) }
        }
        return dots
    }

    /// A dot's radius: 5 px for one place, growing with the fourth root of its places up to 9 px.
    static func radius(_ dot: Dot) -> Double {
        dot.places <= 1 ? 5 : min(9, 5 + Double(dot.places).squareRoot().squareRoot() * 0.5)
    }
}
