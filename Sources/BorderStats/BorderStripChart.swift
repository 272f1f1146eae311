import Foundation
import GeometryCore

/// The border drawn straight, one strip per segment with incidents: each
/// located place at its distance along the segment (from the first vertex)
/// and its signed depth from the line, positive on the profile's positive
/// side; a strip of many places draws them by small cells (`StripDots`).
public struct BorderStripChart: Sendable {
    public var line: LineProfile
    public var sourceNote: String

    public init(_ line: LineProfile, sourceNote: String) {
        self.line = line
        self.sourceNote = sourceNote
    }

    /// Drawing width in pixels; the legend's column shrinks with it.
    public var width = 960.0
    /// Above this many places a strip draws one dot per small cell and type (`StripDots`).
    public var maximumDots = StripDots.maximumDots
    static let left = 70.0
    var right: Double { min(190, width * 0.3) }
    static let top = 48.0
    static let panel = 150.0
    static let gap = 56.0
    static let bottom = 40.0

    public var svg: String {
        let used = line.segments.filter { $0.incidents > 0 }
        let plotW = width - Self.left - right
        let height = Self.top + Double(max(1, used.count)) * (Self.panel + Self.gap) + Self.bottom
        var c = SVGCanvas(width: width, height: height)
        let title = "Along the border: place and depth"
        c.text(title, x: 16, y: 24, size: 16, weight: "bold")
        // One depth scale for every strip, symmetric, in whole km.
        let deepest = line.placements.map { abs($0.signedMetres) }.max() ?? 1_000
        let depthKm = max(1.0, (deepest / 1000).rounded(.up))
        let types = Array(Set(line.placements.map(\.type.rawValue))).sorted()
        for (n, segment) in used.enumerated() {
            let top = Self.top + Double(n) * (Self.panel + Self.gap)
            let mid = top + Self.panel / 2
            let km = segment.lengthMetres / 1000
            // A narrow drawing names the segment by its id alone.
            let label = width >= 640 ? "\(segment.name) (\(segment.segment), " : "\(segment.segment) ("
            c.text(label + String(format: "%.0f km)", km), x: Self.left, y: top - 6, weight: "bold")
            c.rect(x: Self.left, y: top, width: plotW, height: Self.panel / 2, fill: "#fbf3e6")
            c.rect(x: Self.left, y: mid, width: plotW, height: Self.panel / 2, fill: "#eef5fb")
            c.line(x1: Self.left, y1: mid, x2: Self.left + plotW, y2: mid, stroke: "#c0392b", width: 2)
            c.text("\(line.positiveSide) side", x: Self.left + 4, y: top + 12, size: 10)
            c.text("other side", x: Self.left + 4, y: top + Self.panel - 4, size: 10)
            c.text("km from the line", x: 14, y: mid, anchor: .middle, size: 10, rotate: -90)
            c.text("+\(Int(depthKm)) km", x: Self.left - 6, y: top + 10, anchor: .end, size: 10)
            c.text("0", x: Self.left - 6, y: mid + 4, anchor: .end, size: 10)
            c.text("−\(Int(depthKm)) km", x: Self.left - 6, y: top + Self.panel, anchor: .end, size: 10)
            let step = km > 200 ? 50.0 : km > 50 ? 10.0 : 5.0
            for t in stride(from: 0.0, through: km, by: step) {
                let x = Self.left + t / km * plotW
                c.line(x1: x, y1: top + Self.panel, x2: x, y2: top + Self.panel + 4)
                c.text("\(Int(t))", x: x, y: top + Self.panel + 16, anchor: .middle, size: 10)
            }
            c.text(
                "km along the segment from its first vertex", x: Self.left + plotW / 2, y: top + Self.panel + 32,
                anchor: .middle, size: 11)
            let placed = line.placements.filter { $0.segment == segment.segment }
            let dots = StripDots.dots(
                placed,
                position: { p in
                    let depth = max(-depthKm, min(depthKm, p.signedMetres / 1000))
                    return (
                        Self.left + p.chainageMetres / segment.lengthMetres * plotW,
                        mid - depth / depthKm * (Self.panel / 2)
                    )
                }, maximum: maximumDots)
            for dot in dots {
                var extra = [("class", "placement"), ("data-incidents", dot.incidents.joined(separator: " "))]
                if let along = dot.chainageMetres, let signed = dot.signedMetres {
                    extra += [
                        ("data-chainage-m", FixedDecimal.text(along, places: 0)),
                        ("data-signed-m", FixedDecimal.text(signed, places: 0)),
                    ]
                } else {
                    extra.append(("data-places", "\(dot.places)"))
                }
                c.circle(
                    cx: dot.x, cy: dot.y, r: StripDots.radius(dot),
                    fill: ChartColours.colour(dot.type, index: types.firstIndex(of: dot.type) ?? 0), extra: extra)
            }
        }
        c.legend(
            types.enumerated().map { (label: $0.element, colour: ChartColours.colour($0.element, index: $0.offset)) },
            x: width - right + 10, y: Self.top + 4, title: "type")
        c.footnotes([sourceNote], x: 16, top: height - 12)
        return c.document(
            title: title,
            description: "Located places of the counted incidents by geodesic distance along their nearest segment"
                + " and signed geodesic distance from it.")
    }
}
