import GeometryCore

/// Natural Earth's breakaway lines for Nagorno-Karabakh, as dated features.
enum HistoricalLineBuilder {
    static func build(from features: [Feature]) throws(GeometryError) -> [HistoricalLine] {
        func lines(named name: String) throws(GeometryError) -> Geometry {
            let parts = features.filter { $0["name"]?.stringValue == name }.compactMap(\.geometry).flatMap(\.lineStrings)
            return try Geometry.multiLineString(MultiLineString(parts)).lineMerge().linear
        }
        return [
            HistoricalLine(id: "nkao-1991", name: "Nagorno-Karabakh Autonomous Oblast boundary, 1991",
                           date: "1991", geometry: try lines(named: "Former USSR oblast in 1991"),
                           source: "Natural Earth 10m admin-1 breakaway lines (world_map.gpkg disputed_borders, \"Former USSR oblast in 1991\")",
                           note: "The Soviet oblast's boundary as Natural Earth draws it; its pieces do not close into a ring as published."),
            HistoricalLine(id: "ceasefire-1994", name: "Line of contact at the 1994 ceasefire",
                           date: "1994-05-12", geometry: try lines(named: "Ceasefire Line 1994"),
                           source: "Natural Earth 10m admin-1 breakaway lines (world_map.gpkg disputed_borders, \"Ceasefire Line 1994\")",
                           note: "The Bishkek Protocol ceasefire took effect on 12 May 1994; superseded by the war of 2020."),
        ]
    }
}
