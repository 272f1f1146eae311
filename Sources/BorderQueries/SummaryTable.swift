import BorderIncidents
import Foundation

/// The one-line-per-incident table `borderwatch run` prints.
public enum SummaryTable {
    public static func render(_ related: RelatedCatalog) -> String {
        var rows = [["date", "type", "places", "province", "border", "side", "claimed casualties (conservative)"]]
        for r in related.relations.sorted(by: {
            ($0.incident.date.start, $0.incident.id) < ($1.incident.date.start, $1.incident.id)
        }) {
            let places = r.locations.map(\.location.name).joined(separator: ", ")
            let provinces = unique(r.locations.compactMap { $0.province?.name }).joined(separator: ", ")
            let nearest = r.locations.min { $0.borderDistance < $1.borderDistance }
            let border = nearest.map { String(format: "%.1f km", $0.borderDistance / 1000) } ?? "—"
            let sides = unique(r.locations.map { $0.side }).joined(separator: "/")
            rows.append([
                r.incident.date.iso, r.incident.type.rawValue, places.isEmpty ? "(not located)" : places,
                provinces.isEmpty ? "—" : provinces, border, sides.isEmpty ? "—" : sides,
                RelationJSON.casualtyLine(r.incident).isEmpty ? "—" : RelationJSON.casualtyLine(r.incident),
            ])
        }
        return table(rows)
    }

    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }

    /// A plain-text table with columns padded to their widest cell.
    public static func table(_ rows: [[String]]) -> String {
        guard let first = rows.first else { return "" }
        var widths = first.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        var out = ""
        for (n, row) in rows.enumerated() {
            out +=
                row.enumerated().map { i, cell in
                    i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
                }.joined(separator: "  ") + "\n"
            if n == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
    }
}
