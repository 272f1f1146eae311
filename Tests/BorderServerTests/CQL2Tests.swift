import BorderServer
import GeometryCore
import Testing

/// CQL2-text: the basic class and S_INTERSECTS, parsed and evaluated on features.
@Suite struct CQL2Tests {
    let sotk = Feature(
        id: "1", geometry: .point(Point(try! Coordinate(longitude: 45.87, latitude: 40.2))),
        properties: [
            "type": "armed-clash", "side": "ARM", "border_distance_m": 7909.3, "killed_conservative": 3,
            "province": "Gegharkunik", "settlement_id": nil, "date_start": "2021-07-28",
        ])

    func check(_ filter: String, _ expected: Bool, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let parsed = try CQL2.parse(filter)
        #expect(parsed.matches(sotk) == expected, "\(filter)", sourceLocation: sourceLocation)
    }

    @Test func comparisonsAndLogic() throws {
        try check("side = 'ARM'", true)
        try check("side <> 'ARM'", false)
        try check("border_distance_m < 5000", false)
        try check("border_distance_m >= 7909.3 AND killed_conservative > 2", true)
        try check("side = 'AZE' OR type = 'armed-clash'", true)
        try check("NOT (side = 'AZE') AND (killed_conservative <= 3)", true)
        try check("date_start >= DATE('2021-07-01') AND date_start < '2021-08-01'", true)
    }

    @Test func likeBetweenInNull() throws {
        try check("province LIKE 'Geghar%'", true)
        try check("province LIKE 'G_gharkunik'", true)
        try check("province NOT LIKE '%unik'", false)
        try check("border_distance_m BETWEEN 5000 AND 10000", true)
        try check("border_distance_m NOT BETWEEN 5000 AND 10000", false)
        try check("type IN ('shelling', 'armed-clash')", true)
        try check("type NOT IN ('shelling')", true)
        try check("settlement_id IS NULL", true)
        try check("province IS NOT NULL", true)
        try check("missing_property IS NULL", true)
    }

    @Test func spatial() throws {
        try check("S_INTERSECTS(geometry, BBOX(45.5, 39.9, 46.0, 40.3))", true)
        try check("S_INTERSECTS(geometry, BBOX(46.0, 39.0, 47.0, 39.5))", false)
        try check("S_INTERSECTS(geometry, POLYGON((45.8 40.1, 46 40.1, 46 40.3, 45.8 40.3, 45.8 40.1)))", true)
    }

    @Test func errorsSayWhere() {
        for (text, position, words) in [
            ("side = ", 8, "expected a number or a quoted string"), ("side == 'ARM'", 7, "expected a number"),
            ("side = 'ARM", 8, "unterminated string"), ("(side = 'ARM'", 14, "expected ')'"),
            ("side = 'ARM' AND", 17, "expected a property name"),
            ("border_distance_m BETWEEN 1 10", 29, "expected AND"),
        ] {
            #expect { _ = try CQL2.parse(text) } throws: { error in
                let e = error as! CQL2.SyntaxError
                return e.position == position && e.message.contains(words)
            }
        }
    }
}
