import Foundation
import GeometryCore

/// A standalone SVG 1.1 document built element by element: no scripts, no
/// external references, system sans-serif fonts, so that browsers and
/// `rsvg-convert` draw it alike and nothing is fetched.
struct SVGCanvas {
    let width: Double
    /// Grows when footnotes need more room than the chart left them.
    private(set) var height: Double
    private(set) var body = ""

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    static func number(_ x: Double) -> String { FixedDecimal.text(x, places: 2) }

    private static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }

    mutating func raw(_ text: String) { body += text }

    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, extra: [(String, String)] = []
    ) {
        body +=
            "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(width))\""
            + " height=\"\(Self.number(height))\" fill=\"\(fill)\"\(Self.attributes(extra))/>\n"
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String = "#333", width: Double = 1) {
        body +=
            "<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\""
            + " stroke=\"\(stroke)\" stroke-width=\"\(Self.number(width))\"/>\n"
    }

    mutating func circle(cx: Double, cy: Double, r: Double, fill: String, extra: [(String, String)] = []) {
        body +=
            "<circle cx=\"\(Self.number(cx))\" cy=\"\(Self.number(cy))\" r=\"\(Self.number(r))\" fill=\"\(fill)\""
            + " stroke=\"#222\" stroke-width=\"0.5\"\(Self.attributes(extra))/>\n"
    }

    enum Anchor: String { case start, middle, end }

    /// Text at a point; `rotate` turns it about that point, degrees clockwise.
    mutating func text(
        _ s: String, x: Double, y: Double, anchor: Anchor = .start, size: Double = 12, rotate: Double = 0,
        weight: String = "normal", extra: [(String, String)] = []
    ) {
        let turn =
            rotate == 0 ? "" : " transform=\"rotate(\(Self.number(rotate)) \(Self.number(x)) \(Self.number(y)))\""
        body +=
            "<text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" text-anchor=\"\(anchor.rawValue)\""
            + " font-size=\"\(Self.number(size))\" font-weight=\"\(weight)\"\(turn)\(Self.attributes(extra))>"
            + Self.escape(s) + "</text>\n"
    }

    /// A legend box: a swatch and a label per entry, top to bottom.
    mutating func legend(_ entries: [(label: String, colour: String)], x: Double, y: Double, title: String) {
        text(title, x: x, y: y, weight: "bold")
        for (i, e) in entries.enumerated() {
            let top = y + 10 + Double(i) * 18
            rect(x: x, y: top, width: 12, height: 12, fill: e.colour, extra: [("class", "legend-swatch")])
            text(e.label, x: x + 18, y: top + 10, size: 11)
        }
    }

    /// Notes under a chart, each wrapped to the drawing's width (about 0.55 em a character), from `top` down;
    /// the drawing grows to hold them.
    mutating func footnotes(_ notes: [String], x: Double, top: Double, size: Double = 10) {
        let perLine = max(20, Int((width - x - 8) / (size * 0.55)))
        var y = top
        for note in notes where !note.isEmpty {
            var line = ""
            for word in note.split(separator: " ") {
                if !line.isEmpty, line.count + 1 + word.count > perLine {
                    text(line, x: x, y: y, size: size, extra: [("class", "note")])
                    y += size * 1.3
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            text(line, x: x, y: y, size: size, extra: [("class", "note")])
            y += size * 1.3
        }
        height = max(height, y + 4)
    }

    func document(title: String, description: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="\(Self.number(width))" height="\(Self.number(height))" \
        viewBox="0 0 \(Self.number(width)) \(Self.number(height))" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">
        <title>\(Self.escape(title))</title>
        <desc>\(Self.escape(description))</desc>
        <rect x="0" y="0" width="\(Self.number(width))" height="\(Self.number(height))" fill="#ffffff"/>
        \(body)</svg>

        """
    }
}

/// A count axis that ends on a round number: its top and the step between ticks.
struct CountAxis {
    let top: Int
    let step: Int

    init(maximum: Int) {
        let m = max(1, maximum)
        var step = 1
        // 1, 2, 5, 10, 20, 50, … until at most eight steps reach the maximum.
        var k = 0
        while (m + step - 1) / step > 8 {
            k += 1
            step = [1, 2, 5][k % 3] * Int(pow(10, Double(k / 3)))
        }
        self.step = step
        top = ((m + step - 1) / step) * step
    }

    var ticks: [Int] { Array(stride(from: 0, through: top, by: step)) }
}

/// Colours of event types (as on the map page) and of sides.
enum ChartColours {
    static let types: [String: String] = [
        "armed-clash": "#c0392b", "shelling": "#e67e22", "incursion": "#8e44ad", "capture": "#2c3e50",
        "ceasefire": "#27ae60", "statement": "#7f8c8d", "war": "#000000",
    ]
    static let sides: [String: String] = ["ARM": "#d35400", "AZE": "#2874a6", "NK": "#7d3c98", "uncertain": "#95a5a6"]
    static let spare = ["#16a085", "#b7950b", "#884ea0", "#5d6d7e", "#a93226", "#1f618d"]

    static func colour(_ value: String, index: Int) -> String {
        types[value] ?? sides[value] ?? spare[index % spare.count]
    }
}
