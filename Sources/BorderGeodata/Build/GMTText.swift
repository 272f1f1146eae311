import GeometryCore

/// Reads GMT's multisegment text (`gmt coast -E.. -M`): segments separated
/// by lines starting with '>', each line "lon lat".
enum GMTText {
    /// Each segment closed into a ring (polygons, `gmt coast -E`).
    static func rings(_ text: String, file: String) throws(GeodataError) -> [LinearRing] {
        var rings: [LinearRing] = []
        try segments(text, file: file) { (points, line) throws(GeodataError) in
            var ring = points
            if ring.first != ring.last { ring.append(ring[0]) }
            do { rings.append(try LinearRing(ring)) } catch {
                throw .source(file: file, line: line, problem: "segment ending here: \(error)")
            }
        }
        return rings
    }

    /// Each segment as a line (border lines, `gmt coast -N`); single points are skipped.
    static func lines(_ text: String, file: String) throws(GeodataError) -> [LineString] {
        var lines: [LineString] = []
        try segments(text, file: file) { (points, line) throws(GeodataError) in
            guard points.count >= 2 else { return }
            do { lines.append(try LineString(points)) } catch {
                throw .source(file: file, line: line, problem: "segment ending here: \(error)")
            }
        }
        return lines
    }

    private static func segments(
        _ text: String, file: String,
        _ body: ([Coordinate], Int) throws(GeodataError) -> Void
    ) throws(GeodataError) {
        var current: [Coordinate] = []
        func close(line: Int) throws(GeodataError) {
            defer { current = [] }
            guard !current.isEmpty else { return }
            try body(current, line)
        }
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmed
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix(">") { try close(line: n + 1); continue }
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count >= 2, let lon = Double(parts[0]), let lat = Double(parts[1]) else {
                throw .source(file: file, line: n + 1, problem: "expected 'lon lat', found '\(line)'")
            }
            do { current.append(try Coordinate(longitude: lon, latitude: lat)) } catch {
                throw .source(file: file, line: n + 1, problem: error.description)
            }
        }
        try close(line: text.count)
    }
}

private extension Substring {
    /// The text without leading and trailing blanks (GMT pads columns).
    var trimmed: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return s
    }
}
